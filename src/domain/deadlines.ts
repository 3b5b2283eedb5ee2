/**
 * Review deadlines count working days (时限控制): Saturdays and Sundays do not count. Public
 * holidays are not modelled yet; an operator calendar can replace `isWorkingDay` later.
 */
const isWorkingDay = (date: Date) => date.getUTCDay() !== 0 && date.getUTCDay() !== 6

/** The moment `days` working days after `from` (same time of day). */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from)
  let left = days
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1)
    if (isWorkingDay(result)) left -= 1
  }
  return result
}
