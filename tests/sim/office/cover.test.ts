/**
 * The cover rules one by one (scenario-format.md, "Cover rules"): each triggering, clearing and
 * returning, and where they meet breaks, sick days, interruptions, switching and closing. Small
 * offices whose moves can be timed by hand where possible; where arrivals are random, properties
 * every replication's trace must have, judged from the trace alone (trace-state.ts).
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import type { Scenario } from '../../../src/sim/scenario.js';
import { buildScenario, customer, type ScenarioParts } from '../build-scenario.js';
import { checkTrace } from '../trace-check.js';
import { movesOf, replayWaiting, timesOf } from './trace-state.js';

const day = { start: 540, end: 1020, breaks: [] as { at: number; minutes: number }[] };
const withBreaks = (...breaks: [number, number][]) => ({ ...day, breaks: breaks.map(([at, minutes]) => ({ at, minutes })) });
const RITA = 0;
const BOB = 1;

/** Rita at the counter, Bob in the back office (filing) able to serve at the counter. */
function counterAndBack(parts: { rita?: object; bob?: object; customers?: ScenarioParts['customers'] } & Omit<ScenarioParts, 'customers' | 'staff'>): Scenario {
  const { rita, bob, customers, ...rest } = parts;
  return buildScenario({
    customers: customers ?? [customer('visit', { arrivals: { perHour: [0] } })],
    tasks: [{ name: 'filing', arrivals: { perHour: [2] }, service: { dist: 'exponential', mean: 10 } }],
    staff: [
      { name: 'rita', home: 'front', area: 'front', skills: { front: 1 }, shift: withBreaks([720, 30]), ...rita },
      { name: 'bob', home: 'filing', area: 'back', skills: { filing: 1, front: 0.9 }, shift: day, ...bob },
    ],
    ...rest,
    policy: { frontMinimum: 1, switchMinutes: 0, ...rest.policy },
  });
}

function run(scenario: Scenario, r = 0) {
  const result = runReplication(scenario, r, { trace: true });
  checkTrace(scenario, result.trace!);
  return { ...result, trace: result.trace! };
}

const moveList = (trace: Parameters<typeof movesOf>[0], p: number) => movesOf(trace, p).map((m) => [m.t, m.area, m.rule]);

describe('rule 1: fewer than frontMinimum available at the counter', () => {
  it('moves the back-office holder when Rita goes to lunch and sends him home when she is back', () => {
    const { trace, metrics } = run(counterAndBack({}));
    expect(moveList(trace, BOB)).toEqual([
      [720, 'front', 1],
      [750, 'back', 0],
    ]);
    expect(metrics['coverage.coverMinutes']).toBeCloseTo(30, 9);
    expect(metrics['front.unstaffedMinutes']).toBe(0);
  });

  it('with switchMinutes he serves nobody while walking over, and the walk counts as cover', () => {
    const { trace, metrics } = run(counterAndBack({ policy: { switchMinutes: 5 } }));
    expect(moveList(trace, BOB)).toEqual([
      [720, 'front', 1],
      [750, 'back', 0],
    ]);
    expect(timesOf(trace, BOB, 'moveEnd')).toEqual([725, 755]);
    expect(metrics['coverage.coverMinutes']).toBeCloseTo(35, 9);
    expect(metrics['front.unstaffedMinutes']).toBeCloseTo(5, 9);
  });

  it('a back-office task in hand is paused when he moves, and resumed by him after', () => {
    const scenario = counterAndBack({ tasks: [{ name: 'filing', arrivals: { perHour: [30] }, service: { dist: 'deterministic', value: 7 } }] });
    const { trace } = run(scenario);
    expect(trace.some((e) => e.kind === 'pause' && e.person === BOB && e.t === 720)).toBe(true);
  });

  it('nobody to move while Bob is on his own break: the counter is unstaffed until he is back', () => {
    const { trace, metrics } = run(counterAndBack({ bob: { shift: withBreaks([710, 30]) } }));
    expect(moveList(trace, BOB)).toEqual([
      [740, 'front', 1],
      [750, 'back', 0],
    ]);
    expect(metrics['front.unstaffedMinutes']).toBeCloseTo(20, 9);
  });

  it('nobody to move when Bob is off sick: 30 unstaffed minutes, no cover', () => {
    const { trace, metrics } = run(counterAndBack({ bob: { sickProbabilityPerDay: 1 } }));
    expect(movesOf(trace, BOB)).toEqual([]);
    expect(metrics['front.unstaffedMinutes']).toBeCloseTo(30, 9);
    expect(metrics['coverage.coverMinutes']).toBe(0);
  });

  it("Bob's own break while covering: he stays posted at the counter, which is unstaffed meanwhile", () => {
    const { trace, metrics } = run(counterAndBack({ bob: { shift: withBreaks([730, 10]) } }));
    expect(moveList(trace, BOB)).toEqual([
      [720, 'front', 1],
      [750, 'back', 0],
    ]);
    expect(timesOf(trace, BOB, 'breakStart')).toEqual([730]);
    expect(metrics['front.unstaffedMinutes']).toBeCloseTo(10, 9);
    // Posted outside home from 12:00 to 12:30, break included.
    expect(metrics['coverage.coverMinutes']).toBeCloseTo(30, 9);
  });

  it('the reason clears while Bob is on break: he goes home the moment he is back', () => {
    const { trace } = run(counterAndBack({ bob: { shift: withBreaks([740, 20]) } }));
    expect(moveList(trace, BOB)).toEqual([
      [720, 'front', 1],
      [760, 'back', 0],
    ]);
  });

  it('... even when customers are waiting at the counter that he could serve', () => {
    const scenario = counterAndBack({
      customers: [customer('visit', { arrivals: { perHour: [24] }, service: { dist: 'deterministic', value: 4 } })],
      bob: { shift: withBreaks([745, 30]) },
    });
    let seen = 0;
    for (let r = 0; r < 20; r++) {
      const { trace } = run(scenario, r);
      const ritaBack = timesOf(trace, RITA, 'breakEnd')[0]!;
      const bobBack = timesOf(trace, BOB, 'breakEnd')[0]!;
      const moves = movesOf(trace, BOB);
      if (bobBack > ritaBack && moves.length >= 2) {
        // He was away when Rita came back: home at his break's end, before picking a customer.
        expect(moves[1]!.t).toBe(bobBack);
        expect(moves[1]!.area).toBe('back');
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('a break due while switching toward the counter starts at once; the walk ends during it', () => {
    const { trace, metrics } = run(counterAndBack({ bob: { shift: withBreaks([725, 15]) }, policy: { switchMinutes: 10 } }));
    expect(moveList(trace, BOB)).toEqual([
      [720, 'front', 1],
      [750, 'back', 0],
    ]);
    expect(timesOf(trace, BOB, 'breakStart')).toEqual([725]);
    expect(timesOf(trace, BOB, 'moveEnd')).toEqual([730, 760]);
    // Unavailable while walking (720-730) and on break (725-740).
    expect(metrics['front.unstaffedMinutes']).toBeCloseTo(20, 9);
    expect(metrics['coverage.coverMinutes']).toBeCloseTo(40, 9);
  });

  it('interruptions meeting a cover: no one moves while away, and a cover ends only when present and free', () => {
    const scenario = counterAndBack({
      customers: [customer('visit', { arrivals: { perHour: [10] }, service: { dist: 'exponential', mean: 4 } })],
      absences: { interruptions: { perDay: 4, minutes: { dist: 'deterministic', value: 12 } } },
    });
    let returns = 0;
    for (let r = 0; r < 30; r++) {
      const { trace } = run(scenario, r);
      const away = (p: number, t: number) => {
        const starts = [...timesOf(trace, p, 'interruptStart'), ...timesOf(trace, p, 'breakStart')].filter((s) => s < t);
        const ends = [...timesOf(trace, p, 'interruptEnd'), ...timesOf(trace, p, 'breakEnd')].filter((s) => s <= t);
        return starts.length > ends.length;
      };
      // When the reason can clear: Rita back; Bob back, or done with a customer.
      const moments = new Set([
        ...timesOf(trace, RITA, 'breakEnd'),
        ...timesOf(trace, RITA, 'interruptEnd'),
        ...timesOf(trace, RITA, 'finish'),
        ...timesOf(trace, BOB, 'breakEnd'),
        ...timesOf(trace, BOB, 'interruptEnd'),
        ...timesOf(trace, BOB, 'finish'),
      ]);
      for (const m of movesOf(trace, BOB)) {
        expect(away(BOB, m.t)).toBe(false);
        if (m.rule === 0) {
          returns++;
          expect(moments.has(m.t)).toBe(true);
        }
      }
    }
    expect(returns).toBeGreaterThan(20);
  });

  it('in an office that never closes, a day off is covered from its first minute to the next day', () => {
    const scenario = buildScenario({
      calendar: { days: 3, open: 0, close: 1440 },
      customers: [customer('visit', { arrivals: { perHour: [3] }, service: { dist: 'exponential', mean: 5 } })],
      tasks: [{ name: 'filing', arrivals: { perHour: [1] } }],
      staff: [
        { name: 'rita', home: 'front', area: 'front', skills: { front: 1 }, shift: null, daysOff: [2] },
        { name: 'bob', home: 'filing', area: 'back', skills: { filing: 1, front: 0.9 }, shift: null },
      ],
      policy: { frontMinimum: 1 },
    });
    for (let r = 0; r < 10; r++) {
      const { trace } = run(scenario, r);
      const ritaLeaves = timesOf(trace, RITA, 'shiftEnd')[0]!;
      const ritaBack = timesOf(trace, RITA, 'shiftStart')[1]!;
      const moves = movesOf(trace, BOB);
      expect(moves.map((m) => [m.area, m.rule])).toEqual([
        ['front', 1],
        ['back', 0],
      ]);
      expect(moves[0]!.t).toBe(ritaLeaves);
      expect(ritaBack).toBe(2880);
      const bobFinishes = timesOf(trace, BOB, 'finish');
      expect(moves[1]!.t === 2880 || bobFinishes.includes(moves[1]!.t)).toBe(true);
      expect(moves[1]!.t).toBeLessThan(2880 + 60);
    }
  });
});

describe('rule 2: a counter queue at the threshold', () => {
  const scenario = counterAndBack({
    customers: [customer('sale', { arrivals: { perHour: [18] }, service: { dist: 'exponential', mean: 4 } })],
    rita: { shift: day },
    policy: { frontMinimum: 0, coverQueueThreshold: 3 },
  });

  it('moves Bob when 3 wait, and he returns when the queue is empty and he is free', () => {
    let covers = 0;
    for (let r = 0; r < 30; r++) {
      const { trace } = run(scenario, r);
      const state = replayWaiting(scenario, trace);
      for (const m of movesOf(trace, BOB)) {
        if (m.rule === 2) {
          covers++;
          expect(state.customersWaiting(m.index)[0]).toBeGreaterThanOrEqual(3);
        } else {
          expect(m.rule).toBe(0);
          expect(state.customersWaiting(m.index)[0]).toBe(0);
        }
      }
    }
    expect(covers).toBeGreaterThan(20);
  });

  it('is off without a threshold', () => {
    const off = { ...scenario, policy: { ...scenario.policy, coverQueueThreshold: null } };
    for (let r = 0; r < 5; r++) expect(movesOf(run(off, r).trace, BOB)).toEqual([]);
  });
});

describe('rule 3: a customer waits for a skill nobody at the counter holds', () => {
  const scenario = buildScenario({
    customers: [
      customer('visit', { arrivals: { perHour: [8] }, service: { dist: 'exponential', mean: 4 } }),
      customer('forms', { skill: 'forms', arrivals: { perHour: [3] }, service: { dist: 'exponential', mean: 6 } }),
    ],
    tasks: [{ name: 'forms', arrivals: { perHour: [2] } }],
    staff: [
      { name: 'rita', home: 'front', area: 'front', skills: { front: 1 }, shift: day },
      { name: 'pam', home: 'forms', area: 'back', skills: { forms: 1 }, shift: withBreaks([720, 30]) },
    ],
  });
  const PAM = 1;

  it('calls Pam over for each forms customer and sends her back when none waits', () => {
    let calls = 0;
    for (let r = 0; r < 30; r++) {
      const { trace } = run(scenario, r);
      const state = replayWaiting(scenario, trace);
      for (const m of movesOf(trace, PAM)) {
        if (m.area === 'front') {
          calls++;
          expect(m.rule).toBe(3);
          expect(state.customersWaiting(m.index)[1]).toBeGreaterThan(0);
        } else expect(state.customersWaiting(m.index)[1]).toBe(0);
      }
      // Every forms customer is served by Pam, the only holder.
      const formsServers = trace.filter((e) => e.kind === 'start' && e.front && e.cls === 1).map((e) => (e.kind === 'start' ? e.person : -1));
      expect(new Set(formsServers)).toEqual(new Set(formsServers.length > 0 ? [PAM] : []));
    }
    expect(calls).toBeGreaterThan(30);
  });

  it('during her lunch forms customers wait: a coverage gap of the forms skill', () => {
    const { metrics } = run(scenario, 0);
    expect(metrics['skill.forms.gapMinutes']).toBeCloseTo(30, 9);
  });
});

describe('rule 4: a quiet counter helps the back office', () => {
  const scenario = buildScenario({
    customers: [customer('visit', { arrivals: { perHour: [6] }, service: { dist: 'exponential', mean: 4 } })],
    tasks: [{ name: 'filing', arrivals: { perHour: [4] }, service: { dist: 'exponential', mean: 10 } }],
    staff: [
      { name: 'fay', home: 'front', area: 'front', skills: { front: 1, filing: 0.9 }, shift: day },
      { name: 'gus', home: 'front', area: 'front', skills: { front: 1, filing: 0.5 }, shift: day },
    ],
  });

  it('an idle counter person goes to file while nobody waits at the counter, and comes back when someone does', () => {
    let helps = 0;
    let backs = 0;
    for (let r = 0; r < 20; r++) {
      const { trace } = run(scenario, r);
      const state = replayWaiting(scenario, trace);
      for (const p of [0, 1]) {
        for (const m of movesOf(trace, p)) {
          if (m.area === 'back') {
            helps++;
            expect(m.rule).toBe(4);
            expect(state.customersWaiting(m.index)[0]).toBe(0);
            expect(state.tasksWaiting(m.index)[0]).toBeGreaterThan(0);
          } else {
            backs++;
            // Back when someone waits at the counter, or when no filing is left for them.
            const waits = state.customersWaiting(m.index)[0]! > 0;
            expect(waits || state.tasksWaiting(m.index)[0] === 0).toBe(true);
          }
        }
      }
      // Never both at once: one stays at the counter (frontMinimum 0 + 1).
      let away = 0;
      for (const e of trace) if (e.kind === 'moveStart') away += e.area === 'back' ? 1 : -1;
      expect(away).toBeLessThanOrEqual(1);
    }
    expect(helps).toBeGreaterThan(20);
    expect(backs).toBeGreaterThan(10);
  });

  it('is off with helpBackOffice false', () => {
    const off = { ...scenario, policy: { ...scenario.policy, helpBackOffice: false } };
    for (let r = 0; r < 5; r++) expect(run(off, r).trace.some((e) => e.kind === 'moveStart')).toBe(false);
  });
});

describe('closing during a cover', () => {
  // Rita leaves at 16:00, Bob works until 18:00, the counter closes at 17:00.
  const closing = (policyClosing: 'serve-queue' | 'turn-away', bobEnd = 1080) =>
    counterAndBack({
      customers: [customer('visit', { arrivals: { perHour: [10] }, service: { dist: 'exponential', mean: 5 } })],
      rita: { shift: { start: 540, end: 960, breaks: [] } },
      bob: { shift: { start: 540, end: bobEnd, breaks: [] } },
      policy: { closing: policyClosing },
    });

  for (const policy of ['turn-away', 'serve-queue'] as const) {
    it(`${policy}: Bob covers from Rita's leaving, then goes back to filing once no customer is left`, () => {
      let returned = 0;
      for (let r = 0; r < 20; r++) {
        const scenario = closing(policy);
        const { trace, activity } = run(scenario, r);
        const state = replayWaiting(scenario, trace);
        const moves = movesOf(trace, BOB);
        expect(moves[0]).toMatchObject({ area: 'front', rule: 1, t: timesOf(trace, RITA, 'shiftEnd')[0] });
        const counterFinishes = trace.filter((e) => e.kind === 'finish' && e.person === BOB && e.front).map((e) => e.t);
        const lastAtCounter = Math.max(0, ...counterFinishes);
        if (lastAtCounter <= 1080) {
          // Done with the counter within his shift: home to filing, no overtime.
          const last = moves[moves.length - 1]!;
          expect(last).toMatchObject({ area: 'back', rule: 0 });
          expect(last.t).toBeGreaterThanOrEqual(1020);
          expect(state.customersWaiting(last.index)[0]).toBe(0);
          if (policy === 'turn-away') expect(last.t === 1020 || counterFinishes.includes(last.t)).toBe(true);
          returned++;
        }
        // Only serving past his own shift end is overtime.
        expect(activity['bob']!.overtime).toBeCloseTo(Math.max(0, lastAtCounter - 1080), 9);
      }
      expect(returned).toBeGreaterThan(10);
    });
  }

  it('when his shift ends at closing too, he serves the queue in overtime and goes home from the counter', () => {
    for (let r = 0; r < 20; r++) {
      const scenario = closing('serve-queue', 1020);
      const { trace, metrics, activity } = run(scenario, r);
      const lastFinish = Math.max(0, ...timesOf(trace, BOB, 'finish').filter((t) => t > 1020));
      expect(activity['bob']!.overtime).toBeCloseTo(Math.max(0, lastFinish - 1020), 9);
      expect(movesOf(trace, BOB).filter((m) => m.t >= 1020)).toEqual([]);
      expect(metrics['front.queueEnd']).toBe(0);
    }
  });
});
