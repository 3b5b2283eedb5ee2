'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'

import type { BulletinFigures } from '@collections/ReportBulletins/figures'
import { MonitorTable, PointsRanking } from './MonitorTables'

import './workflowAdmin.css'

/** A bulletin's figures as tables (its `figures` field is hidden), with the CSV export. */
export function BulletinTables() {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const figures = useFormFields(([fields]) => fields.figures?.value) as BulletinFigures | undefined
  if (!figures) return null
  return (
    <section className="kb-sr-board kb-bulletin">
      {id && (
        <p>
          <a download href={`${api}/report-bulletins/${id}/csv`}>
            导出 CSV
          </a>
        </p>
      )}
      <h2>各单位受理与办结</h2>
      <MonitorTable caption="各单位受理与办结" rows={figures.rows} />
      <h2>主要问题（按类型）</h2>
      {figures.kinds.length === 0 ? (
        <p>本期没有新的反馈。</p>
      ) : (
        <ul>
          {figures.kinds.map((k) => (
            <li key={k.kind}>
              {k.label}：{k.count} 条
            </li>
          ))}
        </ul>
      )}
      <h2>因反馈而改进</h2>
      {figures.changes.length === 0 ? (
        <p>本期没有办结的反馈。</p>
      ) : (
        <ul>
          {figures.changes.map((c, index) => (
            <li key={index}>
              <strong>{c.title}</strong>：{c.reply}
            </li>
          ))}
        </ul>
      )}
      <h2>积分排名</h2>
      <PointsRanking ranking={figures.ranking} />
    </section>
  )
}
