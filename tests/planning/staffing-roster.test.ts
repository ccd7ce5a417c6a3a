/**
 * Step 3 of the staffing planner, by hand-checkable cases: the cheapest people, the preference for
 * people whose other skills some work needs, proficiency, days off, weekly hours, and hires only
 * where the staff cannot cover (the fewest).
 */
import { describe, expect, it } from 'vitest';
import { rosterPeople } from '../../src/planning/staffing/roster.js';
import { shiftRules } from '../../src/planning/staffing/rules.js';
import type { DesignedShift } from '../../src/planning/staffing/shift-design.js';
import { loadSolver } from '../../src/planning/staffing/solver.js';
import type { Person } from '../../src/sim/scenario.js';
import { buildScenario } from '../sim/build-scenario.js';

const solver = await loadSolver();
const day: DesignedShift = { skill: 'front', day: 0, start: 540, end: 1020, breaks: [{ at: 750, minutes: 30 }], count: 1, wagePerHour: 20 };

function office(staff: Partial<Person>[], days = 5) {
  return buildScenario({
    calendar: { days, open: 540, close: 1020 },
    customers: [{ name: 'sale' }],
    tasks: [{ name: 'fulfilment' }],
    staff,
  });
}

describe('rosterPeople', () => {
  it('takes the cheapest person who holds the skill', () => {
    const s = office([{ name: 'ana', wagePerHour: 22 }, { name: 'ben', wagePerHour: 20 }, { name: 'dan', home: 'fulfilment', skills: { fulfilment: 1 }, wagePerHour: 5 }]);
    const r = rosterPeople(solver, s, [day], shiftRules(undefined, s));
    expect(r.entries).toEqual([{ person: 1, shift: 0 }]);
    expect(r.hires).toEqual([]);
    expect(r.unassigned).toEqual([0, 2]);
    expect(r.costPerDay).toBe(160);
  });

  it('prefers, at the same wage, the person whose other skill some work needs', () => {
    const s = office([
      { name: 'ana', wagePerHour: 20 },
      { name: 'cleo', wagePerHour: 20, skills: { front: 1, fulfilment: 0.6 } },
    ]);
    expect(rosterPeople(solver, s, [day], shiftRules(undefined, s)).entries).toEqual([{ person: 1, shift: 0 }]);
  });

  it('counts people at their proficiency, and hires the fewest where the staff cannot cover', () => {
    const half = { wagePerHour: 10, skills: { front: 0.5 } };
    const one = office([{ name: 'tia', ...half }]);
    const r1 = rosterPeople(solver, one, [{ ...day, count: 1 }], shiftRules(undefined, one));
    expect(r1.hires.map((h) => h.count)).toEqual([1]);
    const two = office([{ name: 'tia', ...half }, { name: 'tom', ...half }]);
    const r2 = rosterPeople(solver, two, [{ ...day, count: 1 }], shiftRules(undefined, two));
    expect(r2.hires).toEqual([]);
    expect(r2.entries).toHaveLength(2);
  });

  it('covers days off: the cheaper ana is off on day 2, so the dearer ben, who covers every day, works the shift', () => {
    const s = office([{ name: 'ana', daysOff: [2] }, { name: 'ben', wagePerHour: 30 }]);
    const r = rosterPeople(solver, s, [day], shiftRules(undefined, s));
    expect(r.entries).toEqual([{ person: 1, shift: 0 }]);
    // Without the day off in the calendar (1 day), ana alone does.
    const short = office([{ name: 'ana', daysOff: [2] }, { name: 'ben', wagePerHour: 30 }], 1);
    expect(rosterPeople(solver, short, [day], shiftRules(undefined, short)).entries).toEqual([{ person: 0, shift: 0 }]);
  });

  it('pays a rostered person only on the days they are not off, as today\'s wages do', () => {
    // ana is off on day 2 and ben on day 4 (of 5): each covers the other's day off, so both work the shift.
    const s = office([{ name: 'ana', daysOff: [2] }, { name: 'ben', wagePerHour: 30, daysOff: [4] }]);
    const r = rosterPeople(solver, s, [day], shiftRules(undefined, s));
    expect(r.entries).toEqual([{ person: 0, shift: 0 }, { person: 1, shift: 0 }]);
    expect(r.hires).toEqual([]);
    // 8 paid hours (the break is paid) on 4 of 5 days each: ana at 20, ben at 30.
    expect(r.costPerDay).toBeCloseTo(20 * 8 * (4 / 5) + 30 * 8 * (4 / 5), 9);
  });

  it('keeps everyone within the weekly hours: 9-hour shifts on 5 days exceed 40 hours, so they are hired', () => {
    const s = office([{ name: 'ana' }]);
    const long = { ...day, start: 480, end: 1020 };
    const r = rosterPeople(solver, s, [long], shiftRules({ maxHoursPerWeek: 40 }, s));
    expect(r.entries).toEqual([]);
    expect(r.hires.map((h) => h.count)).toEqual([1]);
    expect(rosterPeople(solver, s, [long], shiftRules({ maxHoursPerWeek: 45 }, s)).entries).toHaveLength(1);
  });
});
