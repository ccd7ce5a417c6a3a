/**
 * The calendar seen in the records: which dates the office was open, its opening hours per weekday
 * (the hours holding all but the stray 0.1% of arrivals, in whole hours), closed weekdays, dates
 * without records (holidays), and whether the week matters: it does when the records cover every
 * weekday and some weekday is closed, opens other hours, or has significantly more or fewer
 * arrivals per day than the others (chi-square test of the daily totals, 1% level).
 */
import { chiSquareUpper } from './gamma-functions.js';
import { dateText, weekdayOf } from './timestamps.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DayHours {
  /** Minutes after midnight, whole hours. */
  readonly open: number;
  readonly close: number;
}

export interface WeekdayCalendar {
  readonly weekday: Weekday;
  /** Dates of this weekday in the records' range. */
  readonly dates: number;
  /** Dates of this weekday with records (open). */
  readonly openDates: readonly number[];
  /** null: closed (no records on any of its dates). */
  readonly hours: DayHours | null;
  /** Arrivals per open day of this weekday, all classes. */
  readonly arrivalsPerDay: number;
}

export interface ObservedCalendar {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly weekdays: readonly WeekdayCalendar[];
  /** Hours of most open weekdays: the scenario's base open/close. */
  readonly base: DayHours;
  /** Dates with no records on a weekday that is otherwise open (holidays), as ISO dates. */
  readonly closedDates: readonly string[];
  /** Arrivals outside the opening hours found (counted, not fitted). */
  readonly outsideHours: number;
  readonly week: { readonly detected: boolean; readonly reason: string; readonly pValue: number | null };
}

/** Share of arrivals the opening hours must hold; the rest are strays (a clock set wrong, a test ticket). */
const HOURS_SHARE = 0.999;

export function observeCalendar(days: ArrayLike<number>, minutes: ArrayLike<number>): ObservedCalendar {
  const n = days.length;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    firstDay = Math.min(firstDay, days[i]!);
    lastDay = Math.max(lastDay, days[i]!);
  }
  const perDate = new Map<number, number>();
  const hourCounts = WEEKDAYS.map(() => new Array<number>(24).fill(0));
  for (let i = 0; i < n; i++) {
    perDate.set(days[i]!, (perDate.get(days[i]!) ?? 0) + 1);
    hourCounts[weekdayOf(days[i]!)]![Math.min(23, Math.floor(minutes[i]! / 60))]!++;
  }
  let weekdays: WeekdayCalendar[] = WEEKDAYS.map((weekday, w) => {
    const openDates: number[] = [];
    let dates = 0;
    let arrivals = 0;
    for (let d = firstDay; d <= lastDay; d++) {
      if (weekdayOf(d) !== w) continue;
      dates++;
      const count = perDate.get(d);
      if (count !== undefined) {
        openDates.push(d);
        arrivals += count;
      }
    }
    return { weekday, dates, openDates, hours: openDates.length === 0 ? null : hoursOf(hourCounts[w]!), arrivalsPerDay: openDates.length === 0 ? 0 : arrivals / openDates.length };
  });
  const open = weekdays.filter((w) => w.hours !== null);
  const counted = new Map<string, { hours: DayHours; count: number }>();
  for (const w of open) {
    const key = `${w.hours!.open}-${w.hours!.close}`;
    const entry = counted.get(key) ?? { hours: w.hours!, count: 0 };
    entry.count++;
    counted.set(key, entry);
  }
  let base = [...counted.values()].sort((a, b) => b.count - a.count)[0]?.hours ?? { open: 540, close: 1020 };
  const week = detectWeek(weekdays, perDate, base);
  if (!week.detected) {
    // Every day alike: one set of hours, from all arrivals together.
    base = hoursOf(hourCounts.reduce((sum, counts) => sum.map((x, h) => x + counts[h]!), new Array<number>(24).fill(0)));
    weekdays = weekdays.map((w) => (w.hours === null ? w : { ...w, hours: base }));
  }
  let outsideHours = 0;
  for (let i = 0; i < n; i++) {
    const h = weekdays[weekdayOf(days[i]!)]!.hours!;
    if (minutes[i]! < h.open || minutes[i]! >= h.close) outsideHours++;
  }
  const closedDates: string[] = [];
  for (const w of open) {
    for (let d = firstDay; d <= lastDay; d++) if (weekdayOf(d) === WEEKDAYS.indexOf(w.weekday) && !perDate.has(d)) closedDates.push(dateText(d));
  }
  closedDates.sort();
  return { firstDay, lastDay, weekdays, base, closedDates, outsideHours, week };
}

/** The shortest run of whole hours holding HOURS_SHARE of the arrivals. */
function hoursOf(counts: readonly number[]): DayHours {
  const total = counts.reduce((a, b) => a + b, 0);
  let best: DayHours = { open: 0, close: 1440 };
  for (let a = 0; a < 24; a++) {
    let sum = 0;
    for (let b = a; b < 24; b++) {
      sum += counts[b]!;
      if (sum >= HOURS_SHARE * total) {
        if (b + 1 - a < (best.close - best.open) / 60) best = { open: a * 60, close: (b + 1) * 60 };
        break;
      }
    }
  }
  return best;
}

function detectWeek(weekdays: readonly WeekdayCalendar[], perDate: ReadonlyMap<number, number>, base: DayHours): ObservedCalendar['week'] {
  if (weekdays.some((w) => w.dates === 0)) return { detected: false, reason: 'the records cover less than a week', pValue: null };
  const closed = weekdays.filter((w) => w.hours === null).map((w) => w.weekday);
  const otherHours = weekdays.filter((w) => w.hours !== null && (w.hours.open !== base.open || w.hours.close !== base.close)).map((w) => w.weekday);
  // Daily totals: do weekdays differ beyond Poisson noise? Compare each open weekday's total with its share of days.
  const open = weekdays.filter((w) => w.hours !== null);
  const days = open.reduce((a, w) => a + w.openDates.length, 0);
  const total = open.reduce((a, w) => a + w.arrivalsPerDay * w.openDates.length, 0);
  let statistic = 0;
  for (const w of open) {
    const expected = (total * w.openDates.length) / days;
    const observed = w.arrivalsPerDay * w.openDates.length;
    statistic += (observed - expected) ** 2 / expected;
  }
  const pValue = open.length > 1 ? chiSquareUpper(statistic, open.length - 1) : null;
  void perDate;
  const reasons: string[] = [];
  if (closed.length > 0) reasons.push(`closed on ${closed.join(', ')}`);
  if (otherHours.length > 0) reasons.push(`other hours on ${otherHours.join(', ')}`);
  if (pValue !== null && pValue < 0.01) reasons.push(`arrivals per day differ between weekdays (chi-square p = ${pValue < 1e-4 ? pValue.toExponential(1) : pValue.toFixed(4)})`);
  if (reasons.length === 0) return { detected: false, reason: 'every weekday looks alike (same hours, arrivals per day within Poisson noise)', pValue };
  return { detected: true, reason: reasons.join('; '), pValue };
}
