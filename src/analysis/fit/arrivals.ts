/**
 * Arrival rates from records: per class, weekday and opening hour, the mean count per hour with its
 * exact Poisson 95% interval, and the dispersion test per interval (are the daily counts of that
 * hour Poisson? index = variance / mean, chi-square test on n - 1 degrees of freedom: an index well
 * above 1 means more day-to-day variation than a Poisson process with a fixed rate gives).
 * The base profile pools the weekdays open at the base hours; each weekday is then either like the
 * base (its daily rate's interval holds the base's), the base times a factor (same shape: chi-square
 * test of its hourly counts against the base shape at the 0.1% level), or a profile of its own.
 */
import { chiSquareUpper, poissonInterval } from './gamma-functions.js';
import { weekdayOf } from './timestamps.js';
import type { DayHours, ObservedCalendar, Weekday } from './week.js';

export interface HourRate {
  /** Minutes after midnight at which the hour starts. */
  readonly start: number;
  /** Mean arrivals in this hour per open day. */
  readonly rate: number;
  readonly ci95: [number, number];
  /** Variance / mean of the daily counts; null below 2 days or with no arrivals. */
  readonly dispersion: number | null;
  /** Chi-square p-value of the dispersion test (small: not Poisson); null when not tested. */
  readonly pValue: number | null;
}

export type WeekdayUse =
  | { readonly kind: 'base' }
  | { readonly kind: 'factor'; readonly factor: number; readonly ci95: [number, number] }
  | { readonly kind: 'profile' }
  | { readonly kind: 'closed' };

export interface WeekdayArrivals {
  readonly weekday: Weekday;
  readonly days: number;
  readonly perDay: { readonly rate: number; readonly ci95: [number, number] };
  readonly perHour: readonly HourRate[];
  /** p-value of "same shape as the base profile"; null when not comparable (other hours, no arrivals). */
  readonly shapePValue: number | null;
  /** How the fitted scenario describes this weekday. */
  readonly use: WeekdayUse;
}

export interface ClassArrivals {
  /** Pooled over the weekdays open at the base hours (all days when the week is off). */
  readonly base: { readonly days: number; readonly perDay: { readonly rate: number; readonly ci95: [number, number] }; readonly perHour: readonly HourRate[] };
  readonly weekdays: readonly WeekdayArrivals[];
  /** Dispersion tests over every (weekday, hour) with 2+ days: how many, and how many reject Poisson at 5% and 1%. */
  readonly dispersion: { readonly tested: number; readonly rejected5: number; readonly rejected1: number };
}

/** Counts per open date and hour, for one class (or all, with cls = -1). */
function countsByDate(days: ArrayLike<number>, minutes: ArrayLike<number>, classes: ArrayLike<number>, cls: number): Map<number, number[]> {
  const byDate = new Map<number, number[]>();
  for (let i = 0; i < days.length; i++) {
    if (cls >= 0 && classes[i] !== cls) continue;
    let row = byDate.get(days[i]!);
    if (row === undefined) byDate.set(days[i]!, (row = new Array<number>(24).fill(0)));
    row[Math.min(23, Math.floor(minutes[i]! / 60))]!++;
  }
  return byDate;
}

function hourRates(dates: readonly number[], byDate: ReadonlyMap<number, readonly number[]>, hours: DayHours): HourRate[] {
  const rates: HourRate[] = [];
  for (let h = hours.open / 60; h < hours.close / 60; h++) {
    const counts = dates.map((d) => byDate.get(d)?.[h] ?? 0);
    rates.push(rateOf(h * 60, counts));
  }
  return rates;
}

function rateOf(start: number, counts: readonly number[]): HourRate {
  const n = counts.length;
  const total = counts.reduce((a, b) => a + b, 0);
  const [lo, hi] = poissonInterval(total);
  const mean = total / n;
  let dispersion: number | null = null;
  let pValue: number | null = null;
  if (n >= 2 && total > 0) {
    let squares = 0;
    for (const c of counts) squares += (c - mean) ** 2;
    const statistic = squares / mean;
    dispersion = statistic / (n - 1);
    pValue = chiSquareUpper(statistic, n - 1);
  }
  return { start, rate: mean, ci95: [lo / n, hi / n], dispersion, pValue };
}

function perDay(dates: readonly number[], rates: readonly HourRate[]) {
  const total = rates.reduce((a, r) => a + r.rate, 0) * dates.length;
  const [lo, hi] = poissonInterval(Math.round(total));
  return { rate: total / dates.length, ci95: [lo / dates.length, hi / dates.length] as [number, number] };
}

export function fitArrivals(days: ArrayLike<number>, minutes: ArrayLike<number>, classes: ArrayLike<number>, cls: number, calendar: ObservedCalendar): ClassArrivals {
  const byDate = countsByDate(days, minutes, classes, cls);
  const { base: hours, week } = calendar;
  const sameHours = (h: DayHours | null): boolean => h !== null && h.open === hours.open && h.close === hours.close;
  const baseDates = calendar.weekdays.filter((w) => !week.detected || sameHours(w.hours)).flatMap((w) => w.openDates);
  const basePerHour = hourRates(baseDates, byDate, hours);
  const base = { days: baseDates.length, perDay: perDay(baseDates, basePerHour), perHour: basePerHour };
  const baseTotal = base.perDay.rate;
  let tested = 0;
  let rejected5 = 0;
  let rejected1 = 0;
  const weekdays = calendar.weekdays.map((w): WeekdayArrivals => {
    if (w.hours === null) return { weekday: w.weekday, days: 0, perDay: { rate: 0, ci95: [0, 0] }, perHour: [], shapePValue: null, use: { kind: 'closed' } };
    const rates = hourRates(w.openDates, byDate, w.hours);
    for (const r of rates) {
      if (r.pValue === null) continue;
      tested++;
      if (r.pValue < 0.05) rejected5++;
      if (r.pValue < 0.01) rejected1++;
    }
    const day = perDay(w.openDates, rates);
    let shapePValue: number | null = null;
    let use: WeekdayUse = { kind: 'profile' };
    if (sameHours(w.hours) && baseTotal > 0) {
      const counts = rates.map((r) => r.rate * w.openDates.length);
      const total = counts.reduce((a, b) => a + b, 0);
      let statistic = 0;
      let df = -1;
      for (let i = 0; i < counts.length; i++) {
        const share = basePerHour[i]!.rate / baseTotal;
        if (share <= 0) continue;
        statistic += (counts[i]! - total * share) ** 2 / (total * share);
        df++;
      }
      shapePValue = df > 0 ? chiSquareUpper(statistic, df) : null;
      if (!week.detected) use = { kind: 'base' };
      else if (shapePValue === null || shapePValue >= 0.001) {
        const factor = day.rate / baseTotal;
        const ci95: [number, number] = [day.ci95[0] / baseTotal, day.ci95[1] / baseTotal];
        use = ci95[0] <= 1 && 1 <= ci95[1] ? { kind: 'base' } : { kind: 'factor', factor, ci95 };
      }
    }
    return { weekday: w.weekday, days: w.openDates.length, perDay: day, perHour: rates, shapePValue, use };
  });
  return { base, weekdays, dispersion: { tested, rejected5, rejected1 } };
}

/** The weekday index (0 = Monday) of each record, for grouping. */
export function weekdayIndexes(days: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(days.length);
  for (let i = 0; i < days.length; i++) out[i] = weekdayOf(days[i]!);
  return out;
}
