import type { MonitorRow, ReportMonitor } from '@collections/Feedback/monitor/loadReportMonitor'

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`

/** Reports per unit (the 反馈监控 card and the bulletins): received, open, overdue, on time. */
export function MonitorTable({ rows, caption }: { rows: MonitorRow[]; caption: string }) {
  return (
    <table>
      <caption className="kb-wf-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">单位</th>
          <th scope="col">新收</th>
          <th scope="col">在办</th>
          <th scope="col">超时在办</th>
          <th scope="col">办结</th>
          <th scope="col">按时办结率</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.name}</th>
            <td>{row.received}</td>
            <td>{row.open}</td>
            <td className={row.overdue > 0 ? 'kb-rm__overdue' : undefined}>{row.overdue}</td>
            <td>{row.closed}</td>
            <td>{percent(row.closedOnTime, row.closed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 积分排名: the top reporters and their points. */
export function PointsRanking({ ranking }: { ranking: ReportMonitor['ranking'] }) {
  if (ranking.length === 0) return <p>暂无积分。</p>
  return (
    <ol className="kb-rm__ranking">
      {ranking.map((entry, index) => (
        <li key={`${entry.name}-${index}`}>
          {entry.name}
          {entry.unit ? `（${entry.unit}）` : ''}：{entry.points} 分
        </li>
      ))}
    </ol>
  )
}
