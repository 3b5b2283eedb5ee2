import Link from 'next/link'

import type { HallArea } from '../areas'
import { hallPath } from '../paths'

/** 当前位置: the area's questions, then the category a page sits in (or is, when `current`). */
export function AreaCrumbs({
  area,
  category,
  current = false,
}: {
  area: HallArea
  category?: string
  current?: boolean
}) {
  return (
    <nav aria-label="当前位置" className="hall-crumbs">
      <ol>
        <li>
          <Link href={hallPath(area.code)}>{area.name}常见问题</Link>
        </li>
        {category ? (
          <li>
            <span aria-current={current ? 'page' : undefined}>{category}</span>
          </li>
        ) : null}
      </ol>
    </nav>
  )
}
