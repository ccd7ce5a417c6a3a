/**
 * Invariants on many random offices: every rule of the trace holds, every customer and task is
 * accounted for, money adds up, Little's law holds exactly where it must, and runs repeat to the bit.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/office/index.js';
import { randomOffice } from './random-office.js';
import { checkTrace } from './trace-check.js';

const SCENARIOS = 1000;

describe('invariants on random offices', () => {
  // Every third office has patient customers who never balk, so Little's law applies exactly.
  const runs = Array.from({ length: SCENARIOS }, (_, i) => {
    const scenario = randomOffice(1000 + i, i % 3 === 0, true);
    return { scenario, result: runReplication(scenario, 0, { trace: true, traceLimit: 1_000_000 }) };
  });

  it('keep every rule of the trace (skills, posting, presence, one item at a time)', () => {
    for (const { scenario, result } of runs) {
      expect(result.traceTruncated).toBe(false);
      expect(() => checkTrace(scenario, result.trace!), scenario.name).not.toThrow();
    }
  });

  it('account for every customer and task (the contract identity) and agree with the trace', () => {
    for (const { scenario, result } of runs) {
      const m = result.metrics;
      const counts = checkTrace(scenario, result.trace!);
      const outcomes =
        m['front.served']! + m['front.abandoned']! + m['front.balked']! + m['front.turnedAway']! + m['front.queueEnd']! + m['front.inServiceEnd']!;
      expect(outcomes).toBe(m['front.arrivals']);
      expect(m['front.arrivals']).toBe(counts.customersArrived);
      expect(m['front.served']).toBe(counts.customersServed);
      expect(m['front.queueEnd']).toBe(counts.customersWaitingEnd);
      expect(m['front.inServiceEnd']).toBe(counts.customersInServiceEnd);
      expect(m['back.completed']! + m['back.backlogEnd']!).toBe(m['back.arrivals']);
      expect(m['back.arrivals']).toBe(counts.tasksArrived);
      expect(m['back.completed']).toBe(counts.tasksCompleted);
      // Busy time per person equals the trace's service intervals.
      scenario.staff.forEach((p, i) => {
        if (counts.servingAtEnd.has(i)) return;
        const a = result.activity[p.name]!;
        expect(a.homeWork + a.coverWork).toBeCloseTo(counts.busy[i]!, 6);
      });
    }
  });

  it('trace coverage gaps and revenue exactly as the metrics count them (for replays)', () => {
    for (const { result } of runs) {
      const open = new Map<string, number>();
      let gapMinutes = 0;
      let revenue = 0;
      for (const e of result.trace!) {
        if (e.kind === 'gapStart') open.set(e.skill!, e.t);
        if (e.kind === 'gapEnd') {
          gapMinutes += e.t - open.get(e.skill!)!;
          open.delete(e.skill!);
        }
        if (e.kind === 'finish') revenue += e.revenue!;
        if (e.kind === 'end') for (const since of open.values()) gapMinutes += e.t - since;
      }
      expect(gapMinutes).toBeCloseTo(result.metrics['coverage.gapMinutes']!, 6);
      expect(revenue).toBeCloseTo(result.metrics['revenue']!, 6);
    }
  });

  it('add up money: profit = revenue - cost.total, total = wages + training + penalties', () => {
    for (const { result } of runs) {
      const m = result.metrics;
      expect(m['cost.total']).toBeCloseTo(m['cost.wages']! + m['cost.training']! + m['cost.penalties']!, 6);
      expect(m['profit']).toBeCloseTo(m['revenue']! - m['cost.total']!, 6);
      expect(m['cost.overtime']!).toBeLessThanOrEqual(m['cost.wages']! + 1e-9);
    }
  });

  it("keep Little's law on every run: the queue's time integral equals the customers' total time in queue", () => {
    for (const { scenario, result } of runs) {
      const since = new Map<number, number>();
      let waited = 0;
      let end = 0;
      for (const e of result.trace!) {
        if (e.kind === 'arrive' && e.front) since.set(e.item!, e.t);
        if ((e.kind === 'start' && e.front) || e.kind === 'abandon' || e.kind === 'balk' || e.kind === 'turnAway') {
          waited += e.t - (since.get(e.item!) ?? e.t);
          since.delete(e.item!);
        }
        if (e.kind === 'end') end = e.t;
      }
      for (const t of since.values()) waited += end - t; // still waiting at the end
      const c = scenario.calendar;
      const openMinutes = c.continuous ? c.days * 1440 : c.days * (c.close - c.open);
      expect(result.metrics['front.queueMean']! * openMinutes).toBeCloseTo(waited, 6);
    }
  });

  it("keep Little's law exactly when every customer is served (integral of the queue = total wait)", () => {
    let checked = 0;
    for (const { scenario, result } of runs) {
      const m = result.metrics;
      if (m['front.served'] !== m['front.arrivals'] || scenario.calendar.continuous) continue;
      const openMinutes = scenario.calendar.days * (scenario.calendar.close - scenario.calendar.open);
      const totalWait = m['front.waitMean'] === null ? 0 : m['front.waitMean']! * m['front.served']!;
      expect(m['front.queueMean']! * openMinutes).toBeCloseTo(totalWait, 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('keep rates and utilizations within [0, 1]', () => {
    for (const { result } of runs) {
      for (const [key, value] of Object.entries(result.metrics)) {
        if (value === null) continue;
        expect(Number.isFinite(value), key).toBe(true);
        if (/Rate$|utilization$|serviceLevel$|probWait$/.test(key)) {
          expect(value, key).toBeGreaterThanOrEqual(0);
          expect(value, key).toBeLessThanOrEqual(1 + 1e-12);
        }
      }
    }
  });

  it('repeat to the bit: the same scenario and replication give identical results', () => {
    for (const { scenario, result } of runs.slice(0, 10)) {
      const again = runReplication(scenario, 0, { trace: true, traceLimit: 1_000_000 });
      expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    }
  });
});
