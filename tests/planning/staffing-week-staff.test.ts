/**
 * The staffing planner and the staff's own week (calendar.firstWeekday on): a weekday the file marks
 * "off" for a person is one the roster never gives them (hired, or refused with --no-hire naming the
 * skill and weekday, when nobody else can work it); today's roster lists each person's shift per open
 * weekday, and today's wages count what each person is rostered: their weekday shift or nothing
 * ("off", closed weekdays), less their days off among that weekday's days, by hand.
 */
import { describe, expect, it } from 'vitest';
import { staffingJson } from '../../src/planning/staffing/output.js';
import { planStaffing, StaffShortError, type RunReplications } from '../../src/planning/staffing/plan.js';
import { rosterPeople } from '../../src/planning/staffing/roster.js';
import { shiftRules } from '../../src/planning/staffing/rules.js';
import type { DesignedShift } from '../../src/planning/staffing/shift-design.js';
import { loadSolver } from '../../src/planning/staffing/solver.js';
import { compileOffice } from '../../src/sim/office/index.js';
import { parseScenario } from '../../src/sim/schema.js';

const run: RunReplications = async (scenario) => {
  const office = compileOffice(scenario);
  return Array.from({ length: scenario.replications }, (_, r) => office.run(r, { slotService: true }));
};

function parse(text: string, name: string) {
  const parsed = parseScenario(text, name);
  if (!parsed.ok) throw new Error(`invalid test scenario ${name}: ${JSON.stringify(parsed.errors)}`);
  return parsed;
}

/** Two weeks from a Monday: Saturday 09:00-12:00, Sunday closed. ana (cheap) never works Saturdays and is off on day 2 (a Tuesday). */
const office = (staff: string) => `
version: 1
name: Staff week fixture
seed: 3
replications: 4
calendar:
  days: 14
  firstWeekday: mon
  open: "09:00"
  close: "13:00"
  weekdays:
    sat: { open: "09:00", close: "12:00" }
    sun: closed
customers:
  - name: sale
    arrivals:
      perHour: [6, 6, 6, 6]
      weekdays:
        sat: { perHour: [6, 6, 6] }
    service: { dist: exponential, mean: 6 }
staff:
${staff}
absences:
  sickProbabilityPerDay: 0
planning:
  shifts:
    slotMinutes: 30
    lengths: [180, 240]
    breaks: []
    maxHoursPerWeek: 40
`;

const ANA = `  - name: ana
    home: front
    wagePerHour: 10
    shift: { start: "09:00", end: "13:00" }
    weekdays: { sat: off }
    daysOff: [2]
`;
const BEN = `  - name: ben
    home: front
    wagePerHour: 30
    shift: { start: "09:00", end: "13:00" }
    weekdays: { sat: { start: "09:00", end: "12:00" } }
`;

describe('the roster and a weekday marked "off"', async () => {
  const solver = await loadSolver();
  // Monday (day 0) 09:00-13:00 and Saturday (day 5) 09:00-12:00, one person each; the planned days are Monday to Saturday.
  const shifts: DesignedShift[] = [
    { skill: 'front', day: 0, start: 540, end: 780, breaks: [], count: 1, wagePerHour: 10 },
    { skill: 'front', day: 5, start: 540, end: 720, breaks: [], count: 1, wagePerHour: 10 },
  ];
  const week = [0, 1, 2, 3, 4, 5];

  it('never gives the person that weekday: the dearer ben works Saturday, the cheaper ana Monday', () => {
    const { scenario } = parse(office(ANA + BEN), 'office.yaml');
    const r = rosterPeople(solver, scenario, shifts, shiftRules(undefined, scenario), week);
    expect(r.hires).toEqual([]);
    expect(r.entries.filter((e) => e.shift === 1)).toEqual([{ person: 1, shift: 1 }]);
    expect(r.entries.filter((e) => e.shift === 0)).toEqual([{ person: 0, shift: 0 }]);
  });

  it('hires for that weekday when nobody else can work it', () => {
    const { scenario } = parse(office(ANA), 'office.yaml');
    const r = rosterPeople(solver, scenario, shifts, shiftRules(undefined, scenario), week);
    expect(r.entries).toEqual([{ person: 0, shift: 0 }]);
    expect(r.hires.map((h) => ({ shift: h.shift, count: h.count }))).toEqual([{ shift: 1, count: 1 }]);
  });

  it('without the mark, the cheaper ana works both days', () => {
    const { scenario } = parse(office(ANA.replace('    weekdays: { sat: off }\n', '')), 'office.yaml');
    const r = rosterPeople(solver, scenario, shifts, shiftRules(undefined, scenario), week);
    expect(r.hires).toEqual([]);
    expect(r.entries).toEqual([
      { person: 0, shift: 0 },
      { person: 0, shift: 1 },
    ]);
  });
});

describe('planStaffing with staff weekdays', async () => {
  it('with --no-hire, names the skill and the weekday nobody can work', async () => {
    const { scenario, file } = parse(office(ANA.replace('    daysOff: [2]\n', '') + BEN.replace(/ {4}weekdays: .*\n/, '    weekdays: { sat: off }\n')), 'office.yaml');
    const plan = planStaffing(scenario, file, { replications: 4, seed: 5, run, hire: false });
    await expect(plan).rejects.toThrow(StaffShortError);
    await expect(plan).rejects.toThrow(/front needs \d+ more (person|people) \(on Saturday\)/);
  });

  const { scenario, file } = parse(office(ANA + BEN), 'office.yaml');
  const plan = await planStaffing(scenario, file, { replications: 4, seed: 5, run });
  const json = staffingJson(plan, { scenario: scenario.name, seed: 5, replications: 4, scenarioFile: 'office.yaml' });

  it('rosters ana on no Saturday', () => {
    expect(json.roster.filter((r) => r.person === 'ana' && r.day === 'sat')).toEqual([]);
    expect(json.roster.some((r) => r.day === 'sat')).toBe(true);
  });

  it("lists today's roster per open weekday: ana Monday to Friday, ben's Saturday shift his own", () => {
    expect(json.todayRoster).toEqual([
      ...['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ person: 'ana', day, skill: 'front', start: '09:00', end: '13:00', daysOff: [2] })),
      ...['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ person: 'ben', day, skill: 'front', start: '09:00', end: '13:00', daysOff: [] })),
      { person: 'ben', day: 'sat', skill: 'front', start: '09:00', end: '12:00', daysOff: [] },
    ]);
  });

  it("counts today's wages as rostered: Saturday off unpaid, day 2 (one of two Tuesdays) half, Sunday closed", () => {
    // ana: 4 h x 10 on Mon, Wed, Thu, Fri, half of it on Tue (off one Tuesday of two), nothing Saturday: 180.
    // ben: 4 h x 30 Monday to Friday, 3 h x 30 Saturday: 690. Over the 6 open weekdays: 145.
    expect(json.today.cost).toBe(145);
  });
});
