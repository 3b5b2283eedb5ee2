import type { OrgScope } from '@/domain/orgTree'

/** The handler… fields of a report held by the unit `scope`. */
export const handlerFields = (scope: OrgScope) => ({
  handlerLevel: scope.level,
  handlerCode: scope.code,
  handlerProvince: scope.province,
  handlerCity: scope.city,
})
