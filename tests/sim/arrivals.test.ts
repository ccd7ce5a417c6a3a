import { describe, expect, it } from 'vitest';
import { ArrivalProcess } from '../../src/sim/arrivals.js';
import { createStream } from '../../src/sim/streams.js';

/** Arrival times over `days` days from one stream, as the office draws them. */
function arrivals(process: ArrivalProcess, seed: number): number[] {
  const rng = createStream(seed, 0, 'arrivals-test');
  const times: number[] = [];
  for (let t = process.next(0, -Math.log(1 - rng())); t !== Infinity; t = process.next(t, -Math.log(1 - rng()))) times.push(t);
  return times;
}

describe('ArrivalProcess', () => {
  it('gives the first arrival at open + E / rate for a constant rate', () => {
    const p = new ArrivalProcess([30], 540, 1020, 1440);
    // 30 per hour = 0.5 per minute: an amount of 1 takes 2 minutes.
    expect(p.next(0, 1)).toBeCloseTo(542, 12);
    expect(p.next(600, 0.25)).toBeCloseTo(600.5, 12);
  });

  it('carries the remaining amount across closed hours and days', () => {
    const p = new ArrivalProcess([60], 540, 1020, 3 * 1440);
    // 480 minutes at 1 per minute per day; 500 = a whole day plus 20 minutes of the next.
    expect(p.next(0, 500)).toBeCloseTo(1440 + 540 + 20, 9);
    expect(p.next(1000, 30)).toBeCloseTo(1440 + 540 + 10, 9);
    expect(p.next(0, 480 * 3 + 1)).toBe(Infinity);
  });

  it('skips hours whose rate is zero and walks through an hourly profile', () => {
    const p = new ArrivalProcess([0, 120, 0, 60], 540, 780, 1440);
    expect(p.next(0, 1)).toBeCloseTo(600.5, 12); // second hour, 2 per minute
    expect(p.next(0, 120 + 1)).toBeCloseTo(720 + 1, 9); // past the second hour and the empty third
  });

  it('produces Poisson counts per opening hour with the profile means (within 4 standard errors)', () => {
    const profile = [6, 12, 30, 18, 6, 24, 12, 6];
    const days = 400;
    const p = new ArrivalProcess(profile, 540, 1020, days * 1440);
    const times = arrivals(p, 11);
    const counts = new Array(8).fill(0);
    for (const t of times) {
      const minute = t % 1440;
      expect(minute).toBeGreaterThanOrEqual(540);
      expect(minute).toBeLessThan(1020);
      counts[Math.floor((minute - 540) / 60)]++;
    }
    profile.forEach((rate, h) => {
      const expected = rate * days;
      // Poisson: variance = mean.
      expect(Math.abs(counts[h] - expected)).toBeLessThan(4 * Math.sqrt(expected));
    });
    // Index of dispersion of daily counts is 1 for Poisson: check 0.8 < var/mean < 1.2 (400 days).
    const perDay = new Array(days).fill(0);
    for (const t of times) perDay[Math.floor(t / 1440)]++;
    const mean = perDay.reduce((a, b) => a + b, 0) / days;
    const variance = perDay.reduce((a, b) => a + (b - mean) ** 2, 0) / (days - 1);
    expect(mean).toBeCloseTo(p.perDay, -1);
    // The dispersion index times (n-1) is chi-square with n-1 df: sd of the index ~ sqrt(2/(n-1)) = 0.071.
    expect(Math.abs(variance / mean - 1)).toBeLessThan(4 * Math.sqrt(2 / (days - 1)));
  });

  it('handles a partial last opening hour', () => {
    const p = new ArrivalProcess([60, 60, 600], 540, 690, 1440); // 2.5 hours: the last lasts 30 minutes
    expect(p.perDay).toBeCloseTo(60 + 60 + 300, 9);
  });

  it('has no arrivals when every rate is zero', () => {
    expect(new ArrivalProcess([0], 540, 1020, 10 * 1440).next(0, 0.1)).toBe(Infinity);
  });
});
