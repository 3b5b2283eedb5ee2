import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { listProvinceChoices, resolveArea } from '@/site/hall/areas'
import { AreaChooser } from '@/site/hall/components/AreaChooser'
import { HallChrome } from '@/site/hall/components/HallChrome'
import { AREA_COOKIE, hallPath } from '@/site/hall/paths'
import { baseMetadata } from '@/site/hall/seo'

export const metadata: Metadata = {
  title: { absolute: '网上营业厅 · 常见问题 · 选择地区' },
  description: '选择您所在的省份或城市，查看全国及本地常见问题问答。',
  ...baseMetadata('/'),
}

/**
 * The online hall's entry: a returning visitor goes straight to the area they chose before
 * (cookie `kb-area`); everyone else picks a province or city. Dynamic (it reads the cookie), so it
 * stays small: the unit list is cached, no knowledge is read here.
 */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const [{ choose }, jar] = await Promise.all([searchParams, cookies()])
  const remembered = jar.get(AREA_COOKIE)?.value
  if (!choose && remembered && (await resolveArea(remembered))) redirect(hallPath(remembered))
  const choices = await listProvinceChoices()
  return (
    <HallChrome>
      <h1>请选择您所在的地区</h1>
      <p className="hall-lead">
        网上营业厅常见问题包括全国通用问题和本省、本市的问题。选择地区后，下次访问将直接进入该地区。
      </p>
      <AreaChooser choices={choices} current={remembered} />
    </HallChrome>
  )
}
