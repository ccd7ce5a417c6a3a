/**
 * Workforce rules on small offices whose answers can be worked out by hand: breaks, cover,
 * absences, closing, overtime, routing policies, and common random numbers across variants.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/office/index.js';
import { ofKind, type TraceEvent } from '../../src/sim/result.js';
import { log } from '../../src/sim/math.js';
import { createStream } from '../../src/sim/streams.js';
import { buildScenario, customer, people } from './build-scenario.js';
import { expectConsistent } from './replications.js';
import { checkTrace } from './trace-check.js';

const lunch = { start: 540, end: 1020, breaks: [{ at: 720, minutes: 30 }] };
const day = { start: 540, end: 1020, breaks: [] };

function receptionist(extra: object = {}) {
  return buildScenario({
    customers: [customer('visit', { arrivals: { perHour: [6] }, service: { dist: 'exponential', mean: 4 } })],
    tasks: [{ name: 'filing', arrivals: { perHour: [2] }, service: { dist: 'exponential', mean: 10 } }],
    staff: [
      { name: 'rita', home: 'front', area: 'front', skills: { front: 1 }, shift: lunch },
      { name: 'carl', home: 'filing', area: 'back', skills: { filing: 1 }, shift: day },
    ],
    ...extra,
  });
}

describe('breaks and cover', () => {
  it('one receptionist with a 30-minute lunch and nobody cross-trained: 30 unstaffed minutes, a 30-minute front gap', () => {
    for (let r = 0; r < 20; r++) {
      const m = runReplication(receptionist(), r).metrics;
      expect(m['front.unstaffedMinutes']).toBeCloseTo(30, 9);
      expect(m['skill.front.gapMinutes']).toBeCloseTo(30, 9);
      expect(m['coverage.coverMinutes']).toBe(0);
    }
  });

  it('with a cross-trained clerk and frontMinimum 1 the counter is never unstaffed; cover = lunch + the customer in hand', () => {
    const scenario = receptionist({
      staff: [
        { name: 'rita', home: 'front', area: 'front', skills: { front: 1 }, shift: lunch },
        { name: 'carl', home: 'filing', area: 'back', skills: { filing: 1, front: 0.8 }, shift: day },
      ],
      policy: { frontMinimum: 1, switchMinutes: 0 },
    });
    for (let r = 0; r < 20; r++) {
      const result = runReplication(scenario, r, { trace: true });
      const m = result.metrics;
      expect(m['front.unstaffedMinutes']).toBe(0);
      expect(m['skill.front.gapMinutes']).toBe(0);
      const trace = result.trace!;
      checkTrace(scenario, trace);
      const breakStart = trace.find((e) => e.kind === 'breakStart' && e.person === 0)!;
      const breakEnd = trace.find((e) => e.kind === 'breakEnd' && e.person === 0)!;
      const moves = trace.filter(ofKind('moveStart')).filter((e) => e.person === 1);
      expect(moves.map((e) => [e.area, e.rule])).toEqual([
        ['front', 1],
        ['back', 0],
      ]);
      expect(moves[0]!.t).toBe(breakStart.t);
      expect(breakEnd.t - breakStart.t).toBeCloseTo(30, 9);
      // Carl returns when Rita is back, or when he finishes the customer he was serving then.
      const inHand = trace.filter(ofKind('start', 'finish')).filter((e) => e.person === 1 && e.front && e.t <= breakEnd.t);
      const serving = inHand.length > 0 && inHand[inHand.length - 1]!.kind === 'start';
      const expectedReturn = serving
        ? trace.filter(ofKind('finish')).find((e) => e.person === 1 && e.item === inHand[inHand.length - 1]!.item)!.t
        : breakEnd.t;
      expect(moves[1]!.t).toBeCloseTo(expectedReturn, 9);
      expect(m['coverage.coverMinutes']).toBeCloseTo(expectedReturn - breakStart.t, 9);
      expect(m['staff.carl.coverMinutes']).toBeCloseTo(expectedReturn - breakStart.t, 9);
    }
  });

  it('a break that falls while serving a counter customer starts late but keeps its length', () => {
    const scenario = receptionist({
      customers: [customer('visit', { arrivals: { perHour: [20] }, service: { dist: 'deterministic', value: 7 } })],
    });
    let delayed = 0;
    for (let r = 0; r < 10; r++) {
      const trace = runReplication(scenario, r, { trace: true }).trace!;
      const start = trace.find((e) => e.kind === 'breakStart')!;
      const end = trace.find((e) => e.kind === 'breakEnd')!;
      expect(start.t).toBeGreaterThanOrEqual(720);
      expect(start.t).toBeLessThan(727 + 1e-9);
      expect(end.t - start.t).toBeCloseTo(30, 9);
      if (start.t > 720) {
        delayed++;
        // It starts the moment the customer in hand is finished.
        expect(trace.some((e) => e.kind === 'finish' && e.person === 0 && e.t === start.t)).toBe(true);
      }
    }
    expect(delayed).toBeGreaterThan(0);
  });

  it('switchMinutes: the cover person serves nobody while walking over, and the time counts as cover', () => {
    const scenario = receptionist({
      staff: [
        { name: 'rita', home: 'front', area: 'front', skills: { front: 1 }, shift: lunch },
        { name: 'carl', home: 'filing', area: 'back', skills: { filing: 1, front: 1 }, shift: day },
      ],
      policy: { frontMinimum: 1, switchMinutes: 3, helpBackOffice: false },
    });
    const result = runReplication(scenario, 0, { trace: true });
    checkTrace(scenario, result.trace!);
    // The counter is unstaffed exactly while Carl walks over.
    expect(result.metrics['front.unstaffedMinutes']).toBeCloseTo(3, 9);
    expect(result.activity['carl']!.switching).toBeCloseTo(6, 9); // there and back
  });
});

describe('absences', () => {
  it('a person with sick probability 1 never works, and a day off is a day not worked (or paid)', () => {
    const scenario = buildScenario({
      calendar: { days: 4 },
      customers: [customer('visit')],
      staff: [
        { name: 'ill', sickProbabilityPerDay: 1, shift: day },
        { name: 'off', daysOff: [2, 3], shift: day },
        { name: 'ok', shift: day },
      ],
    });
    const result = runReplication(scenario, 0, { trace: true });
    const starts = (p: number, d: number) =>
      result.trace!.filter((e) => e.kind === 'start' && e.person === p && Math.floor(e.t / 1440) === d).length;
    for (let d = 0; d < 4; d++) expect(starts(0, d)).toBe(0);
    expect(starts(1, 1) + starts(1, 2)).toBe(0);
    expect(starts(1, 0)).toBeGreaterThan(0);
    expect(result.activity['ill']!.absent).toBeCloseTo(4 * 480, 9);
    // Wages: sick days are paid, days off are not: (4 + 2 + 4) days x 8 hours x 20, plus overtime.
    expect(result.metrics['cost.wages']! - result.metrics['cost.overtime']!).toBeCloseTo(10 * 8 * 20, 6);
  });

  it('a day when everyone is sick still ends, and every customer is accounted for', () => {
    const scenario = buildScenario({
      calendar: { days: 2 },
      customers: [customer('visit', { patience: { dist: 'exponential', mean: 60 } })],
      staff: people(3, { shift: day, sickProbabilityPerDay: 1 }),
    });
    const m = runReplication(scenario, 0).metrics;
    expect(m['front.served']).toBe(0);
    expect(m['front.unstaffedMinutes']).toBeCloseTo(2 * 480, 9);
    expect(m['front.abandoned']! + m['front.turnedAway']!).toBe(m['front.arrivals']);
    expect(m['front.turnedAway']).toBeGreaterThan(0);
  });

  it('interruptions take their expected share of time (10-minute interruptions, 1 per day, 8-hour shifts)', () => {
    const scenario = buildScenario({
      calendar: { days: 200 },
      tasks: [{ name: 'filing', arrivals: { perHour: [3] } }],
      staff: people(20, { home: 'filing', area: 'back', skills: { filing: 1 }, shift: day }),
      absences: { interruptions: { perDay: 1, minutes: { dist: 'deterministic', value: 10 } } },
    });
    const result = runReplication(scenario, 0);
    const perPersonDay = scenario.staff.map((p) => result.activity[p.name]!.absent / 200);
    // E[min(10, L - U)] for U uniform on the shift (L = 480): 10 - 100 / (2L); two interruptions of
    // one person-day overlap by E = (100 / L) per pair, and a Poisson(1) day has 1/2 pair on average.
    const expected = 10 - 100 / 960 - 0.5 * (100 / 480);
    expectConsistent(perPersonDay, expected, 'absent minutes per person-day');
  });
});

describe('closing and overtime', () => {
  const busyClose = (closing: 'serve-queue' | 'turn-away') =>
    buildScenario({
      customers: [customer('visit', { arrivals: { perHour: [14] }, service: { dist: 'exponential', mean: 5 }, revenue: 10 })],
      staff: [{ name: 'solo', shift: day, wagePerHour: 30 }],
      policy: { closing },
    });

  it('serve-queue: the person present at close serves the queue in overtime, paid at the multiplier', () => {
    let sawOvertime = 0;
    for (let r = 0; r < 20; r++) {
      const result = runReplication(busyClose('serve-queue'), r, { trace: true });
      const m = result.metrics;
      expect(m['front.turnedAway']).toBe(0);
      expect(m['front.queueEnd']! + m['front.inServiceEnd']!).toBe(0);
      const lastFinish = Math.max(...result.trace!.filter((e) => e.kind === 'finish').map((e) => e.t));
      const overtime = Math.max(0, lastFinish - 1020);
      expect(m['overtimeMinutes']).toBeCloseTo(overtime, 9);
      expect(m['cost.overtime']).toBeCloseTo((overtime * 30 * 1.5) / 60, 9);
      expect(m['cost.wages']).toBeCloseTo(8 * 30 + (overtime * 30 * 1.5) / 60, 9);
      if (overtime > 0) sawOvertime++;
    }
    expect(sawOvertime).toBeGreaterThan(3);
  });

  it('turn-away: those waiting at close leave, counted as turned away and lost revenue', () => {
    let turned = 0;
    for (let r = 0; r < 20; r++) {
      const result = runReplication(busyClose('turn-away'), r, { trace: true });
      const m = result.metrics;
      const waitingAtClose = countWaiting(result.trace!, 1020);
      expect(m['front.turnedAway']).toBe(waitingAtClose);
      expect(m['revenueLost']).toBe(10 * (m['front.abandoned']! + m['front.balked']! + m['front.turnedAway']!));
      turned += waitingAtClose;
    }
    expect(turned).toBeGreaterThan(0);
  });
});

function countWaiting(trace: readonly TraceEvent[], t: number): number {
  let n = 0;
  for (const e of trace) {
    if (e.t >= t) break;
    if (e.kind === 'arrive' && e.front) n++;
    if ((e.kind === 'start' && e.front) || e.kind === 'abandon' || e.kind === 'balk') n--;
  }
  return n;
}

describe('routing policies', () => {
  const twoClasses = (routing: 'home-first' | 'longest-wait' | 'priority') =>
    buildScenario({
      customers: [
        customer('sale', { arrivals: { perHour: [10] }, service: { dist: 'exponential', mean: 5 } }),
        customer('complaint', { arrivals: { perHour: [4] }, service: { dist: 'exponential', mean: 8 }, skill: 'care' }),
      ],
      staff: [
        { name: 'seller', home: 'front', area: 'front', skills: { front: 1, care: 1 } },
        { name: 'carer', home: 'care', area: 'front', skills: { care: 1, front: 1 } },
      ],
      policy: { routing, priority: ['complaint', 'sale'] },
    });

  /** For each service start by a person becoming free: was the picked class the one the policy demands? */
  function picks(routing: 'home-first' | 'longest-wait' | 'priority') {
    const scenario = twoClasses(routing);
    const trace = runReplication(scenario, 3, { trace: true }).trace!;
    checkTrace(scenario, trace);
    const waiting = new Map<number, { cls: number; t: number }>();
    const results: { person: number; cls: number; heads: { cls: number; t: number }[] }[] = [];
    for (const e of trace) {
      if (e.kind === 'arrive' && e.front) waiting.set(e.item!, { cls: e.cls!, t: e.t });
      if (e.kind === 'start') {
        const was = waiting.get(e.item!);
        if (was && was.t < e.t) {
          const heads = [0, 1].flatMap((cls) => {
            const items = [...waiting.values()].filter((w) => w.cls === cls);
            return items.length ? [{ cls, t: Math.min(...items.map((w) => w.t)) }] : [];
          });
          results.push({ person: e.person!, cls: e.cls!, heads });
        }
        waiting.delete(e.item!);
      }
      if (e.kind === 'abandon' || e.kind === 'turnAway') waiting.delete(e.item!);
    }
    return results;
  }

  it('priority: a freed person takes a complaint before any sale', () => {
    const rows = picks('priority');
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) if (r.heads.some((h) => h.cls === 1)) expect(r.cls).toBe(1);
  });

  it('longest-wait: a freed person takes the longest-waiting customer of any class', () => {
    const rows = picks('longest-wait');
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r.cls).toBe(r.heads.reduce((a, b) => (b.t < a.t ? b : a)).cls);
  });

  it('home-first: a freed person takes their home class when it has anyone waiting', () => {
    const rows = picks('home-first');
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const home = r.person === 0 ? 0 : 1;
      if (r.heads.some((h) => h.cls === home)) expect(r.cls).toBe(home);
      else expect(r.heads.map((h) => h.cls)).toContain(r.cls);
    }
  });
});

describe('a hand-computed day', () => {
  it('one clerk, deterministic 10-minute service, a 10-minute break at 09:30: every event where the hand says', () => {
    const scenario = buildScenario({
      seed: 5,
      calendar: { open: 540, close: 600 },
      customers: [customer('visit', { arrivals: { perHour: [5] }, service: { dist: 'deterministic', value: 10 }, revenue: 50 })],
      staff: [{ name: 'solo', shift: { start: 540, end: 600, breaks: [{ at: 570, minutes: 10 }] }, wagePerHour: 60 }],
    });
    // By hand: arrival times from the class's stream, E ~ Exp(1) at 5 per hour (1/12 per minute).
    const rng = createStream(5, 0, 'customer:visit:arrivals');
    const arrivals: number[] = [];
    for (let t = 540 + -log(1 - rng()) * 12; t < 600; t += -log(1 - rng()) * 12) arrivals.push(t);
    expect(arrivals.length).toBeGreaterThanOrEqual(3);
    const expected: [string, number][] = [];
    let free = 540;
    let breakDone = false;
    for (const a of arrivals) {
      expected.push(['arrive', a]);
      let start = Math.max(a, free);
      if (!breakDone && start >= 570) {
        const breakStart = Math.max(570, free);
        expected.push(['breakStart', breakStart], ['breakEnd', breakStart + 10]);
        breakDone = true;
        start = Math.max(a, breakStart + 10);
      }
      expected.push(['start', start], ['finish', start + 10]);
      free = start + 10;
    }
    if (!breakDone) expected.push(['breakStart', Math.max(570, free)], ['breakEnd', Math.max(570, free) + 10]);
    const trace = runReplication(scenario, 0, { trace: true }).trace!;
    const got = trace
      .filter((e) => ['arrive', 'start', 'finish', 'breakStart', 'breakEnd'].includes(e.kind))
      .map((e) => [e.kind, e.t] as [string, number]);
    const sortKey = (x: [string, number]) => x[1];
    expect(got.map((x) => x[0]).sort()).toEqual(expected.map((x) => x[0]).sort());
    const sortedGot = [...got].sort((a, b) => sortKey(a) - sortKey(b) || a[0].localeCompare(b[0]));
    const sortedExpected = [...expected].sort((a, b) => sortKey(a) - sortKey(b) || a[0].localeCompare(b[0]));
    sortedGot.forEach((g, i) => {
      expect(g[0]).toBe(sortedExpected[i]![0]);
      expect(g[1]).toBeCloseTo(sortedExpected[i]![1], 9);
    });
    const m = runReplication(scenario, 0).metrics;
    const waits = arrivals.map((a, i) => sortedExpected.filter((e) => e[0] === 'start')[i]![1] - a);
    expect(m['front.served']).toBe(arrivals.length);
    expect(m['front.waitMean']).toBeCloseTo(waits.reduce((x, y) => x + y, 0) / waits.length, 9);
    expect(m['revenue']).toBe(50 * arrivals.length);
    expect(m['overtimeMinutes']).toBeCloseTo(Math.max(0, free - 600), 9);
  });
});

describe('common random numbers', () => {
  it("changing one class's parameters changes no random number another class sees", () => {
    const office = (saleService: number, salePerHour: number) =>
      buildScenario({
        calendar: { days: 2 },
        customers: [
          customer('sale', { arrivals: { perHour: [salePerHour] }, service: { dist: 'gamma', mean: saleService, cv: 0.7 } }),
          customer('pickup', { arrivals: { perHour: [6] }, service: { dist: 'lognormal', mean: 3, cv: 0.5 }, patience: { dist: 'exponential', mean: 8 } }),
        ],
        staff: people(3, { shift: day }),
      });
    const pickups = (trace: readonly TraceEvent[]) => trace.filter(ofKind('arrive')).filter((e) => e.cls === 1).map((e) => [e.t, e.work]);
    const base = runReplication(office(5, 10), 0, { trace: true }).trace!;
    const variant = runReplication(office(9, 14), 0, { trace: true }).trace!;
    expect(pickups(variant)).toEqual(pickups(base));
    expect(pickups(base).length).toBeGreaterThan(50);
  });


  it('adding a skill to one person changes no arrival, no work content and no one else’s absences', () => {
    const base = {
      calendar: { days: 3 },
      customers: [customer('visit', { arrivals: { perHour: [12] }, patience: { dist: 'exponential', mean: 10 }, handoffs: [{ task: 0, probability: 0.5 }] })],
      tasks: [{ name: 'filing', arrivals: { perHour: [3] } }],
      absences: { sickProbabilityPerDay: 0.2, interruptions: { perDay: 2, minutes: { dist: 'exponential' as const, mean: 10 } } },
      policy: { frontMinimum: 1 },
    };
    const staff = (carlSkills: Record<string, number>) => [
      { name: 'rita', shift: lunch, sickProbabilityPerDay: 0.2 },
      { name: 'carl', home: 'filing', area: 'back' as const, skills: carlSkills, shift: day, sickProbabilityPerDay: 0.2 },
      { name: 'dora', home: 'filing', area: 'back' as const, skills: { filing: 1 }, shift: day, sickProbabilityPerDay: 0.2 },
    ];
    const a = runReplication(buildScenario({ ...base, staff: staff({ filing: 1 }) }), 0, { trace: true }).trace!;
    const b = runReplication(buildScenario({ ...base, staff: staff({ filing: 1, front: 0.7 }) }), 0, { trace: true }).trace!;
    const customers = (trace: readonly TraceEvent[]) => trace.filter(ofKind('arrive')).filter((e) => e.front).map((e) => [e.t, e.work]);
    const sick = (trace: readonly TraceEvent[]) => trace.filter(ofKind('sick')).map((e) => [e.t, e.person]);
    // Dora is in the back office: her interruptions start on time whatever she is doing.
    const doraAway = (trace: readonly TraceEvent[]) => trace.filter((e) => e.kind === 'interruptStart' && e.person === 2).map((e) => e.t);
    expect(customers(b)).toEqual(customers(a));
    expect(sick(b)).toEqual(sick(a));
    expect(doraAway(b)).toEqual(doraAway(a));
    // ...and the variant did change what happened.
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
  });
});

