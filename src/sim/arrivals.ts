/**
 * Poisson arrivals with a rate that is constant within each opening hour and zero while the office
 * is closed: a non-homogeneous Poisson process sampled exactly by inverting its integrated rate.
 * Each arrival consumes one Exp(1) amount of integrated rate, carried across closed hours and
 * across days, so every arrival costs exactly one uniform draw whatever the profile (this keeps a
 * class's stream aligned when a variant changes the rate of one hour).
 */
/** A Poisson arrival process sampled by inverting its integrated rate (this file, weekly-arrivals.ts). */
export interface Arrivals {
  /**
   * The time of the next arrival after `from`, given `amount` ~ Exp(1) of integrated rate to
   * consume; Infinity when none comes before the end.
   */
  next(from: number, amount: number): number;
}

export class ArrivalProcess implements Arrivals {
  /** Rate per minute of each opening hour. */
  private readonly perMinute: Float64Array;
  private readonly dailyIntensity: number;

  /**
   * @param perHour rate (arrivals per hour) of each opening hour from `open`; one entry = constant.
   * @param open minute of the day the office opens; `close` the minute it closes (<= 1440).
   * @param endTime no arrival at or after this absolute time.
   */
  constructor(
    perHour: readonly number[],
    private readonly open: number,
    private readonly close: number,
    private readonly endTime: number,
  ) {
    const hours = Math.ceil((close - open) / 60);
    this.perMinute = new Float64Array(hours);
    let intensity = 0;
    for (let h = 0; h < hours; h++) {
      const rate = (perHour.length === 1 ? perHour[0]! : (perHour[h] ?? 0)) / 60;
      this.perMinute[h] = rate;
      intensity += rate * (Math.min(open + (h + 1) * 60, close) - (open + h * 60));
    }
    this.dailyIntensity = intensity;
    this.constantRate = open === 0 && close === 1440 && perHour.length === 1 ? this.perMinute[0]! : 0;
  }

  /** Rate per minute when the office never closes and the rate is constant; else 0. */
  private readonly constantRate: number;

  /** Expected arrivals per day. */
  get perDay(): number {
    return this.dailyIntensity;
  }

  /**
   * The time of the next arrival after `from`, given `amount` ~ Exp(1) of integrated rate to
   * consume; Infinity when none comes before `endTime`.
   */
  next(from: number, amount: number): number {
    if (this.constantRate > 0) {
      // Around the clock at one rate: a plain Poisson process.
      const at = from + amount / this.constantRate;
      return at < this.endTime ? at : Infinity;
    }
    if (this.dailyIntensity <= 0) return Infinity;
    const open = this.open;
    const close = this.close;
    let remaining = amount;
    // Whole days of integrated rate are skipped arithmetically, so a quiet class costs no loop.
    let t = from;
    for (;;) {
      if (t >= this.endTime) return Infinity;
      const dayStart = Math.floor(t / 1440) * 1440;
      let minute = t - dayStart;
      if (minute < open) minute = open;
      if (minute >= close) {
        t = dayStart + 1440 + open;
        continue;
      }
      if (minute === open && remaining > this.dailyIntensity) {
        const skipDays = Math.floor(remaining / this.dailyIntensity);
        // Keep at least a sliver in hand so the arrival falls inside a day, not on its boundary.
        const days = remaining - skipDays * this.dailyIntensity > 0 ? skipDays : skipDays - 1;
        remaining -= days * this.dailyIntensity;
        t = dayStart + days * 1440 + open;
        if (days > 0) continue;
      }
      const hour = Math.floor((minute - open) / 60);
      const segmentEnd = Math.min(open + (hour + 1) * 60, close);
      const rate = this.perMinute[hour]!;
      const capacity = rate * (segmentEnd - minute);
      if (rate > 0 && remaining <= capacity) {
        const at = dayStart + minute + remaining / rate;
        return at < this.endTime ? at : Infinity;
      }
      remaining -= capacity;
      t = dayStart + segmentEnd;
    }
  }
}
