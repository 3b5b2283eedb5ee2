import type {
  ActivityKind,
  ActivityType,
  EvaluationResult,
  EvaluationStep,
} from '@/domain/serviceReadiness'

/** A demo 服务前置事项; days are relative to the seeding day. */
export type SeedServiceActivity = {
  title: string
  type: ActivityType
  kind: ActivityKind
  owner: string
  department: string
  description: string
  goLiveDays: number
  endsDays?: number
  areas?: string[]
  customers?: number
  channels?: Array<'store' | 'hotline' | 'online_hall' | 'enterprise' | 'self_service'>
  evaluations: Partial<Record<EvaluationStep, EvaluationResult>>
  requiredChanges?: Array<{ change: string; answer?: string }>
  /** externalIds of knowledge items. */
  knowledge: string[]
  announcement?: string
  training?: string
  /** The demo agents of the areas read the training notice. */
  trainingAcked?: boolean
  emergencyPlan?: string
  checklist?: Array<{ line: string; done: boolean }>
  /** Ended: closed after its go-live with this review. */
  closed?: { review: string; followed: boolean }
}

const ALL_PASSED = {
  document: 'passed',
  staff_test: 'passed',
  customer_test: 'passed',
  compliance: 'passed',
  consistency: 'passed',
} as const

/**
 * One activity in each state: ready, at risk, held at go-live, live, closed and not ready, from
 * seed 000's examples (产品上市, 资费调整, 网络割接) and the demo knowledge.
 */
export const SEED_SERVICE_ACTIVITIES: SeedServiceActivity[] = [
  {
    title: '“5G畅享融合”新套餐全国上市',
    type: 'market',
    kind: 'product_launch',
    owner: '100000',
    department: '市场部',
    description: '全国统一上市的5G+千兆宽带融合套餐，存量融合用户可迁移。',
    goLiveDays: 7,
    customers: 2_000_000,
    channels: ['store', 'hotline', 'online_hall'],
    evaluations: ALL_PASSED,
    requiredChanges: [
      {
        change: '宣传单须标明“迁移后合约期重新计算”，与客户协议一致。',
        answer: '已修改宣传单及网厅活动页文字。',
      },
    ],
    knowledge: ['demo-0007', 'demo-0010'],
    announcement: 'demo-0011',
    training: 'demo-0105',
    trainingAcked: true,
    emergencyPlan: '计费异常时暂停迁移受理，统一按“系统升级中，24小时内回电”解释并登记工单。',
    checklist: [{ line: '营业厅宣传物料到位', done: true }],
  },
  {
    title: '广东千兆宽带提速季',
    type: 'market',
    kind: 'promotion',
    owner: '440000',
    department: '政企及家庭市场部',
    description: '存量宽带用户活动期内提速至千兆，首3个月免收提速差价。',
    goLiveDays: 3,
    customers: 350_000,
    channels: ['store', 'hotline', 'online_hall'],
    evaluations: {
      document: 'passed',
      staff_test: 'passed',
      customer_test: 'passed',
      compliance: 'passed',
      consistency: 'pending',
    },
    knowledge: ['demo-0026', 'demo-0023'],
    announcement: 'demo-0103',
    training: 'demo-0103',
    emergencyPlan: '端口资源不足时如实告知，登记预约，不承诺改造时间。',
  },
  {
    title: '核心网设备夜间割接',
    type: 'network',
    kind: 'cutover',
    owner: '100000',
    department: '网络操作维护中心',
    description: '核心网设备升级割接，凌晨0:00-6:00部分地区语音、短信短时中断。',
    goLiveDays: -2,
    endsDays: 4,
    customers: 800_000,
    channels: ['hotline'],
    evaluations: ALL_PASSED,
    knowledge: ['demo-0037'],
    announcement: 'demo-0038',
    training: 'demo-0038',
    trainingAcked: true,
    emergencyPlan: '割接期间投诉集中时启用统一解释口径，超时未恢复的报网络操作维护中心。',
  },
  {
    title: '广州宽带安装限时优惠',
    type: 'market',
    kind: 'promotion',
    owner: '440100',
    department: '广州分公司市场部',
    description: '广州新装宽带限时减免安装调测费。',
    goLiveDays: -1,
    customers: 40_000,
    channels: ['store', 'online_hall'],
    evaluations: ALL_PASSED,
    knowledge: ['demo-0024'],
    announcement: 'demo-0102',
    training: 'demo-0102',
    emergencyPlan: '优惠未生效的，按活动规则人工减免并登记。',
  },
  {
    title: '成都天府融合套餐千兆升级',
    type: 'market',
    kind: 'product_change',
    owner: '510000',
    department: '四川省公司市场部',
    description: '天府融合套餐宽带速率统一升级至千兆。',
    goLiveDays: -40,
    endsDays: -10,
    customers: 120_000,
    channels: ['store', 'hotline'],
    evaluations: ALL_PASSED,
    knowledge: ['demo-0008', 'demo-0009'],
    emergencyPlan: '速率未升级的用户由装维上门核查。',
    // Went live without a service announcement or training: what 事后追溯 looks at.
    closed: {
      review: '升级首周速率投诉 120 件，多为光猫未更换；未发布服务公告、未组织坐席培训。',
      followed: false,
    },
  },
  {
    title: '广州营业厅预约规则调整',
    type: 'market',
    kind: 'tariff_change',
    owner: '440100',
    department: '广州分公司渠道运营部',
    description: '营业厅预约改为提前1天至7天，爽约3次暂停预约30天。',
    goLiveDays: 20,
    customers: 60_000,
    channels: ['store', 'online_hall'],
    evaluations: { document: 'passed', staff_test: 'pending' },
    requiredChanges: [{ change: '爽约规则须在预约页面显著提示。' }],
    knowledge: ['demo-0089'],
  },
]
