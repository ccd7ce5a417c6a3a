/**
 * The days a replication's totals cover: the calendar's days minus the warm-up (scenario-format.md,
 * "Clock": statistics, money and minutes start at the warm-up's end). The engine charges training
 * for these days; a figure "per day" divides by them.
 */
export function measuredDays(calendar: { readonly days: number; readonly warmupMinutes: number }): number {
  return calendar.days - calendar.warmupMinutes / 1440;
}
