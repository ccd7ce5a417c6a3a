/**
 * Back-office tasks and balking, fitted back from records the engine wrote: task arrivals per day,
 * work-time family and mean, the due time, back-office people with their skills; and a balking
 * threshold recovered from the queue each customer found; lunch breaks seen in the service records.
 */
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../../src/analysis/fit/csv-rows.js';
import { fitRecords } from '../../../src/analysis/fit/fit.js';
import { taskReader, visitReader } from '../../../src/analysis/fit/row-reader.js';
import { buildScenario } from '../../../src/analysis/fit/scenario.js';
import { parseScenario } from '../../../src/sim/schema.js';
import { engineTaskLines, engineVisitLines } from './engine-records.js';

const within = (ci: readonly [number, number] | null, value: number): boolean => ci !== null && ci[0] <= value && value <= ci[1];

describe('tasks fitted from records', async () => {
  const office = {
    version: 1,
    seed: 5,
    calendar: { open: '09:00', close: '17:00' },
    customers: [{ name: 'sale', arrivals: { perHour: 12 }, service: { dist: 'exponential', mean: 5 } }],
    tasks: [
      { name: 'fulfilment', arrivals: { perDay: 40 }, service: { dist: 'gamma', mean: 8, cv: 0.5 }, dueMinutes: 240 },
      { name: 'accounting', arrivals: { perDay: 15 }, service: { dist: 'lognormal', mean: 12, cv: 0.7 } },
    ],
    staff: [
      { name: 'ana', home: 'front', count: 2 },
      // Until 19:00, two hours past closing, so the day's tasks are finished the same day.
      { name: 'bo', home: 'fulfilment', skills: { accounting: 1 }, count: 2, shift: { start: '09:00', end: '19:00' } },
    ],
  };
  const visits = [...engineVisitLines({ scenario: office, weeks: 3, weekdayFactors: [1, 1, 1, 1, 1, 1, 1] })].join('\n');
  const tasks = [...engineTaskLines(office, 21)].join('\n');
  const v = await readRecords(visits, 'visits.csv', visitReader, undefined);
  const t = await readRecords(tasks, 'tasks.csv', taskReader, undefined);
  const fit = fitRecords({ name: 'tasks', visits: { file: 'visits.csv', records: v.records, rows: v.rows, problems: [] }, tasks: { file: 'tasks.csv', records: t.records, rows: t.rows, problems: t.problems.list() } });

  it('reads every task row', () => {
    expect(t.problems.total).toBe(0);
    expect(fit.tasks.map((x) => x.name).sort()).toEqual(['accounting', 'fulfilment']);
  });

  it('recovers task arrivals per day, the work-time family and mean, and the due time', () => {
    const fulfilment = fit.tasks.find((x) => x.name === 'fulfilment')!;
    const accounting = fit.tasks.find((x) => x.name === 'accounting')!;
    expect(within(fulfilment.arrivals.base.perDay.ci95, 40)).toBe(true);
    expect(within(accounting.arrivals.base.perDay.ci95, 15)).toBe(true);
    expect(fulfilment.service.chosen).toBe('gamma');
    expect(within(fulfilment.service.candidates[0]!.mean.ci95, 8)).toBe(true);
    expect(accounting.service.chosen).toBe('lognormal');
    expect(within(accounting.service.candidates[0]!.mean.ci95, 12)).toBe(true);
    expect(fulfilment.dueMinutes).toBe(240);
    expect(accounting.dueMinutes).toBeNull();
  });

  it('rosters the back-office people with the task skills they used, in a valid scenario', () => {
    const back = fit.staffing.roster.filter((r) => r.area === 'back');
    expect(back.map((r) => r.name).sort()).toEqual(['bo-1', 'bo-2']);
    const file = buildScenario({ ...fit, check: null }, { kind: 'week' }, { weibull: false });
    const parsed = parseScenario(JSON.stringify(file), 'office.json');
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const bo = parsed.scenario.staff.find((p) => p.name === 'bo-1')!;
    expect(bo.area).toBe('back');
    expect(Object.keys(bo.skills).sort()).toEqual(['accounting', 'fulfilment']);
    expect(parsed.scenario.tasks.find((x) => x.name === 'fulfilment')!.dueMinutes).toBe(240);
  });
});

describe('balking fitted from records', async () => {
  const office = {
    version: 1,
    seed: 3,
    calendar: { open: '09:00', close: '17:00' },
    customers: [{ name: 'walk-in', arrivals: { perHour: 30 }, service: { dist: 'exponential', mean: 6 }, balkAt: 4 }],
    staff: [{ name: 'ana', home: 'front', count: 3 }],
  };
  const text = [...engineVisitLines({ scenario: office, weeks: 1, weekdayFactors: [1, 1, 1, 1, 1, 0, 0] })].join('\n');
  const v = await readRecords(text, 'visits.csv', visitReader, undefined);
  const fit = fitRecords({ name: 'balking', visits: { file: 'visits.csv', records: v.records, rows: v.rows, problems: [] } });
  const c = fit.customers[0]!;

  it('finds the threshold: everyone who balked found 4 waiting, nobody who joined did', () => {
    expect(c.balked).toBeGreaterThan(20);
    expect(c.balking.balkAt).toBe(4);
    expect(c.balking.joinedAboveThreshold).toBe(0);
    expect(Object.keys(c.balking.queueAtBalk)).toEqual(['4']);
    expect(buildScenario({ ...fit, check: null }, { kind: 'week' }, { weibull: false })['customers']).toMatchObject([{ balkAt: 4 }]);
  });
});

describe('breaks seen in the service records', async () => {
  const lunch = ['11:30', '12:00', '12:30', '13:00'];
  const office = {
    version: 1,
    seed: 9,
    calendar: { open: '09:00', close: '17:00' },
    customers: [{ name: 'walk-in', arrivals: { perHour: 36 }, service: { dist: 'exponential', mean: 5 } }],
    staff: lunch.map((at, i) => ({ name: `p${i + 1}`, home: 'front', shift: { start: '09:00', end: '17:00', breaks: [{ at, minutes: 30 }] } })),
  };
  const text = [...engineVisitLines({ scenario: office, weeks: 2, weekdayFactors: [1, 1, 1, 1, 1, 0, 0] })].join('\n');
  const v = await readRecords(text, 'visits.csv', visitReader, undefined);
  const fit = fitRecords({ name: 'breaks', visits: { file: 'visits.csv', records: v.records, rows: v.rows, problems: [] } });

  it('finds each person\'s lunch at its time and length, and writes it into the shift', () => {
    const minutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
    for (const [i, at] of lunch.entries()) {
      const r = fit.staffing.roster.find((x) => x.name === `p${i + 1}`)!;
      expect(r.break, r.name).not.toBeNull();
      // A customer being served is finished first: the break starts a few minutes late at most.
      expect(r.break!.at).toBeGreaterThanOrEqual(minutes(at));
      expect(r.break!.at).toBeLessThanOrEqual(minutes(at) + 10);
      expect(r.break!.minutes).toBe(30);
    }
    const file = buildScenario({ ...fit, check: null }, { kind: 'week' }, { weibull: false });
    expect((file['staff'] as { shift: unknown }[])[0]!.shift).toEqual({ start: '09:00', end: '17:00', breaks: [{ at: expect.stringMatching(/^11:(3|4)\d$/), minutes: 30 }] });
  });
});
