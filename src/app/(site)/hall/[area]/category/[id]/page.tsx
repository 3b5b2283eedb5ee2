import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { resolveArea } from '@/site/hall/areas'
import { AreaCrumbs } from '@/site/hall/components/AreaCrumbs'
import { HallChrome } from '@/site/hall/components/HallChrome'
import { QuestionList } from '@/site/hall/components/QuestionList'
import { groupByTopCategory, listAreaFaqs } from '@/site/hall/knowledge'
import { categoryPath, hallPath } from '@/site/hall/paths'
import { baseMetadata } from '@/site/hall/seo'

// Cached per area and category (ISR), like the area page, and dropped with it on every publish.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ area: string; id: string }[]> => []

type Props = { params: Promise<{ area: string; id: string }> }

/** The area and one of its top-level categories with every question its readers see there. */
async function load(params: Props['params']) {
  const { area: code, id } = await params
  const area = await resolveArea(code)
  if (!area) return null
  const groups = await groupByTopCategory(await listAreaFaqs(area.reader))
  const group = groups.find((candidate) => candidate.id === id)
  return group ? { area, group } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return { title: '未找到该分类' }
  const { area, group } = found
  const titles = group.items.slice(0, 3).map((item) => item.title)
  return {
    title: `${area.name}${group.name}常见问题`,
    description: `${area.label}网上营业厅${group.name}常见问题（共 ${group.items.length} 个）：${titles.join(' ')}`,
    ...baseMetadata(categoryPath(area.code, group.id)),
  }
}

export default async function CategoryPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { area, group } = found
  return (
    <HallChrome area={area}>
      <AreaCrumbs area={area} category={group.name} current />
      <h1>{group.name}</h1>
      <p className="hall-lead">共 {group.items.length} 个问题</p>
      <div className="hall-section">
        <QuestionList area={area.code} items={group.items} />
      </div>
      <p className="hall-back">
        <Link href={hallPath(area.code)}>返回{area.name}常见问题</Link>
      </p>
    </HallChrome>
  )
}
