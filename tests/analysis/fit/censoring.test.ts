/**
 * Censoring: in an overloaded office most customers give up, and those who were served were served
 * early, so the abandoned waits are short and their mean is far below the true mean patience. The
 * censored estimates (exponential MLE, Kaplan-Meier) use the served waits as lower bounds and find
 * the truth. Records written by the engine (fixed seed).
 */
import { describe, expect, it } from 'vitest';
import { fitPatience } from '../../../src/analysis/fit/patience.js';
import { readRecords } from '../../../src/analysis/fit/csv-rows.js';
import { visitReader } from '../../../src/analysis/fit/row-reader.js';
import { engineVisitLines } from './engine-records.js';

const PATIENCE = 10;

describe('patience from heavily censored waits', async () => {
  const scenario = {
    version: 1,
    seed: 11,
    calendar: { open: '09:00', close: '17:00' },
    customers: [{ name: 'call', arrivals: { perHour: 40 }, service: { dist: 'exponential', mean: 6 }, patience: { dist: 'exponential', mean: PATIENCE } }],
    staff: [{ name: 'agent', home: 'front', count: 2 }],
  };
  const text = [...engineVisitLines({ scenario, weeks: 1, weekdayFactors: [1, 1, 1, 1, 1, 0, 0] })].join('\n');
  const { records } = await readRecords(text, 'calls.csv', visitReader, undefined);
  const waits: number[] = [];
  const abandoned: boolean[] = [];
  for (let i = 0; i < records.n; i++) {
    if (records.columns.outcome[i] === 2) continue;
    waits.push(records.columns.wait[i]!);
    abandoned.push(records.columns.outcome[i] === 1);
  }
  const fit = fitPatience(waits, abandoned);

  it('has heavy abandonment, and the naive mean of abandoned waits is far off', () => {
    expect(fit.abandoned / fit.n).toBeGreaterThan(0.5);
    expect(fit.naiveMean!).toBeLessThan(0.6 * PATIENCE);
  });

  it('holds the true mean in the censored exponential MLE interval', () => {
    const [lo, hi] = fit.exponential!.ci95;
    expect(lo).toBeLessThanOrEqual(PATIENCE);
    expect(hi).toBeGreaterThanOrEqual(PATIENCE);
  });

  it('keeps the exponential (the Weibull shape interval holds 1)', () => {
    expect(fit.chosen).toBe('exponential');
    const [lo, hi] = fit.weibull!.shapeCi95!;
    expect(lo).toBeLessThanOrEqual(1);
    expect(hi).toBeGreaterThanOrEqual(1);
  });

  it('gives a Kaplan-Meier curve whose Greenwood 95% band holds the true survival at its steps (about 95% of them)', () => {
    const steps = fit.kaplanMeier.filter((p) => p.t > 0 && p.atRisk >= 30);
    const held = steps.filter((p) => Math.abs(p.survival - Math.exp(-p.t / PATIENCE)) <= 1.96 * p.se).length;
    expect(steps.length).toBeGreaterThan(50);
    // Pointwise bands along one curve are correlated; most of them must hold the truth.
    expect(held / steps.length).toBeGreaterThan(0.8);
  });
});
