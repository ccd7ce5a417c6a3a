/**
 * The fitted scenario: written with the weekly calendar keys exactly as FORMAT-AGREEMENTS.md says
 * when the records show a week, valid for this branch's engine without them, one weekday at a time
 * for the fit check; the weibull distribution where it fits best.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../../src/analysis/fit/csv-rows.js';
import { checkFit, engineSupports } from '../../../src/analysis/fit/check.js';
import { fitRecords } from '../../../src/analysis/fit/fit.js';
import { officeYaml } from '../../../src/analysis/fit/office-yaml.js';
import { visitReader } from '../../../src/analysis/fit/row-reader.js';
import { buildScenario, serviceSpec } from '../../../src/analysis/fit/scenario.js';
import { fitDurations } from '../../../src/analysis/fit/durations.js';
import { parseScenario } from '../../../src/sim/schema.js';
import { agreedShapeProblems, withoutWeek } from './agreed-shape.js';
import { engineVisitLines } from './engine-records.js';
import { FACTORS, TRUTH } from './truth.js';

describe('the fitted scenario', async () => {
  // Saturday short (09:00-13:00) besides the factors: a weekday with its own hours.
  const text = [...engineVisitLines({ scenario: TRUTH, weeks: 3, weekdayFactors: FACTORS })]
    .filter((line, i) => i === 0 || !(line.startsWith('2024-01-06') || line.startsWith('2024-01-13') || line.startsWith('2024-01-20')) || line.slice(11, 13) < '13')
    .join('\n');
  const read = await readRecords(text, 'visits.csv', visitReader, undefined);
  const fit = fitRecords({ name: 'week', visits: { file: 'visits.csv', records: read.records, rows: read.rows, problems: [] } });
  const file = parse(officeYaml(fit, { week: true, weibull: true })) as Record<string, unknown>;

  it('writes the week as agreed: firstWeekday, closed Sunday, Saturday hours and profile, factors', () => {
    expect(agreedShapeProblems(file)).toEqual([]);
    const calendar = file['calendar'] as Record<string, unknown>;
    expect(calendar).toMatchObject({ days: 7, open: '09:00', close: '17:00', firstWeekday: 'mon', weekdays: { sat: { open: '09:00', close: '13:00' }, sun: 'closed' } });
    const sale = (file['customers'] as Record<string, Record<string, Record<string, unknown>>>[]).find((c) => (c['name'] as unknown) === 'sale')!;
    const weekdays = sale['arrivals']!['weekdays'] as Record<string, Record<string, unknown>>;
    expect(weekdays['mon']!['factor']).toBeGreaterThan(1);
    expect(weekdays['sat']!['perHour']).toHaveLength(4);
    expect(weekdays['sun']).toBeUndefined();
  });

  it('is a valid scenario for this engine once the week keys are taken out, and per weekday', () => {
    const base = parseScenario(JSON.stringify(withoutWeek(file)), 'office.yaml');
    expect(base.ok ? [] : base.errors).toEqual([]);
    for (const weekday of ['mon', 'sat'] as const) {
      const day = parseScenario(JSON.stringify(buildScenario({ ...fit, check: null }, { kind: 'day', weekday }, { weibull: false, observed: true })), 'day.json');
      expect(day.ok ? [] : day.errors).toEqual([]);
      if (day.ok) expect([day.scenario.calendar.open, day.scenario.calendar.close]).toEqual(weekday === 'sat' ? [540, 780] : [540, 1020]);
    }
  });

  it('checks the fit per weekday and finds the fitted office close to the records', () => {
    const check = checkFit(fit, read.records, { days: 10, supports: { week: false, weibull: false } });
    expect(check.mode).toBe('per-weekday');
    expect(check.cells.filter((c) => c.start === null).map((c) => c.weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    const departures = check.cells.reduce((a, c) => a + c.departs.length, 0);
    expect(departures).toBeLessThanOrEqual(3);
    expect(check.verdict).toMatch(/^The (fitted office matches|model departs)/);
  });

  // Runs once the engine reads the weekly calendar (branch h-week merged): office.yaml as written
  // then parses as it is, and the check simulates whole weeks.
  it.runIf(engineSupports().week)('checks the whole week at once when the engine has the week', () => {
    const parsed = parseScenario(officeYaml(fit, { week: true, weibull: true }), 'office.yaml');
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const check = checkFit(fit, read.records, { days: 10 });
    expect(check.mode).toBe('week');
    expect(check.cells.filter((c) => c.start === null).map((c) => c.weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(check.cells.reduce((a, c) => a + c.departs.length, 0)).toBeLessThanOrEqual(3);
  });

  it('flags a model that is wrong: service twice as long as the records show', () => {
    const slow = { ...fit, customers: fit.customers.map((c) => ({ ...c, service: fitDurations(Array.from(c.service.empiricalQuantiles.slice(1, 100), (q) => q * 2)) })) };
    const check = checkFit(slow, read.records, { days: 10, supports: { week: false, weibull: false } });
    expect(check.verdict).toMatch(/^The model departs/);
    expect(check.cells.some((c) => c.departs.includes('waitMean'))).toBe(true);
  });

  it('writes weibull as {dist, shape, scale} where the engine has it, else a gamma of the same mean and CV', () => {
    const values = Array.from({ length: 2000 }, (_, i) => 8 * (-Math.log(1 - (i + 0.5) / 2000)) ** (1 / 1.7));
    const w = fitDurations(values);
    expect(w.chosen).toBe('weibull');
    expect(Object.keys(serviceSpec(w, true)!)).toEqual(['dist', 'shape', 'scale']);
    const gamma = serviceSpec(w, false)!;
    expect(gamma['dist']).toBe('gamma');
    expect(gamma['mean']).toBeCloseTo(w.candidates[0]!.mean.value, 2);
  });
});
