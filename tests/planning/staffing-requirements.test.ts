/**
 * Step 1 of the staffing planner against known answers: pyworkforce's published Erlang C example,
 * its shrinkage gross-up, and the analysis module's Erlang C over a grid of loads.
 */
import { describe, expect, it } from 'vitest';
import { erlangC, mmc } from '../../src/analysis/erlang.js';
import { daySlots, grossUp, officeShrinkage, requirements, slotStaffing, UnreachableTargetError } from '../../src/planning/staffing/requirements.js';
import { buildScenario } from '../sim/build-scenario.js';

describe('slotStaffing (Erlang C per slot)', () => {
  it('pyworkforce: 100 contacts per 30 minutes of 3 minutes, 80% within 20 s: 14 people', () => {
    const s = slotStaffing(100, 30, 3, { withinMinutes: 20 / 60, fraction: 0.8 });
    expect(s.load).toBeCloseTo(10, 12);
    expect(s.servers).toBe(14);
    expect(s.serviceLevel).toBeCloseTo(0.888, 3);
    expect(s.occupancy).toBeCloseTo(0.714, 3);
    expect(s.probWait).toBeCloseTo(0.174, 3);
    // 13 people would miss the target: 14 is the fewest.
    expect(mmc(100 / 30, 1 / 3, 13).serviceLevel(20 / 60)).toBeLessThan(0.8);
  });

  it('with 30% shrinkage the 14 become 20 on the roster', () => {
    expect(grossUp(14, 0.3)).toBe(20);
    expect(grossUp(0, 0.3)).toBe(0);
    expect(grossUp(10, 0)).toBe(10);
    expect(grossUp(0.2, 0.1)).toBe(1);
    expect(() => grossUp(3, 1)).toThrow(RangeError);
  });

  it('equals the analysis module\'s Erlang C over a grid of loads and targets', () => {
    for (const arrivals of [1, 5, 20, 60, 150, 400]) {
      for (const aht of [2, 6, 15]) {
        for (const [within, fraction] of [[0.5, 0.8], [5, 0.9], [1, 0.95]] as const) {
          const slot = 30;
          const s = slotStaffing(arrivals, slot, aht, { withinMinutes: within, fraction });
          const lambda = arrivals / slot;
          const a = lambda * aht;
          // The fewest c: meets the target, and c - 1 does not (or is unstable).
          const level = (c: number) => 1 - erlangC(c, a) * Math.exp(-(c / aht - lambda) * within);
          expect(s.servers).toBeGreaterThan(a);
          expect(level(s.servers)).toBeGreaterThanOrEqual(fraction);
          if (s.servers - 1 > a) expect(level(s.servers - 1)).toBeLessThan(fraction);
          expect(s.probWait).toBeCloseTo(erlangC(s.servers, a), 12);
          expect(s.serviceLevel).toBeCloseTo(level(s.servers), 12);
        }
      }
    }
  });

  it('uses Erlang A with exponential patience: fewer people than Erlang C where callers give up', () => {
    const c = slotStaffing(100, 30, 3, { withinMinutes: 20 / 60, fraction: 0.8 });
    const a = slotStaffing(100, 30, 3, { withinMinutes: 20 / 60, fraction: 0.8 }, 2);
    expect(a.servers).toBeLessThanOrEqual(c.servers);
    expect(a.abandonProb).toBeGreaterThan(0);
  });
});

describe('requirements of an office', () => {
  const office = buildScenario({
    calendar: { days: 1, open: 540, close: 660 },
    customers: [
      { name: 'sale', arrivals: { perHour: [200, 100] }, service: { dist: 'exponential', mean: 3 }, skill: 'front' },
    ],
    tasks: [{ name: 'post', skill: 'post', arrivals: { perHour: [6] }, service: { dist: 'deterministic', value: 20 }, dueMinutes: null }],
    absences: { sickProbabilityPerDay: 0.1, interruptions: null },
    targets: { serviceLevel: { withinMinutes: 20 / 60, fraction: 0.8 } },
  });

  it('has one row per slot and skill: Erlang C at the counter, grossed up by the sickness share', () => {
    const r = requirements(office, 30);
    expect(daySlots(office, 30).map((s) => s.start)).toEqual([540, 570, 600, 630]);
    const front = r.skills.find((k) => k.skill === 'front')!;
    expect(front.model).toBe('Erlang C');
    // 200/h = 100 per 30 minutes of 3 minutes: the 14 of pyworkforce, 100/h: 50 per 30 minutes.
    expect(front.counterErlang[0]).toEqual([14, 14, slotStaffing(50, 30, 3, r.target).servers, slotStaffing(50, 30, 3, r.target).servers]);
    expect(r.shrinkage.total).toBeCloseTo(0.1, 12);
    expect(front.counterFinal[0]![0]).toBe(grossUp(14, 0.1));
  });

  it('gives the back office its work in people: 6 tasks an hour of 20 minutes = 2 people busy', () => {
    const r = requirements(office, 30);
    const post = r.skills.find((k) => k.skill === 'post')!;
    expect(post.model).toBe('workload');
    expect(post.backLoad[0]).toEqual([2, 2, 2, 2]);
    expect(post.backOfficeHoursPerDay).toBeCloseTo(4, 12);
    expect(post.backWindow).toBe(4);
  });

  it('counts interruptions as shrinkage', () => {
    const busy = { ...office, absences: { sickProbabilityPerDay: 0, interruptions: { perDay: 2, minutes: { dist: 'deterministic' as const, value: 12 } } } };
    expect(officeShrinkage(busy).interruptions).toBeCloseTo(24 / 120, 12);
  });

  it('refuses a target no staffing meets, naming the skill and slots', () => {
    const impossible = { ...office, targets: { serviceLevel: { withinMinutes: 1, fraction: 1 } } };
    expect(() => requirements(impossible, 30)).toThrow(UnreachableTargetError);
    expect(() => requirements(impossible, 30)).toThrow(/front at 09:00/);
  });
});
