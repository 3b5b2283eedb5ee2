import { resolveArea } from '@/site/hall/areas'
import { groupByTopCategory, listAreaFaqs, type ListedFaq } from '@/site/hall/knowledge'
import { categoryPath, faqPath, hallPath } from '@/site/hall/paths'
import { siteOrigin, xmlEscape } from '@/site/hall/seo'

// Absolute URLs need the public origin: SERVER_URL, else the request's host. Crawlers fetch
// sitemaps rarely, so this is rendered per request (one indexed query) and cached by proxies.
export const dynamic = 'force-dynamic'

/**
 * `GET /hall/:area/sitemap.xml`: the area's hall page, its category pages and every FAQ page its
 * readers see.
 */
export async function GET(request: Request, { params }: { params: Promise<{ area: string }> }) {
  const area = await resolveArea((await params).area)
  if (!area) {
    return new Response('未找到该地区', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const origin = siteOrigin(request)
  const items = await listAreaFaqs(area.reader)
  const groups = await groupByTopCategory(items)
  const lastmod = (listed: ListedFaq[]) =>
    listed.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), '')
  const url = (path: string, modified: string) =>
    `<url><loc>${xmlEscape(origin + path)}</loc>${modified ? `<lastmod>${xmlEscape(modified)}</lastmod>` : ''}</url>`
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    [
      url(hallPath(area.code), lastmod(items)),
      ...groups.map((group) => url(categoryPath(area.code, group.id), lastmod(group.items))),
      ...items.map((item) => url(faqPath(area.code, item.id), item.updatedAt)),
    ].join('\n') +
    '\n</urlset>\n'
  return new Response(body, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=600, s-maxage=3600',
    },
  })
}
