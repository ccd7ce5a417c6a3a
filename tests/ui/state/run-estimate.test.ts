import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/sim/schema.js';
import { CONFIRM_SECONDS, estimateRun, formatDuration, needsConfirmation } from '../../../src/ui/state/run-estimate.js';
import { buildScenario } from '../../sim/build-scenario.js';

const scenarios = new URL('../../../scenarios/', import.meta.url);

describe('the run-time estimate', () => {
  it('counts the customers and tasks a day from the rates, the opening hours and the handoffs', () => {
    const scenario = buildScenario({
      calendar: { days: 1, open: 540, close: 1020 },
      customers: [{ arrivals: { perHour: [10, 20] }, handoffs: [{ task: 0, probability: 0.5 }] }],
      tasks: [{ arrivals: { perHour: [3] } }],
      staff: [{}],
    });
    // 8 opening hours: 10 + 7 x 20 customers, half of them handed off, plus 3 tasks an hour.
    expect(estimateRun(scenario, 1).itemsPerDay).toBeCloseTo(150 + 75 + 24, 9);
  });

  it('grows with replications, days and people, and shrinks with threads', () => {
    const base = buildScenario({ customers: [{}], staff: [{}], replications: 10 });
    const e = (over: Parameters<typeof buildScenario>[0], workers = 1) => estimateRun(buildScenario({ customers: [{}], staff: [{}], replications: 10, ...over }), workers).seconds;
    const one = estimateRun(base, 1).seconds;
    expect(e({ replications: 20 })).toBeCloseTo(2 * one, 12);
    expect(e({ calendar: { days: 3 } })).toBeCloseTo(3 * one, 12);
    expect(e({ staff: Array.from({ length: 200 }, () => ({})) })).toBeGreaterThan(5 * one);
    expect(e({}, 2)).toBeCloseTo(one / 2, 12);
  });

  it('lets every example office run at once and stops 100,000 replications of a 2,000-person office', () => {
    for (const file of readdirSync(scenarios).filter((f) => f.endsWith('.yaml'))) {
      const parsed = parseScenario(readFileSync(new URL(file, scenarios), 'utf8'), file);
      if (!parsed.ok) throw new Error(`${file} must be valid`);
      expect(needsConfirmation(estimateRun(parsed.scenario, 2)), file).toBe(false);
    }
    const huge = buildScenario({
      replications: 100_000,
      customers: [{ arrivals: { perHour: [3000] } }],
      staff: Array.from({ length: 2000 }, () => ({})),
    });
    const estimate = estimateRun(huge, 8);
    expect(estimate.seconds).toBeGreaterThan(3600);
    expect(needsConfirmation(estimate)).toBe(true);
    expect(CONFIRM_SECONDS).toBe(5);
  });

  it('says durations in words', () => {
    expect(formatDuration(0.2)).toBe('about 1 second');
    expect(formatDuration(42)).toBe('about 42 seconds');
    expect(formatDuration(200)).toBe('about 3.3 minutes');
    expect(formatDuration(7200)).toBe('about 2 hours');
    expect(formatDuration(70_000)).toBe('about 19 hours');
    expect(formatDuration(86_400 * 12)).toBe('about 12 days');
  });
});
