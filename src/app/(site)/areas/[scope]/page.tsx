import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { listProvinceChoices } from '@/site/hall/areas'
import { AreaChooser } from '@/site/hall/components/AreaChooser'
import { HallChrome } from '@/site/hall/components/HallChrome'
import { CHOOSER_SCOPE } from '@/site/hall/paths'
import { baseMetadata } from '@/site/hall/seo'

// The area chooser, which visitors reach at `/` (next.config.ts rewrites it here, or sends a
// returning visitor to their remembered area). A dynamic segment, so that it is cached on its
// first request like the area pages, and not rendered at build time, which has no database; dropped
// with them by POST /api/kb/revalidate. Nothing here may read cookies or headers.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ scope: string }[]> => []

export const metadata: Metadata = {
  title: { absolute: '网上营业厅 · 常见问题 · 选择地区' },
  description: '选择您所在的省份或城市，查看全国及本地常见问题问答。',
  ...baseMetadata('/'),
}

type Props = { params: Promise<{ scope: string }> }

export default async function AreaChooserPage({ params }: Props) {
  if ((await params).scope !== CHOOSER_SCOPE) notFound()
  const choices = await listProvinceChoices()
  return (
    <HallChrome>
      <h1>请选择您所在的地区</h1>
      <p className="hall-lead">
        网上营业厅常见问题包括全国通用问题和本省、本市的问题。选择地区后，下次访问将直接进入该地区。
      </p>
      <AreaChooser choices={choices} />
    </HallChrome>
  )
}
