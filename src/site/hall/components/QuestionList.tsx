import Link from 'next/link'

import type { FaqLink } from '../knowledge'
import { faqPath } from '../paths'

/**
 * Questions as links to their FAQ pages in the area, numbered when `ranked`. No prefetch: a list
 * in view would fetch every page it links to.
 */
export function QuestionList({
  area,
  items,
  ranked = false,
}: {
  area: string
  items: FaqLink[]
  ranked?: boolean
}) {
  const List = ranked ? 'ol' : 'ul'
  return (
    <List className={ranked ? 'hall-questions hall-questions--ranked' : 'hall-questions'}>
      {items.map((item) => (
        <li key={item.id}>
          <Link href={faqPath(area, item.id)} prefetch={false}>
            {item.title}
          </Link>
        </li>
      ))}
    </List>
  )
}
