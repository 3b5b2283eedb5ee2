import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { lexicalToHtml } from '@/richtext/toHtml'
import { resolveArea } from '@/site/hall/areas'
import { AreaCrumbs } from '@/site/hall/components/AreaCrumbs'
import { FaqFeedback } from '@/site/hall/components/FaqFeedback'
import { HallChrome } from '@/site/hall/components/HallChrome'
import { QuestionList } from '@/site/hall/components/QuestionList'
import { loadFaq, relatedFaqs } from '@/site/hall/knowledge'
import { faqPath, hallPath } from '@/site/hall/paths'
import { baseMetadata, formatDate } from '@/site/hall/seo'

// Cached per area and item (ISR), like the area page: dropped by POST /api/kb/revalidate when the
// item (or anything else) is published, changed or withdrawn, so a withdrawn answer is never served.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ area: string; id: string }[]> => []

type Props = { params: Promise<{ area: string; id: string }> }

async function load(params: Props['params']) {
  const { area: code, id } = await params
  const area = await resolveArea(code)
  if (!area) return null
  const faq = await loadFaq(area.reader, id)
  return faq ? { area, faq } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return { title: '问题不存在或已下线' }
  const { area, faq } = found
  return {
    title: faq.title,
    description: faq.summary,
    ...baseMetadata(faqPath(area.code, faq.id)),
    openGraph: {
      type: 'article',
      locale: 'zh_CN',
      siteName: '网上营业厅',
      title: faq.title,
      description: faq.summary,
    },
  }
}

export default async function FaqPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { area, faq } = found
  const related = await relatedFaqs(area.reader, faq)
  const html = lexicalToHtml(faq.body, { audience: 'public', regionValues: area.regionValues })

  return (
    <HallChrome area={area}>
      <AreaCrumbs area={area} category={faq.category?.name} />
      <article className="hall-faq">
        <h1>{faq.title}</h1>
        {faq.effectiveAt ? (
          <p className="hall-faq__meta">
            生效日期：<time dateTime={faq.effectiveAt}>{formatDate(faq.effectiveAt)}</time>
          </p>
        ) : null}
        <p className="hall-faq__summary">{faq.summary}</p>
        {html ? (
          <div className="hall-faq__body" dangerouslySetInnerHTML={{ __html: html }} />
        ) : null}
      </article>

      <FaqFeedback key={faq.id} itemId={faq.id} province={area.reader.province} />

      {related.length > 0 ? (
        <section className="hall-section" aria-labelledby="related-heading">
          <h2 id="related-heading">相关问题</h2>
          <QuestionList area={area.code} items={related} />
        </section>
      ) : null}

      <p className="hall-back">
        <Link href={hallPath(area.code)}>返回{area.name}常见问题</Link>
      </p>
    </HallChrome>
  )
}
