import { stringify } from 'csv-stringify/sync'
import { APIError, type Endpoint } from 'payload'

import type { BulletinFigures } from '../figures'

/**
 * A cell Excel would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) is
 * written as text: reports quote what front-line staff typed (CSV injection, OWASP).
 */
export const csvCell = (value: string | number): string | number =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value

/**
 * `GET /api/report-bulletins/:id/csv` → the bulletin as CSV (UTF-8 with a BOM, so that Excel reads
 * the Chinese): the table per unit, the kinds, the changes and the ranking, one section after another.
 * Read with the caller's access: a bulletin they may not read is a 404.
 */
export const csvEndpoint: Endpoint = {
  path: '/:id/csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const bulletin = await req.payload.findByID({
      collection: 'report-bulletins',
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!bulletin) throw new APIError('通报不存在或无权查看', 404, null, true)
    const figures = bulletin.figures as BulletinFigures
    const rows: (string | number)[][] = [
      [bulletin.title],
      [],
      ['单位', '编码', '新收', '在办', '超时在办', '办结', '按时办结'],
      ...figures.rows.map((r) => [
        r.name,
        r.code,
        r.received,
        r.open,
        r.overdue,
        r.closed,
        r.closedOnTime,
      ]),
      [],
      ['类型', '新收'],
      ...figures.kinds.map((k) => [k.label, k.count]),
      [],
      ['已解决的反馈', '处理答复'],
      ...figures.changes.map((c) => [c.title, c.reply]),
      [],
      ['积分排名', '单位', '积分'],
      ...figures.ranking.map((r) => [r.name, r.unit, r.points]),
    ]
    return new Response(`\uFEFF${stringify(rows.map((row) => row.map(csvCell)))}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="bulletin-${bulletin.id}.csv"; filename*=UTF-8''${encodeURIComponent(bulletin.title)}.csv`,
      },
    })
  },
}
