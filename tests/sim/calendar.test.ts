import { describe, expect, it } from 'vitest';
import { EventCalendar } from '../../src/sim/calendar.js';
import { createStream } from '../../src/sim/streams.js';

function drain(cal: EventCalendar): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (cal.pop()) out.push([cal.time, cal.kind, cal.entity]);
  return out;
}

describe('EventCalendar', () => {
  it('returns events in time order', () => {
    const cal = new EventCalendar(4);
    for (const t of [5, 1, 3, 2, 4]) cal.schedule(t, 0, 1, t, 0);
    expect(drain(cal).map((e) => e[0])).toEqual([1, 2, 3, 4, 5]);
  });

  it('orders equal times by priority, then by insertion order', () => {
    const cal = new EventCalendar(4);
    cal.schedule(10, 2, 1, 0, 0);
    cal.schedule(10, 0, 2, 1, 0);
    cal.schedule(10, 2, 3, 2, 0);
    cal.schedule(10, 1, 4, 3, 0);
    cal.schedule(10, 0, 5, 4, 0);
    expect(drain(cal).map((e) => e[1])).toEqual([2, 5, 4, 1, 3]);
  });

  it('carries kind, entity and tag, and reports the next time', () => {
    const cal = new EventCalendar();
    expect(cal.peekTime()).toBe(Infinity);
    cal.schedule(7.5, 3, 9, 42, -3);
    expect(cal.peekTime()).toBe(7.5);
    expect(cal.pop()).toBe(true);
    expect([cal.time, cal.kind, cal.entity, cal.tag]).toEqual([7.5, 9, 42, -3]);
    expect(cal.pop()).toBe(false);
  });

  it('matches a sorted reference on 20,000 random events with many ties, growing as needed', () => {
    const rng = createStream(7, 0, 'calendar-test');
    const cal = new EventCalendar(16);
    const reference: { t: number; p: number; seq: number }[] = [];
    let seq = 0;
    const out: number[] = [];
    // Interleave pushes and pops, as a simulation does.
    for (let i = 0; i < 20_000; i++) {
      const t = Math.floor(rng() * 500);
      const p = Math.floor(rng() * 3);
      cal.schedule(t, p, 0, seq, 0);
      reference.push({ t, p, seq: seq++ });
      if (rng() < 0.3 && cal.pop()) out.push(cal.entity);
    }
    while (cal.pop()) out.push(cal.entity);
    // Replay the same operations on a sorted array to get the expected order.
    const rng2 = createStream(7, 0, 'calendar-test');
    const pending: { t: number; p: number; seq: number }[] = [];
    const expected: number[] = [];
    const less = (a: { t: number; p: number; seq: number }, b: { t: number; p: number; seq: number }) =>
      a.t - b.t || a.p - b.p || a.seq - b.seq;
    let s2 = 0;
    for (let i = 0; i < 20_000; i++) {
      const t = Math.floor(rng2() * 500);
      const p = Math.floor(rng2() * 3);
      pending.push({ t, p, seq: s2++ });
      if (rng2() < 0.3 && pending.length > 0) {
        pending.sort(less);
        expected.push(pending.shift()!.seq);
      }
    }
    pending.sort(less);
    for (const e of pending) expected.push(e.seq);
    expect(out).toEqual(expected);
    expect(reference.length).toBe(20_000);
  });
});
