import { listProvinceChoices } from '@/site/hall/areas'
import { sitemapPath } from '@/site/hall/paths'
import { siteOrigin } from '@/site/hall/seo'

// Sitemap lines need the public origin: SERVER_URL, else the request's host.
export const dynamic = 'force-dynamic'

/**
 * `GET /robots.txt`: the online hall is for crawling (answer images under /api/media/file too);
 * the admin and the API are not. One sitemap per province and per city: a city's own FAQs are only
 * in its sitemap.
 */
export async function GET(request: Request) {
  const origin = siteOrigin(request)
  const areas = (await listProvinceChoices()).flatMap((choice) => [
    choice.province.code,
    ...choice.cities.map((city) => city.code),
  ])
  const lines = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api',
    'Allow: /api/media/file/',
    '',
    ...areas.map((code) => `Sitemap: ${origin}${sitemapPath(code)}`),
    '',
  ]
  return new Response(lines.join('\n'), {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  })
}
