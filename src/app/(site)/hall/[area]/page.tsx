import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { resolveArea } from '@/site/hall/areas'
import { CategoryOverview } from '@/site/hall/components/CategoryOverview'
import { HallChrome } from '@/site/hall/components/HallChrome'
import { QuestionList } from '@/site/hall/components/QuestionList'
import { SearchBox } from '@/site/hall/components/SearchBox'
import {
  groupByTopCategory,
  listAreaFaqs,
  mostViewedFirst,
  popularFaqs,
} from '@/site/hall/knowledge'
import { hallPath } from '@/site/hall/paths'
import { baseMetadata } from '@/site/hall/seo'

// Static, cached per area (ISR): rendered on first request, dropped by POST /api/kb/revalidate
// whenever an item is published, changed or withdrawn, and refreshed hourly at the latest.
// Nothing here may read cookies or headers.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ area: string }[]> => []

type Props = { params: Promise<{ area: string }> }

/**
 * Questions shown per category, its most viewed first; the category's page lists them all. Keeps
 * this page's size bounded by the number of categories, not of questions: it is served on every
 * visit.
 */
const SHOWN_PER_CATEGORY = 3

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const area = await resolveArea((await params).area)
  if (!area) return { title: '未找到该地区' }
  const groups = await groupByTopCategory(await listAreaFaqs(area.reader))
  const topics = groups.slice(0, 6).map((group) => group.name)
  return {
    title: `${area.name}常见问题`,
    description:
      `${area.label}网上营业厅常见问题解答` +
      (topics.length ? `：${topics.join('、')}等全国及本地问题的官方答案。` : '。'),
    ...baseMetadata(hallPath(area.code)),
  }
}

export default async function AreaPage({ params }: Props) {
  const area = await resolveArea((await params).area)
  if (!area) notFound()
  const [items, popular] = await Promise.all([listAreaFaqs(area.reader), popularFaqs(area.reader)])
  const groups = await groupByTopCategory(await mostViewedFirst(area.reader, items))

  return (
    <HallChrome area={area}>
      <h1>{area.name}常见问题</h1>
      <SearchBox area={area.code} province={area.reader.province} city={area.reader.city} />

      {popular.length > 0 ? (
        <section className="hall-section" aria-labelledby="popular-heading">
          <h2 id="popular-heading">热门问题</h2>
          <QuestionList area={area.code} items={popular} ranked />
        </section>
      ) : null}

      <section className="hall-section" aria-labelledby="categories-heading">
        <h2 id="categories-heading">问题分类</h2>
        {groups.length === 0 ? <p>暂无常见问题。</p> : null}
        {/* Only the fields it shows: whatever it is given goes into the page's data. */}
        <CategoryOverview
          area={area.code}
          categories={groups.map((group) => ({
            id: group.id,
            name: group.name,
            count: group.items.length,
            shown: group.items.slice(0, SHOWN_PER_CATEGORY).map(({ id, title }) => ({ id, title })),
          }))}
        />
      </section>
    </HallChrome>
  )
}
