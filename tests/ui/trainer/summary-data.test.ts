/** The summary slide's numbers: paired differences over many days, verdicts, day tallies and sentences. */
import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../../src/analysis/statistics.js';
import type { ReplicationResult } from '../../../src/sim/result.js';
import {
  formatDifference,
  formatMeasure,
  headline,
  isAlwaysZero,
  manyDaysRows,
  measuresFor,
  shareHeadline,
  SUMMARY_MEASURES,
} from '../../../src/ui/trainer/summary-data.js';

/** Days with just the metrics the slide reads. */
function days(values: Record<string, number[]>): ReplicationResult[] {
  const n = Object.values(values)[0]!.length;
  return Array.from({ length: n }, (_, r) => ({ replication: r, metrics: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[r]!])) }) as unknown as ReplicationResult);
}

const measure = (key: string) => SUMMARY_MEASURES.find((m) => m.key === key)!;

describe('manyDaysRows', () => {
  const base = days({ 'front.served': [50, 52, 48, 51], 'front.abandoned': [5, 6, 4, 5], 'front.balked': [1, 0, 0, 1], 'front.turnedAway': [0, 0, 1, 0], profit: [100, 120, 90, 110], 'cost.training': [0, 0, 0, 0] });
  const better = days({ 'front.served': [55, 56, 52, 57], 'front.abandoned': [2, 3, 1, 2], 'front.balked': [0, 0, 0, 0], 'front.turnedAway': [0, 0, 0, 0], profit: [100, 125, 95, 108], 'cost.training': [5, 5, 5, 5] });
  const rows = manyDaysRows([base, better], measuresFor(false));
  const row = (key: string) => rows.find((r) => r.measure.key === key)!;

  it('pairs each day with the same day of the first office', () => {
    const served = row('served').cells[1]!;
    expect(served.difference).toEqual(pairedDifference([50, 52, 48, 51], [55, 56, 52, 57]));
    expect(served.verdict).toBe('better');
    expect(served.daysBetter).toBe(4);
    expect(row('served').cells[0]!.difference).toBeNull();
  });

  it('counts everyone who left unserved as having given up, and fewer of them is better', () => {
    const gaveUp = row('gave-up').cells[1]!;
    expect(gaveUp.mean.mean).toBe(2);
    expect(row('gave-up').cells[0]!.mean.mean).toBe(5.75);
    expect(gaveUp.verdict).toBe('better');
    expect(gaveUp.daysBetter).toBe(4);
  });

  it('calls a difference whose interval includes zero the same, and still tallies the days', () => {
    const profit = row('profit').cells[1]!;
    expect(profit.verdict).toBe('same');
    expect(profit.daysBetter).toBe(2);
    expect(profit.daysWorse).toBe(1);
  });

  it('refuses offices that did not run the same days', () => {
    expect(() => manyDaysRows([base, better.slice(1)], measuresFor(false))).toThrow('invalid results: office 2 has not the same days as office 1');
  });

  it('leaves the back-office rows out for offices without one', () => {
    expect(measuresFor(false).some((m) => m.backOffice)).toBe(false);
    expect(measuresFor(true).filter((m) => m.backOffice).map((m) => m.key)).toEqual(['tasks-done', 'tasks-open']);
  });
});

describe('formatting the slide', () => {
  it('prints differences with their interval, and a constant difference once', () => {
    expect(formatDifference(measure('served'), pairedDifference([1, 2, 3, 4], [7, 9, 9, 11]))).toBe('+6.5 (+5.6 to +7.4)');
    expect(formatDifference(measure('training'), pairedDifference([0, 0], [108, 108]))).toBe('+108 every day');
    expect(formatDifference(measure('served'), pairedDifference([3, 4], [3, 4]))).toBe('the same every day');
    expect(formatDifference(measure('gap'), pairedDifference([30, 40, 20], [0, 0, 0]))).toBe('−30 min (−55 min to −5 min)');
  });

  it('prints counts whole, money whole from 10 up and minutes as durations', () => {
    expect(formatMeasure('count', 1234)).toBe('1,234');
    expect(formatMeasure('money', 2204.4)).toBe('2,204');
    expect(formatMeasure('money', 4.8)).toBe('4.80');
    expect(formatMeasure('minutes', 75)).toBe('1 h 15 min');
  });

  it('tells the room what an office earned per day and on how many days', () => {
    const base = days({ profit: [100, 120, 90, 110] });
    const other = days({ profit: [150, 160, 150, 170] });
    const rows = manyDaysRows([base, other], [measure('profit')]);
    expect(headline('With cover', 'As today', rows[0], 1)).toBe(
      'With cover: 53 more profit per day than As today on average over 4 simulated days (not a fluke); ahead on 4 of 4 days.',
    );
  });

  it('says what share of the last office’s gain a middle office buys, for what share of its training', () => {
    const profit = [days({ profit: [100, 100], 'cost.training': [0, 0] }), days({ profit: [175, 175], 'cost.training': [100, 100] }), days({ profit: [200, 200], 'cost.training': [500, 500] })];
    const rows = manyDaysRows(profit, [measure('profit'), measure('training')]);
    const labels = ['Dedicated', 'Chain', 'Full'];
    expect(shareHeadline(labels, rows, 1)).toBe('Chain gets 75% of the extra profit of Full for 20% of its training cost.');
    expect(shareHeadline(labels, rows, 0)).toBeNull();
    expect(shareHeadline(labels, rows, 2)).toBeNull();
  });

  it('hides a measure that is zero everywhere, every day', () => {
    const zero = manyDaysRows([days({ 'coverage.gapMinutes': [0, 0] }), days({ 'coverage.gapMinutes': [0, 0] })], [measure('gap')])[0];
    const some = manyDaysRows([days({ 'coverage.gapMinutes': [0, 5] }), days({ 'coverage.gapMinutes': [0, 0] })], [measure('gap')])[0];
    expect(isAlwaysZero([0, 0], zero)).toBe(true);
    expect(isAlwaysZero([0, 0], some)).toBe(false);
    expect(isAlwaysZero([0, 3], undefined)).toBe(false);
    expect(isAlwaysZero([0, 0], undefined)).toBe(true);
  });
});
