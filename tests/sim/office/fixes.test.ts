/**
 * The two wrong results a careful reader found in the first engine, each reproduced as the issue
 * describes it: these tests failed before the fixes.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import { ofKind } from '../../../src/sim/result.js';
import { buildScenario, customer } from '../build-scenario.js';
import { checkTrace } from '../trace-check.js';

describe('a cover return waiting behind a break', () => {
  // Rita's lunch (11:20) sends Carl to the counter; she is back at 11:50 while he serves a
  // customer, so his return waits for it; his own lunch (11:52) also waits for it.
  const scenario = buildScenario({
    calendar: { days: 1 },
    customers: [
      customer('visit', { arrivals: { perHour: [0, 0, 8, 0, 0, 0, 0, 0] }, service: { dist: 'deterministic', value: 20 } }),
    ],
    tasks: [{ name: 'filing', arrivals: { perHour: [3] }, service: { dist: 'exponential', mean: 10 } }],
    staff: [
      { name: 'rita', home: 'front', area: 'front', skills: { front: 1 }, shift: { start: 540, end: 1020, breaks: [{ at: 680, minutes: 30 }] } },
      {
        name: 'carl',
        home: 'filing',
        area: 'back',
        skills: { filing: 1, front: 0.8 },
        shift: { start: 540, end: 1020, breaks: [{ at: 712, minutes: 60 }] },
      },
    ],
    policy: { frontMinimum: 1, switchMinutes: 0 },
  });

  it('Carl goes home when his break ends, in every replication', () => {
    let delayedBreaks = 0;
    let backlog = 0;
    for (let r = 0; r < 40; r++) {
      const result = runReplication(scenario, r, { trace: true });
      const trace = result.trace!;
      checkTrace(scenario, trace);
      const moves = trace.filter(ofKind('moveStart')).filter((e) => e.person === 1);
      expect(moves.map((e) => [e.area, e.rule])).toEqual([
        ['front', 1],
        ['back', 0],
      ]);
      const breakEnd = trace.filter(ofKind('breakEnd')).find((e) => e.person === 1)!;
      const breakStart = trace.filter(ofKind('breakStart')).find((e) => e.person === 1)!;
      if (breakStart.t > 712) delayedBreaks++;
      // Home by the end of his break at the latest (sooner when he was free when Rita came back).
      expect(moves[1]!.t).toBeLessThanOrEqual(breakEnd.t);
      expect(result.metrics['coverage.coverMinutes']).toBeLessThanOrEqual(breakEnd.t - 680 + 1e-9);
      backlog += result.metrics['back.backlogEnd']! / 40;
    }
    // With Carl stuck at the counter the filing backlog averaged about 22; with him home, about 2.
    expect(backlog).toBeLessThan(5);
    // The case the fix is about did occur.
    expect(delayedBreaks).toBeGreaterThan(3);
  });
});

describe('a break pushed to the end of the shift', () => {
  // Deterministic 20-minute customers all day, a long queue: every break waits for a customer.
  const scenario = (breakAt: number, minutes: number) =>
    buildScenario({
      calendar: { days: 1 },
      customers: [customer('visit', { arrivals: { perHour: [30] }, service: { dist: 'deterministic', value: 20 } })],
      staff: [{ name: 'ann', shift: { start: 540, end: 1020, breaks: [{ at: breakAt, minutes }] } }],
      policy: { closing: 'turn-away' },
    });
  const cases = [
    { at: 990, minutes: 30, label: '16:30 for 30 minutes' },
    { at: 1005, minutes: 15, label: '16:45 for 15 minutes' },
    { at: 1000, minutes: 20, label: '16:40 for 20 minutes' },
  ];

  for (const { at, minutes, label } of cases) {
    it(`a break at ${label}: starts late, never runs past 17:00, and only serving past 17:00 is overtime`, () => {
      let cut = 0;
      let skipped = 0;
      for (let r = 0; r < 20; r++) {
        const s = scenario(at, minutes);
        const result = runReplication(s, r, { trace: true });
        const trace = result.trace!;
        checkTrace(s, trace);
        const start = trace.filter(ofKind('breakStart'))[0];
        const end = trace.filter(ofKind('breakEnd'))[0];
        const finishes = trace.filter(ofKind('finish'));
        if (start) {
          // It starts when the customer in hand is done, and keeps its length up to the shift end.
          expect(start.t).toBeGreaterThanOrEqual(at);
          expect(start.t).toBeLessThan(1020);
          expect(finishes.some((f) => f.t === start.t) || start.t === at).toBe(true);
          expect(end!.t - start.t).toBeCloseTo(Math.min(minutes, 1020 - start.t), 9);
          if (start.t + minutes > 1020) cut++;
        } else {
          // Not taken: the customer in hand was finished at or after the shift end.
          expect(finishes.find((f) => f.t > at)!.t).toBeGreaterThanOrEqual(1020);
          skipped++;
        }
        const lastFinish = Math.max(...finishes.map((e) => e.t));
        expect(result.metrics['overtimeMinutes']).toBeCloseTo(Math.max(0, lastFinish - 1020), 9);
        expect(result.activity['ann']!.overtime).toBeCloseTo(Math.max(0, lastFinish - 1020), 9);
      }
      expect(cut + skipped).toBeGreaterThan(0);
    });
  }
});
