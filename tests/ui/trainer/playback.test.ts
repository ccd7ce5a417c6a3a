/**
 * The replay's clock: the speeds offered, how far a frame moves, and stepping and jumping across
 * offices that share one clock.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import { loadLesson } from '../../../src/ui/trainer/lesson-load.js';
import { findLesson } from '../../../src/ui/trainer/lessons.js';
import { FASTEST_DAY_SECONDS, frameAdvance, nextEventTime, parseClockInput, previousEventTime, seekAll, speedsFor, timeline } from '../../../src/ui/trainer/playback.js';
import { OfficeReplay } from '../../../src/ui/trainer/replay.js';

describe('speedsFor', () => {
  it('runs from one simulated minute per second to a whole day in about 30 seconds', () => {
    for (const day of [480, 600, 725, 1440]) {
      const speeds = speedsFor(day);
      expect(speeds[0]).toBe(1);
      const fastest = speeds[speeds.length - 1]!;
      expect(day / fastest).toBeLessThanOrEqual(FASTEST_DAY_SECONDS);
      expect(day / fastest).toBeGreaterThan(FASTEST_DAY_SECONDS - 2);
      for (let i = 1; i < speeds.length; i++) expect(speeds[i]!).toBeGreaterThan(speeds[i - 1]!);
    }
  });

  it('leaves out a step too close to the fastest', () => {
    expect(speedsFor(600)).toEqual([1, 2, 5, 10, 20]);
    expect(speedsFor(630)).toEqual([1, 2, 5, 10, 21]);
  });
});

describe('frameAdvance', () => {
  it('moves real time times the speed, and never more than a quarter of a second of it', () => {
    expect(frameAdvance(16, 10)).toBeCloseTo(0.16, 12);
    expect(frameAdvance(1000, 10)).toBeCloseTo(2.5, 12);
    expect(frameAdvance(-5, 10)).toBe(0);
  });
});

describe('parseClockInput', () => {
  it('reads the clock times a presenter types', () => {
    expect(parseClockInput('12:30')).toBe(750);
    expect(parseClockInput(' 9:05 ')).toBe(545);
    expect(parseClockInput('1230')).toBe(750);
    expect(parseClockInput('24:00')).toBe(1440);
  });

  it('refuses what is not a clock time', () => {
    for (const text of ['', 'noon', '12:60', '25:00', '24:01', '1:2']) expect(parseClockInput(text), text).toBeNull();
  });
});

describe('stepping several offices on one clock', () => {
  const lesson = loadLesson(findLesson('lunch')!);
  const make = (): OfficeReplay[] => lesson.variants.map((v) => new OfficeReplay(v.scenario, runReplication(v.scenario, 0, { trace: true }).trace!));

  it('steps to the earliest next event of any office, and back to the latest previous one', () => {
    const replays = make();
    const all = [...new Set(replays.flatMap((r) => r.trace.filter((e) => e.kind !== 'end').map((e) => e.t)))].sort((a, b) => a - b);
    const { start } = timeline(replays);
    seekAll(replays, start);
    const visited: number[] = [];
    for (let t = nextEventTime(replays); t !== null && visited.length < 40; t = nextEventTime(replays)) {
      seekAll(replays, t);
      visited.push(t);
    }
    expect(visited).toEqual(all.filter((t) => t > start).slice(0, 40));
    const last = visited[visited.length - 1]!;
    expect(previousEventTime(replays)).toBe(visited[visited.length - 2]);
    seekAll(replays, visited[visited.length - 2]!);
    expect(nextEventTime(replays)).toBe(last);
  });

  it('shares one timeline from the earliest start to the latest finish', () => {
    const replays = make();
    const { start, finish } = timeline(replays);
    expect(start).toBe(Math.min(...replays.map((r) => r.start)));
    expect(finish).toBe(Math.max(...replays.map((r) => r.finish)));
    seekAll(replays, finish);
    expect(nextEventTime(replays)).toBeNull();
  });
});
