import { describe, expect, it } from 'vitest';
import { daysPerWeek, measuredDays, parsePeriod, periodSuffix, periodView } from '../../src/analysis/period.js';
import { compareInPeriod, runInPeriod } from '../../src/analysis/period-summaries.js';
import type { CompareSummary, RunSummary } from '../../src/analysis/run-summary.js';

const calendar = { days: 20, warmupMinutes: 0, continuous: false };

function run(metrics: RunSummary['metrics'], days = 20, warmupMinutes = 0): RunSummary {
  return { days, calendar: { open: 540, close: 1020, continuous: false, warmupMinutes }, metrics } as unknown as RunSummary;
}

describe('periods', () => {
  it('measures the days after warm-up and takes a week as 5 working days, 7 in an office that never closes', () => {
    expect(measuredDays(calendar)).toBe(20);
    expect(measuredDays({ ...calendar, warmupMinutes: 720 })).toBe(19.5);
    expect(daysPerWeek(calendar)).toBe(5);
    expect(daysPerWeek({ ...calendar, continuous: true })).toBe(7);
    expect(periodView('day', calendar)).toMatchObject({ divisor: 20, words: 'per day' });
    expect(periodView('week', calendar)).toMatchObject({ divisor: 4, words: 'per week (5 working days)' });
    expect(periodView('run', calendar)).toMatchObject({ divisor: 1, words: 'over the run (20 days)' });
  });

  it('takes a week as 7 calendar days when the week is on (closed days included)', () => {
    const weekly = { days: 28, warmupMinutes: 0, continuous: false, weekly: true };
    expect(daysPerWeek(weekly)).toBe(7);
    expect(periodView('week', weekly)).toMatchObject({ divisor: 4, words: 'per week (7 days)' });
    expect(periodView('day', weekly)).toMatchObject({ divisor: 28, words: 'per calendar day (closed days included)' });
  });

  it('divides whole-run totals, and only them, with their sd and interval', () => {
    const s = (mean: number) => ({ mean, sd: mean / 10, ci95: [mean - 1, mean + 1] as [number, number], n: 30 });
    const shown = runInPeriod(run({ profit: s(2000), 'front.waitMean': s(3), 'back.backlogEnd': s(40), 'coverage.gapMinutes': s(200) }), 'day');
    expect(shown.metrics['profit']).toEqual({ mean: 100, sd: 10, ci95: [1999 / 20, 2001 / 20], n: 30 });
    expect(shown.metrics['coverage.gapMinutes']!.mean).toBe(10);
    expect(shown.metrics['front.waitMean']!.mean).toBe(3);
    expect(shown.metrics['back.backlogEnd']!.mean).toBe(40);
    expect(shown.period?.words).toBe('per day');
    expect(periodSuffix('profit', shown.period)).toBe('per day');
    expect(periodSuffix('front.waitMean', shown.period)).toBe('');
  });

  it('divides paired differences of a comparison by the same days', () => {
    const s = { mean: 400, sd: 40, ci95: [300, 500] as [number, number], n: 10 };
    const d = { variant: 'B', vs: 'A', mean: 200, sd: 20, ci95: [100, 300] as [number, number], n: 10, significant: true };
    const compare = { variants: ['A', 'B'], runs: [run({ profit: s }, 5), run({ profit: s }, 5)], metrics: { profit: { variants: [s, s], differences: [d] } } } as unknown as CompareSummary;
    const week = compareInPeriod(compare, 'week');
    expect(week.metrics['profit']!.differences[0]).toMatchObject({ mean: 200, ci95: [100, 300], significant: true });
    const day = compareInPeriod(compare, 'day');
    expect(day.metrics['profit']!.differences[0]).toMatchObject({ mean: 40, ci95: [20, 60] });
    expect(day.metrics['profit']!.variants[1]!.mean).toBe(80);
  });

  it('parses the three period names and refuses others', () => {
    expect(parsePeriod('week')).toBe('week');
    expect(() => parsePeriod('month')).toThrow('invalid period: month (day, week or run)');
  });
});
