/**
 * Recovery: records written by the engine from a known office (two classes, lognormal and gamma
 * service, exponential patience, a week with a busy Monday, a quiet Saturday and a closed Sunday,
 * four weeks) are fitted back, and every true value lies in the fit's 95% interval. Fixed seed.
 */
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../../src/analysis/fit/csv-rows.js';
import { fitRecords } from '../../../src/analysis/fit/fit.js';
import { visitReader } from '../../../src/analysis/fit/row-reader.js';
import { engineVisitLines } from './engine-records.js';
import { FACTORS, SALE, SERVICE, TRUTH } from './truth.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

async function fitTruth() {
  const text = [...engineVisitLines({ scenario: TRUTH, weeks: 4, weekdayFactors: FACTORS })].join('\n');
  const read = await readRecords(text, 'visits.csv', visitReader, undefined);
  return fitRecords({ name: 'recovered', visits: { file: 'visits.csv', records: read.records, rows: read.rows, problems: read.problems.list() } });
}

const within = (ci: readonly [number, number] | null, value: number): boolean => ci !== null && ci[0] <= value && value <= ci[1];

describe('fitting records the engine wrote from a known office', async () => {
  const fit = await fitTruth();
  const sale = fit.customers.find((c) => c.name === 'sale')!;
  const service = fit.customers.find((c) => c.name === 'service')!;

  it('finds the week: Sunday closed, the opening hours, weekday rates within their intervals', () => {
    expect(fit.calendar.week.detected).toBe(true);
    expect(fit.calendar.weekdays[6]!.hours).toBeNull();
    expect(fit.calendar.base).toEqual({ open: 540, close: 1020 });
    for (const [c, profile] of [[sale, SALE], [service, SERVICE]] as const) {
      const daily = profile.reduce((a, b) => a + b, 0);
      c.arrivals.weekdays.slice(0, 6).forEach((w, i) => {
        expect(w.weekday).toBe(WEEKDAYS[i]);
        expect(within(w.perDay.ci95, daily * FACTORS[i]!), `${c.name} ${w.weekday}: ${w.perDay.rate} ${w.perDay.ci95}`).toBe(true);
      });
    }
  });

  it('puts a factor on the busy Monday and the quiet Saturday, and each factor times the base holds the true daily rate', () => {
    for (const [c, profile] of [[sale, SALE], [service, SERVICE]] as const) {
      const daily = profile.reduce((a, b) => a + b, 0);
      for (const i of [0, 5]) {
        const use = c.arrivals.weekdays[i]!.use;
        expect(use.kind).toBe('factor');
        if (use.kind !== 'factor') continue;
        expect(within([use.ci95[0] * c.arrivals.base.perDay.rate, use.ci95[1] * c.arrivals.base.perDay.rate], daily * FACTORS[i]!)).toBe(true);
      }
    }
  });

  it('hourly rates of the open weekdays hold the truth in their intervals (about 95% of them)', () => {
    let held = 0;
    let total = 0;
    for (const [c, profile] of [[sale, SALE], [service, SERVICE]] as const) {
      c.arrivals.weekdays.slice(0, 6).forEach((w, i) => {
        w.perHour.forEach((r, h) => {
          total++;
          if (within(r.ci95, profile[h]! * FACTORS[i]!)) held++;
        });
      });
    }
    // 96 intervals at 95%: fewer than 88 holding would happen by chance with probability below 1%.
    expect(held).toBeGreaterThanOrEqual(88);
  });

  it('chooses lognormal for lognormal service and gamma for gamma service, with mean and CV in their intervals', () => {
    expect(sale.service.chosen).toBe('lognormal');
    expect(service.service.chosen).toBe('gamma');
    const s = sale.service.candidates[0]!;
    const g = service.service.candidates[0]!;
    expect(within(s.mean.ci95, 6), `sale mean ${s.mean.value} ${s.mean.ci95}`).toBe(true);
    expect(within(s.cv.ci95, 0.8), `sale cv ${s.cv.value} ${s.cv.ci95}`).toBe(true);
    expect(within(g.mean.ci95, 10), `service mean ${g.mean.value} ${g.mean.ci95}`).toBe(true);
    expect(within(g.cv.ci95, 0.5), `service cv ${g.cv.value} ${g.cv.ci95}`).toBe(true);
  });

  it('recovers the mean patience from censored waits, where the naive mean of abandoned waits is far off', () => {
    expect(within(sale.patience.exponential!.ci95, 8), `sale patience ${sale.patience.exponential!.mean}`).toBe(true);
    expect(within(service.patience.exponential!.ci95, 15), `service patience ${service.patience.exponential!.mean}`).toBe(true);
    expect(sale.patience.chosen).toBe('exponential');
    expect(sale.patience.naiveMean!).toBeLessThan(0.5 * 8);
  });

  it('sees four people on duty through the opening hours on every open weekday, without breaks', () => {
    expect(fit.staffing.roster).toHaveLength(4);
    for (const r of fit.staffing.roster) {
      expect(r.shift).toEqual({ start: 540, end: 1020 });
      expect(r.byWeekday.sun).toBeNull();
      expect(r.break).toBeNull();
    }
  });
});
