import type { FeedbackKind, ReportAction, WalkthroughMode } from '@/domain/feedback'

/** A demo report and what happened to it; days are relative to the seeding day (negative: ago). */
export type SeedReport = {
  /** `role.unit` of the demo user who files it. */
  by: string
  kind: FeedbackKind
  text: string
  query?: string
  /** externalId of the item an item report is about. */
  item?: string
  /** Code of the unit a 流程穿越 walks through. */
  walked?: string
  mode?: WalkthroughMode
  filedDays: number
  steps: { by: string; action: ReportAction; text?: string; days: number }[]
}

/**
 * Seed 003's channel in use: reports handled at the city, passed up to 广东, answered, rejected,
 * overdue and escalated by the job, a 流程穿越 by the province, and points earned along the way.
 */
export const SEED_REPORTS: SeedReport[] = [
  {
    by: 'agent.440100',
    kind: 'missing',
    query: '副卡 流量共享 怎么开通',
    text: '客户问主卡套餐流量能否共享给副卡、在哪里开通，知识库查不到。',
    filedDays: -12,
    steps: [
      { by: 'editor.440100', action: 'accept', days: -12 },
      {
        by: 'reviewer.440100',
        action: 'forward',
        text: '副卡共享规则由省公司统一制定，请省公司客户服务部补充口径。',
        days: -11,
      },
      {
        by: 'editor.440000',
        action: 'resolve',
        text: '已新增 FAQ“主副卡流量共享怎么开通？”，可在网上营业厅或营业厅办理。',
        days: -9,
      },
    ],
  },
  {
    by: 'agent.440300',
    kind: 'system',
    text: '工单系统派单到网格经常延迟 30 分钟以上，客户催单时无法答复进度。',
    filedDays: -8,
    steps: [],
  },
  {
    by: 'agent.440100',
    kind: 'process',
    text: '携号转网授权码查询需客户本人到厅，老年客户往返不便，建议开放 10000 号代查。',
    filedDays: -1,
    steps: [],
  },
  {
    by: 'agent.440300',
    kind: 'service_suggestion',
    text: '营业厅叫号机增加“老年人优先”按钮，并在等候区公示。',
    filedDays: -6,
    steps: [
      { by: 'editor.440300', action: 'accept', days: -5 },
      { by: 'editor.440300', action: 'resolve', text: '已采纳，11 月起各营业厅上线。', days: -2 },
    ],
  },
  {
    by: 'reviewer.440000',
    kind: 'walkthrough',
    walked: '440300',
    mode: 'joint',
    text: '宽带报装流程穿越：装机预约后需客户再次来电确认时间，多一次往返；建议预约时直接确认上门时段。',
    filedDays: -7,
    steps: [
      { by: 'editor.440300', action: 'accept', days: -6 },
      {
        by: 'editor.440300',
        action: 'resolve',
        text: '已调整派单规则，预约时确认上门时段。',
        days: -3,
      },
    ],
  },
  {
    by: 'agent.440000',
    kind: 'business',
    text: '国际漫游包在港澳是否可用，不同渠道答复不一致。',
    filedDays: -4,
    steps: [
      {
        by: 'reviewer.440000',
        action: 'reject',
        text: '现行 FAQ“国际漫游包适用地区”已写明港澳可用，请按知识库口径答复。',
        days: -3,
      },
    ],
  },
  {
    by: 'agent.510000',
    kind: 'business',
    text: '成都地区宽带续约优惠与全省口径不同，坐席不清楚以哪个为准。',
    filedDays: -3,
    steps: [{ by: 'editor.510000', action: 'accept', days: -2 }],
  },
  {
    by: 'agent.100000',
    kind: 'system',
    text: '知识库搜索结果偶尔显示已下线的条目标题。',
    filedDays: -2,
    steps: [],
  },
  {
    by: 'agent.440100',
    kind: 'error',
    item: 'demo-0005',
    text: '加油包档位中 30 元档已调整为 25 元，请核实。',
    filedDays: -2,
    steps: [{ by: 'editor.440000', action: 'accept', days: -1 }],
  },
]
