/**
 * Streaming statistics: memory is fixed when a replication starts, whatever its horizon.
 */

/**
 * A set of time-weighted quantities (number waiting, people present, an on/off indicator...).
 * `set` integrates the old value up to now, so an integral is always one multiply-add behind.
 * Integration starts at `statsStart` (the end of warm-up).
 */
export class TimeWeighted {
  readonly values: Float64Array;
  private readonly since: Float64Array;
  private readonly integrals: Float64Array;
  /** Integral read at the last bucket boundary, to cut integrals into day buckets. */
  private readonly lastRead: Float64Array;

  constructor(
    readonly size: number,
    private readonly statsStart: number,
  ) {
    this.values = new Float64Array(size);
    this.since = new Float64Array(size);
    this.integrals = new Float64Array(size);
    this.lastRead = new Float64Array(size);
  }

  set(i: number, value: number, t: number): void {
    const old = this.values[i]!;
    if (old === value) return;
    const since = this.since[i]!;
    if (t > this.statsStart) {
      const from = since > this.statsStart ? since : this.statsStart;
      this.integrals[i]! += old * (t - from);
    }
    this.values[i] = value;
    this.since[i] = t;
  }

  add(i: number, delta: number, t: number): void {
    this.set(i, this.values[i]! + delta, t);
  }

  /** The integral from `statsStart` to `t`. */
  integral(i: number, t: number): number {
    if (t <= this.statsStart) return 0;
    const since = this.since[i]!;
    const from = since > this.statsStart ? since : this.statsStart;
    return this.integrals[i]! + this.values[i]! * (t - from);
  }

  /** Adds each quantity's integral since the previous call into `target[offset + i]`. */
  collectBucket(t: number, target: Float64Array, offset: number): void {
    for (let i = 0; i < this.size; i++) {
      const now = this.integral(i, t);
      target[offset + i]! += now - this.lastRead[i]!;
      this.lastRead[i] = now;
    }
  }

  /** Marks `t` as a bucket boundary without collecting (the start of an opening window). */
  markBucket(t: number): void {
    for (let i = 0; i < this.size; i++) this.lastRead[i] = this.integral(i, t);
  }
}

/** Display bins for wait-time histograms (minutes); the last bin is open-ended. */
export const WAIT_BIN_EDGES: readonly number[] = [
  0, 0.5, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120, 180, 240,
];

/** Fine bins for quantiles: 0.05 minutes up to 10 hours, then the exact maximum. */
const FINE_WIDTH = 0.05;
const FINE_BINS = 12_000;

const DISPLAY_BIN_OF_FINE = (() => {
  const table = new Uint8Array(FINE_BINS + 1);
  for (let b = 0; b <= FINE_BINS; b++) {
    const low = b * FINE_WIDTH;
    let bin = WAIT_BIN_EDGES.length - 1;
    while (bin > 0 && low < WAIT_BIN_EDGES[bin]! - 1e-9) bin--;
    table[b] = bin;
  }
  return table;
})();

/**
 * Waits of served customers: display counts per class and a fine histogram for quantiles
 * (exact to 0.05 minutes by linear interpolation inside a bin).
 */
export class WaitHistograms {
  readonly display: Float64Array;
  private readonly fine = new Float64Array(FINE_BINS + 1);
  private total = 0;
  private max = 0;
  /** Waits of exactly zero (served at once): a quantile inside that pile is 0, not interpolated. */
  private zeroCount = 0;

  constructor(classes: number) {
    this.display = new Float64Array(classes * WAIT_BIN_EDGES.length);
  }

  add(cls: number, wait: number): void {
    if (wait === 0) this.zeroCount++;
    let fineBin = Math.floor(wait / FINE_WIDTH);
    if (fineBin > FINE_BINS) fineBin = FINE_BINS;
    this.fine[fineBin]! += 1;
    // Display edges are multiples of the fine width, so the fine bin decides the display bin.
    let bin = DISPLAY_BIN_OF_FINE[fineBin]!;
    if (bin + 1 < WAIT_BIN_EDGES.length && wait >= WAIT_BIN_EDGES[bin + 1]!) bin++;
    this.display[cls * WAIT_BIN_EDGES.length + bin]! += 1;
    this.total++;
    if (wait > this.max) this.max = wait;
  }

  counts(cls: number): number[] {
    const n = WAIT_BIN_EDGES.length;
    return Array.from(this.display.subarray(cls * n, cls * n + n));
  }

  /** The p-quantile of all waits added, or null when there are none. */
  quantile(p: number): number | null {
    if (this.total === 0) return null;
    const rank = p * this.total;
    let cumulative = 0;
    for (let b = 0; b <= FINE_BINS; b++) {
      const c = this.fine[b]!;
      if (c > 0 && cumulative + c >= rank) {
        if (b === FINE_BINS) return this.max;
        const low = b * FINE_WIDTH;
        // Waits of exactly 0 pile up in bin 0: a quantile inside that pile is 0.
        if (b === 0 && this.zeroCount >= rank) return 0;
        return Math.min(this.max, low + ((rank - cumulative) / c) * FINE_WIDTH);
      }
      cumulative += c;
    }
    return this.max;
  }

}
