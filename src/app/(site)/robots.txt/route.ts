import { listProvinceChoices } from '@/site/hall/areas'
import { sitemapPath } from '@/site/hall/paths'
import { siteOrigin } from '@/site/hall/seo'

// Sitemap lines need the public origin: SERVER_URL, else the request's host.
export const dynamic = 'force-dynamic'

/**
 * `GET /robots.txt`: the online hall is for crawling (answer images under /api/media/file too);
 * the admin and the API are not. One sitemap per province.
 */
export async function GET(request: Request) {
  const origin = siteOrigin(request)
  const provinces = (await listProvinceChoices()).map((choice) => choice.province.code)
  const lines = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api',
    'Allow: /api/media/file/',
    '',
    ...provinces.map((code) => `Sitemap: ${origin}${sitemapPath(code)}`),
    '',
  ]
  return new Response(lines.join('\n'), {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  })
}
