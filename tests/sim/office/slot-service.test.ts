/**
 * The opt-in per-bucket service counts (`RunOptions.slotService`, for the staffing planner): they add
 * up to the contract's service level, count each customer in the bucket of its arrival, and leave
 * every other figure of the result exactly as without them.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import { ofKind } from '../../../src/sim/result.js';
import { randomOffice } from '../random-office.js';

describe('slotService', () => {
  it('adds up to front.arrivals and front.serviceLevel on 40 random offices, and changes nothing else', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const office = randomOffice(seed);
      if (office.calendar.continuous || office.customers.length === 0) continue;
      const plain = runReplication(office, 0);
      const counted = runReplication(office, 0, { slotService: true });
      expect(plain.slotService).toBeUndefined();
      const { slotService, ...rest } = counted;
      expect(rest).toEqual(plain);
      let arrivals = 0;
      let within = 0;
      for (const c of office.customers) {
        arrivals += slotService!.arrivals[c.name]!.reduce((a, b) => a + b, 0);
        within += slotService!.withinTarget[c.name]!.reduce((a, b) => a + b, 0);
      }
      expect(arrivals).toBe(plain.metrics['front.arrivals']);
      if (arrivals > 0) expect(within / arrivals).toBeCloseTo(plain.metrics['front.serviceLevel']!, 12);
    }
  });

  it('counts each customer in the 15-minute bucket of its arrival, served within the target or not', () => {
    const office = randomOffice(7);
    const r = runReplication(office, 0, { slotService: true, trace: true });
    const ss = r.slotService!;
    const arrive = r.trace!.filter(ofKind('arrive')).filter((e) => e.front);
    const expected = office.customers.map(() => ss.bucketStarts.map(() => 0));
    for (const e of arrive) {
      const minute = e.t % 1440;
      const b = ss.bucketStarts.findIndex((start) => minute >= start && minute < start + ss.bucketMinutes);
      if (b >= 0 && e.t >= office.calendar.warmupMinutes + office.calendar.open) expected[e.cls]![b]!++;
    }
    office.customers.forEach((c, q) => expect(ss.arrivals[c.name]).toEqual(expected[q]));
  });
});
