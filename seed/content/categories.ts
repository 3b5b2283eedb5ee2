import type { SeedCategory } from './types'

/**
 * Demo category tree. `reviewCycleDays` drives `nextReviewAt` (更新制度): tariffs change often and
 * are reviewed quarterly, procedures twice a year, service norms once a year.
 */
export const SEED_CATEGORIES: SeedCategory[] = [
  { name: '套餐资费', reviewCycleDays: 90 },
  { name: '流量包', parent: '套餐资费', reviewCycleDays: 90 },
  { name: '融合套餐', parent: '套餐资费', reviewCycleDays: 90 },
  { name: '业务办理', reviewCycleDays: 180 },
  { name: '账单缴费', reviewCycleDays: 180 },
  { name: '发票', parent: '账单缴费', reviewCycleDays: 180 },
  { name: '宽带固话', reviewCycleDays: 180 },
  { name: '宽带装维', parent: '宽带固话', reviewCycleDays: 180 },
  { name: '故障报修', parent: '宽带固话', reviewCycleDays: 180 },
  { name: '网络信号', reviewCycleDays: 180 },
  { name: '国际漫游', reviewCycleDays: 90 },
  { name: '号卡服务', reviewCycleDays: 180 },
  { name: '携号转网', parent: '号卡服务', reviewCycleDays: 180 },
  { name: '补换卡', parent: '号卡服务', reviewCycleDays: 180 },
  { name: '会员服务', reviewCycleDays: 180 },
  { name: '积分', parent: '会员服务', reviewCycleDays: 180 },
  { name: '星级服务', parent: '会员服务', reviewCycleDays: 180 },
  { name: '投诉建议', reviewCycleDays: 180 },
  { name: '故障补偿', parent: '投诉建议', reviewCycleDays: 180 },
  { name: '增值业务', reviewCycleDays: 90 },
  { name: '终端设备', reviewCycleDays: 180 },
  { name: '实名安全', reviewCycleDays: 180 },
  { name: '服务规范', reviewCycleDays: 365 },
  { name: '营业厅服务', parent: '服务规范', reviewCycleDays: 365 },
  { name: '热线服务', parent: '服务规范', reviewCycleDays: 365 },
  { name: '知识管理', parent: '服务规范', reviewCycleDays: 365 },
]
