/**
 * The replay's counters come from the trace alone, so at the end of the day they must equal the
 * engine's metrics for that replication: for every office of every lesson, on several days. Also:
 * seeking back and forth gives the same state as playing straight through, and the state it shows is
 * consistent at every event (nobody serves while away, queues hold only waiting customers).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import type { ReplicationResult } from '../../../src/sim/result.js';
import type { Scenario } from '../../../src/sim/scenario.js';
import { loadLesson } from '../../../src/ui/trainer/lesson-load.js';
import { lessonCatalog } from '../../../src/ui/trainer/lessons.js';
import { OfficeReplay, WALKOUT_KINDS, type ReplayCounters } from '../../../src/ui/trainer/replay.js';
import { busyOffice } from './fixtures.js';

/** Days checked per office: the lesson's own day and a few more. */
const DAYS = [0, 1, 2, 7];

function replayToEnd(scenario: Scenario, day: number): { replay: OfficeReplay; result: ReplicationResult; counters: ReplayCounters } {
  const result = runReplication(scenario, day, { trace: true, traceLimit: 1_000_000 });
  expect(result.traceTruncated).toBe(false);
  const replay = new OfficeReplay(scenario, result.trace!);
  replay.seek(replay.finish);
  return { replay, result, counters: replay.counters() };
}

function expectCountersMatch(counters: ReplayCounters, result: ReplicationResult): void {
  const m = result.metrics;
  expect(counters.arrived).toBe(m['front.arrivals']);
  expect(counters.served).toBe(m['front.served']);
  expect(counters.abandoned).toBe(m['front.abandoned']);
  expect(counters.balked).toBe(m['front.balked']);
  expect(counters.turnedAway).toBe(m['front.turnedAway']);
  expect(counters.walkedOut).toBe(m['front.abandoned']! + m['front.balked']! + m['front.turnedAway']!);
  expect(counters.waiting).toBe(m['front.queueEnd']);
  expect(counters.inService).toBe(m['front.inServiceEnd']);
  expect(counters.tasksArrived).toBe(m['back.arrivals']);
  expect(counters.tasksDone).toBe(m['back.completed']);
  expect(counters.tasksOpen).toBe(m['back.backlogEnd']);
  expect(counters.revenue).toBeCloseTo(m['revenue']!, 6);
  expect(counters.gapMinutes).toBeCloseTo(m['coverage.gapMinutes']!, 6);
}

describe('the replay of every lesson', () => {
  for (const entry of lessonCatalog()) {
    const lesson = loadLesson(entry);
    for (const [v, variant] of lesson.variants.entries()) {
      it(`${entry.id}, office ${v + 1} (${variant.label}): counters at the end of the day equal the engine's metrics`, () => {
        for (const day of new Set([entry.replication, ...DAYS])) {
          const { replay, result, counters } = replayToEnd(variant.scenario, day);
          expectCountersMatch(counters, result);
          expect(replay.atEnd).toBe(true);
        }
      });
    }
  }

  it("ends where the CLI's numbers for that day are (office-sim run --replications 1: replication 0)", () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const entry = lessonCatalog().find((l) => l.id === 'lunch')!;
    const files = entry.files.map((f) => `scenarios/lessons/${f.name}`);
    const cli = spawnSync(process.execPath, ['dist/cli/main.js', 'run', ...files, '--replications', '1', '--threads', '1', '--json', '--quiet'], { cwd: root, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const json = JSON.parse(cli.stdout) as { results: { metrics: Record<string, { mean: number }> }[] };
    loadLesson(entry).variants.forEach((variant, v) => {
      const { counters } = replayToEnd(variant.scenario, 0);
      const m = json.results[v]!.metrics;
      expect(counters.served).toBe(m['front.served']!.mean);
      expect(counters.walkedOut).toBe(m['front.abandoned']!.mean + m['front.balked']!.mean + m['front.turnedAway']!.mean);
      expect(counters.tasksDone).toBe(m['back.completed']!.mean);
      expect(counters.revenue).toBeCloseTo(m['revenue']!.mean, 6);
      expect(counters.gapMinutes).toBeCloseTo(m['coverage.gapMinutes']!.mean, 6);
    });
  });

  it('every lesson is a one-day office without warm-up, all offices on one seed', () => {
    for (const entry of lessonCatalog()) {
      const lesson = loadLesson(entry);
      for (const v of lesson.variants) {
        expect(v.scenario.calendar.days, entry.id).toBe(1);
        expect(v.scenario.calendar.warmupMinutes, entry.id).toBe(0);
        expect(v.scenario.seed, entry.id).toBe(lesson.variants[0]!.scenario.seed);
      }
    }
  });
});

describe('OfficeReplay', () => {
  const scenario = busyOffice('without');
  const result = runReplication(scenario, 0, { trace: true, traceLimit: 1_000_000 });
  const trace = result.trace!;

  it('counts a 30-person busy day exactly as the engine does', () => {
    const replay = new OfficeReplay(scenario, trace);
    replay.seek(replay.finish);
    expectCountersMatch(replay.counters(), result);
    expect(scenario.staff.length).toBe(30);
  });

  it('shows the same state after seeking back as after playing straight to that minute', () => {
    const straight = new OfficeReplay(scenario, trace);
    const wandering = new OfficeReplay(scenario, trace);
    const moments = [600, 780, 700, 720.5, 1000, 540, 760];
    for (const t of moments) {
      straight.reset();
      straight.seek(t);
      wandering.seek(t);
      expect(wandering.counters()).toEqual(straight.counters());
      expect(Array.from(wandering.serving)).toEqual(Array.from(straight.serving));
      expect(Array.from(wandering.posted)).toEqual(Array.from(straight.posted));
      expect(wandering.queues).toEqual(straight.queues);
      expect(Array.from(wandering.piles)).toEqual(Array.from(straight.piles));
    }
  });

  it('is consistent at every event: only present people serve, queues hold waiting customers, piles never go negative', () => {
    const replay = new OfficeReplay(scenario, trace);
    let steps = 0;
    for (let t = replay.nextEventTime(); Number.isFinite(t); t = replay.nextEventTime()) {
      replay.advanceTo(t);
      steps++;
      for (let p = 0; p < scenario.staff.length; p++) {
        const item = replay.serving[p]!;
        if (item < 0) continue;
        expect(['busy', 'moving']).toContain(replay.status(p));
        expect(replay.area(p)).toBe(replay.itemFront[item] === 1 ? 'front' : 'back');
      }
      for (const queue of replay.queues) for (const item of queue) expect(replay.itemState[item]).toBe(1);
      for (const pile of replay.piles) expect(pile).toBeGreaterThanOrEqual(0);
      const c = replay.counters();
      expect(c.served + c.walkedOut + c.waiting + c.inService).toBe(c.arrived);
    }
    expect(steps).toBeGreaterThan(100);
  });

  it('steps from event to event: the next event is after now, the previous before it', () => {
    const replay = new OfficeReplay(scenario, trace);
    replay.seek(720);
    const next = replay.nextEventTime();
    const previous = replay.previousEventTime();
    expect(next).toBeGreaterThan(720);
    expect(previous).toBeLessThan(720);
    expect(trace.some((e) => e.t > previous && e.t < 720)).toBe(false);
    expect(trace.some((e) => e.t > 720 && e.t < next)).toBe(false);
  });

  it('keeps the gap minutes running while a gap is open and stops them when it closes', () => {
    const sick = loadLesson(lessonCatalog().find((l) => l.id === 'sick-day')!).variants[0]!.scenario;
    const day = runReplication(sick, 0, { trace: true });
    const replay = new OfficeReplay(sick, day.trace!);
    // The first claim arrives at 10:14 with Eve off sick: the claims gap is open from then on.
    replay.seek(660);
    expect(replay.gapOpen('claims')).toBe(true);
    expect(replay.gapOpen('payments')).toBe(false);
    const before = replay.gapMinutes();
    replay.seek(690);
    expect(replay.gapMinutes() - before).toBeCloseTo(30, 9);
  });

  it('records every customer who walked out, with where they stood', () => {
    const replay = new OfficeReplay(scenario, trace);
    replay.seek(replay.finish);
    const c = replay.counters();
    expect(replay.walkouts).toBe(c.walkedOut);
    for (let w = 1; w < replay.walkouts; w++) expect(replay.walkoutT[w]!).toBeGreaterThanOrEqual(replay.walkoutT[w - 1]!);
    for (let w = 0; w < replay.walkouts; w++) expect(replay.walkoutSlot[w]!).toBeGreaterThanOrEqual(0);
    const kinds = WALKOUT_KINDS.map((_, k) => Array.from(replay.walkoutKind.subarray(0, replay.walkouts)).filter((x) => x === k).length);
    expect(kinds).toEqual([c.abandoned, c.balked, c.turnedAway]);
  });

  it('ends its timeline at the last event of the day, not at the trace marker at midnight', () => {
    const replay = new OfficeReplay(scenario, trace);
    const end = trace[trace.length - 1]!;
    expect(end.kind).toBe('end');
    expect(replay.finish).toBeLessThan(end.t);
    expect(replay.finish).toBeGreaterThanOrEqual(scenario.calendar.close);
    expect(replay.start).toBeLessThanOrEqual(scenario.calendar.open);
  });
});
