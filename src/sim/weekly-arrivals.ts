/**
 * Poisson arrivals over days that differ: each day has its own opening hours and its own rate per
 * opening hour (a weekday's profile), and a closed day has none. Sampled exactly like ArrivalProcess
 * (arrivals.ts), by inverting the integrated rate: each arrival consumes one Exp(1) amount, carried
 * across closed hours and days, so it costs exactly one uniform whatever the profiles (a variant that
 * changes one weekday keeps the class's stream aligned).
 *
 * Used only when days differ (calendar.firstWeekday with differing weekdays, or closedDays); an office
 * whose days are all alike keeps ArrivalProcess and its numbers to the bit.
 */
import type { Arrivals } from './arrivals.js';

/** One day shape: opening window and the rate per minute of each opening hour from the opening. */
export interface DayProfile {
  /** Minutes after midnight; open < close <= 1440. */
  readonly open: number;
  readonly close: number;
  /** Arrivals per hour of each opening hour from `open`; one entry = constant. */
  readonly perHour: readonly number[];
}

export class WeeklyArrivalProcess implements Arrivals {
  private readonly open: Float64Array;
  private readonly close: Float64Array;
  /** Per day: the first index into `perMinute` of its profile's hours, -1 when closed. */
  private readonly rates: Int32Array;
  private readonly perMinute: Float64Array;
  /** cumulative[d]: integrated rate of the days before d (cumulative[days] = the whole run). */
  private readonly cumulative: Float64Array;
  private readonly days: number;

  /**
   * @param profiles the distinct day shapes.
   * @param dayProfile per simulated day, an index into `profiles`, or -1 for a closed day.
   */
  constructor(profiles: readonly DayProfile[], dayProfile: ArrayLike<number>) {
    const days = (this.days = dayProfile.length);
    const first: number[] = [];
    const intensity: number[] = [];
    const perMinute: number[] = [];
    for (const p of profiles) {
      first.push(perMinute.length);
      const hours = Math.ceil((p.close - p.open) / 60);
      let total = 0;
      for (let h = 0; h < hours; h++) {
        const rate = (p.perHour.length === 1 ? p.perHour[0]! : (p.perHour[h] ?? 0)) / 60;
        perMinute.push(rate);
        total += rate * (Math.min(p.open + (h + 1) * 60, p.close) - (p.open + h * 60));
      }
      intensity.push(total);
    }
    this.perMinute = Float64Array.from(perMinute);
    this.open = new Float64Array(days);
    this.close = new Float64Array(days);
    this.rates = new Int32Array(days);
    this.cumulative = new Float64Array(days + 1);
    for (let d = 0; d < days; d++) {
      const k = dayProfile[d]!;
      this.rates[d] = k < 0 ? -1 : first[k]!;
      this.open[d] = k < 0 ? 0 : profiles[k]!.open;
      this.close[d] = k < 0 ? 0 : profiles[k]!.close;
      this.cumulative[d + 1] = this.cumulative[d]! + (k < 0 ? 0 : intensity[k]!);
    }
  }

  /** Expected arrivals over the whole run. */
  get total(): number {
    return this.cumulative[this.days]!;
  }

  next(from: number, amount: number): number {
    const cumulative = this.cumulative;
    let remaining = amount;
    let t = from;
    for (;;) {
      const d = Math.floor(t / 1440);
      if (d >= this.days) return Infinity;
      const dayStart = d * 1440;
      const first = this.rates[d]!;
      const open = this.open[d]!;
      const close = this.close[d]!;
      let minute = t - dayStart;
      if (minute < open) minute = open;
      if (first < 0 || minute >= close) {
        t = dayStart + 1440;
        continue;
      }
      const today = cumulative[d + 1]! - cumulative[d]!;
      if (minute === open && remaining > today) {
        // Whole days are skipped by bisection on the cumulative intensity: the first day e at which
        // the amount is used up; the amount of the days before it is taken off in one subtraction.
        const target = cumulative[d]! + remaining;
        if (target > cumulative[this.days]!) return Infinity;
        let lo = d;
        let hi = this.days - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cumulative[mid + 1]! >= target) hi = mid;
          else lo = mid + 1;
        }
        if (lo > d) {
          remaining -= cumulative[lo]! - cumulative[d]!;
          if (remaining < 0) remaining = 0;
          t = lo * 1440;
          continue;
        }
      }
      const hour = Math.floor((minute - open) / 60);
      const segmentEnd = Math.min(open + (hour + 1) * 60, close);
      const rate = this.perMinute[first + hour]!;
      const capacity = rate * (segmentEnd - minute);
      if (rate > 0 && remaining <= capacity) return dayStart + minute + remaining / rate;
      remaining -= capacity;
      t = dayStart + segmentEnd;
    }
  }
}
