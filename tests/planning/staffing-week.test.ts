/**
 * The staffing planner with the week on (calendar.firstWeekday): requirements per open weekday from
 * that weekday's hours and arrivals (Saturday short, Sunday closed, a Monday peak), the engine's
 * per-bucket service counts split by weekday, shifts and roster over the week within
 * maxHoursPerWeek, the designed office with staff weekdays, valid and meeting the target per
 * weekday when simulated again; and without the week, the plan's output pinned to what it was
 * before the week existed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officeYaml, staffingJson } from '../../src/planning/staffing/output.js';
import { planStaffing, slotLevels, type RunReplications } from '../../src/planning/staffing/plan.js';
import { grossUp, officeShrinkage, requirements, slotStaffing } from '../../src/planning/staffing/requirements.js';
import { compileOffice } from '../../src/sim/office/index.js';
import { WEEKDAYS } from '../../src/sim/scenario.js';
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

/** Saturday 09:00-12:00, Sunday closed, Monday 1.5 times the base; one counter class (Erlang C), one task. */
const WEEKLY = `
version: 1
name: Week fixture
seed: 3
replications: 8
calendar:
  days: 28
  firstWeekday: mon
  open: "09:00"
  close: "13:00"
  weekdays:
    sat: { open: "09:00", close: "12:00" }
    sun: closed
customers:
  - name: sale
    arrivals:
      perHour: [20, 30, 30, 20]
      weekdays:
        mon: { factor: 1.5 }
        sat: { perHour: [25, 35, 25] }
    service: { dist: exponential, mean: 6 }
tasks:
  - name: order
    service: { dist: exponential, mean: 12 }
    arrivals:
      perDay: 8
      weekdays: { sat: { perDay: 3 } }
    dueMinutes: 240
staff:
  - { name: ana, home: front, wagePerHour: 20 }
  - { name: ben, home: front, wagePerHour: 21 }
  - { name: cleo, home: front, wagePerHour: 22, skills: { order: 0.8 } }
  - { name: dan, home: order, wagePerHour: 18 }
  - { name: eli, home: front, wagePerHour: 19 }
absences:
  sickProbabilityPerDay: 0
planning:
  shifts:
    slotMinutes: 30
    lengths: [120, 180, 240]
    breaks: []
    maxHoursPerWeek: 16
`;

describe('requirements per weekday', () => {
  const { scenario } = parse(WEEKLY, 'week.yaml');
  const req = requirements(scenario, 30);
  const front = req.skills.find((k) => k.skill === 'front')!;
  const order = req.skills.find((k) => k.skill === 'order')!;
  const day = (key: string) => req.days.indexOf(key);
  const slot = (clock: string) => req.slots.findIndex((s) => s.start === Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3)));
  const target = scenario.targets.serviceLevel;

  it('plans each open weekday; Sunday is closed and needs nobody', () => {
    expect(req.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(req.days).not.toContain('sun');
  });

  it('Saturday needs people only in its hours, by Erlang C on its own profile', () => {
    const sat = day('sat');
    const perHour = [25, 35, 25];
    req.slots.forEach((s, k) => {
      const hour = Math.floor((s.start - 540) / 60);
      const expected = s.start < 720 ? slotStaffing((perHour[hour]! / 60) * 30, 30, 6, target).servers : 0;
      expect(front.counterErlang[sat]![k]).toBe(expected);
      if (s.start >= 720) expect(front.final[sat]![k]).toBe(0);
    });
    expect(front.counterErlang[sat]![slot('11:30')]).toBeGreaterThan(0);
    expect(front.counterErlang[sat]![slot('12:00')]).toBe(0);
  });

  it('Monday needs more than Tuesday, by the Erlang numbers of 1.5 times the rate', () => {
    const mon = day('mon');
    const tue = day('tue');
    const base = [20, 30, 30, 20];
    req.slots.forEach((s, k) => {
      const rate = base[Math.floor((s.start - 540) / 60)]! / 60;
      expect(front.counterErlang[mon]![k]).toBe(slotStaffing(rate * 1.5 * 30, 30, 6, target).servers);
      expect(front.counterErlang[tue]![k]).toBe(slotStaffing(rate * 30, 30, 6, target).servers);
      expect(front.counterErlang[mon]![k]).toBeGreaterThanOrEqual(front.counterErlang[tue]![k]!);
      expect(front.counterFinal[mon]![k]).toBe(grossUp(front.counterErlang[mon]![k]!, officeShrinkage(scenario).total));
    });
    const sum = (d: number) => front.counterErlang[d]!.reduce((a, b) => a + b, 0);
    expect(sum(mon)).toBeGreaterThan(sum(tue));
  });

  it('back-office work per weekday: perDay over that weekday\'s opening minutes', () => {
    const hours = (d: number) => order.backLoad[d]!.reduce((a, l) => a + (l * 30) / 60, 0);
    expect(hours(day('tue'))).toBeCloseTo((8 * 12) / 60, 9);
    expect(hours(day('sat'))).toBeCloseTo((3 * 12) / 60, 9);
    expect(order.backLoad[day('sat')]![slot('12:00')]).toBe(0);
  });
});

describe('the per-bucket service counts, split by weekday', () => {
  const { scenario } = parse(WEEKLY, 'week.yaml');
  const result = compileOffice(scenario).run(0, { slotService: true });
  const ss = result.slotService!;

  it('sum to the totals, none on Sunday, none on Saturday after its close', () => {
    const byDay = ss.weekdays!;
    ss.bucketStarts.forEach((start, b) => {
      const total = WEEKDAYS.reduce((sum, w) => sum + byDay[w].arrivals['sale']![b]!, 0);
      expect(total).toBe(ss.arrivals['sale']![b]);
      expect(WEEKDAYS.reduce((sum, w) => sum + byDay[w].withinTarget['sale']![b]!, 0)).toBe(ss.withinTarget['sale']![b]);
      expect(byDay.sun.arrivals['sale']![b]).toBe(0);
      if (start >= 720) expect(byDay.sat.arrivals['sale']![b]).toBe(0);
    });
    expect(byDay.mon.arrivals['sale']!.reduce((a, b) => a + b, 0)).toBeGreaterThan(byDay.tue.arrivals['sale']!.reduce((a, b) => a + b, 0));
  });

  it('are absent without the week', () => {
    const plain = parse(WEEKLY.replace('  firstWeekday: mon\n', '').replace(/ {2}weekdays:\n {4}sat: \{ open.*\n {4}sun: closed\n/, '').replace(/ {6}weekdays:\n {8}mon.*\n {8}sat.*\n/, '').replace(/ {6}weekdays: \{ sat: \{ perDay: 3 \} \}\n/, ''), 'plain.yaml');
    expect(plain.scenario.calendar.firstWeekday).toBeUndefined();
    expect(compileOffice(plain.scenario).run(0, { slotService: true }).slotService!.weekdays).toBeUndefined();
  });
});

describe('planStaffing over the week', async () => {
  const { scenario, file } = parse(WEEKLY, 'week.yaml');
  const plan = await planStaffing(scenario, file, { replications: 12, seed: 21, run });
  const json = staffingJson(plan, { scenario: scenario.name, seed: 21, replications: 12, scenarioFile: 'office.yaml' });
  const target = scenario.targets.serviceLevel.fraction;
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

  it('writes requirements, shifts and roster per weekday, none on Sunday, Saturday only in its hours', () => {
    expect([...new Set(json.requirements.map((r) => r.day))]).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(json.requirements.filter((r) => r.day === 'sat').every((r) => minutes(r.start) < 720)).toBe(true);
    expect(json.shifts.some((k) => k.day === 'sun')).toBe(false);
    expect(json.roster.some((r) => r.day === 'sun')).toBe(false);
    for (const k of json.shifts) expect(WEEKDAYS as readonly string[]).toContain(k.day);
    // The week's cost: the sum over its six open days, perDay their mean.
    expect(json.cost.perWeek).toBeCloseTo(json.cost.perDay * 6, 1);
  });

  it('keeps every person within maxHoursPerWeek over the week, one shift a day, one skill', () => {
    const hours = new Map<string, number>();
    const days = new Map<string, Set<string>>();
    const skills = new Map<string, Set<string>>();
    for (const r of json.roster) {
      const id = r.person.replace(/#\d+$/, '');
      hours.set(r.person, (hours.get(r.person) ?? 0) + (minutes(r.end) - minutes(r.start)) / 60);
      const seen = days.get(r.person) ?? new Set();
      expect(seen.has(r.day)).toBe(false);
      seen.add(r.day);
      days.set(r.person, seen);
      skills.set(id, (skills.get(id) ?? new Set()).add(r.skill));
    }
    for (const [, h] of hours) expect(h).toBeLessThanOrEqual(16 + 1e-9);
    for (const [, s] of skills) expect(s.size).toBe(1);
    // The limit binds: the week needs more hours than five people can give at 16 each, so it hires.
    expect(json.hires.reduce((s, h) => s + h.count, 0)).toBeGreaterThan(0);
  });

  it('writes a valid designed office whose staff carry a shift or "off" per open weekday', () => {
    const designed = parse(officeYaml(plan, 'week.yaml'), 'office.yaml');
    for (const p of designed.file.staff) {
      expect(Object.keys(p.weekdays ?? {}).sort()).toEqual(['fri', 'mon', 'sat', 'thu', 'tue', 'wed']);
    }
    // Each weekday's designed shifts are worked in the designed office that weekday.
    for (const [w, key] of WEEKDAYS.entries()) {
      if (key === 'sun') continue;
      const needed = json.shifts.filter((k) => k.day === key).reduce((s, k) => s + k.count, 0);
      const working = designed.scenario.staff.filter((p) => p.weekdays![w] !== 'off').length;
      expect(working).toBeGreaterThanOrEqual(needed);
    }
    expect(designed.scenario.staff.every((p) => p.weekdays![6] === 'off')).toBe(true);
  });

  it('meets the target in every weekday slot when simulated again on another seed with more replications', async () => {
    const again = { ...plan.answer.scenario, seed: 777, replications: 30 };
    const levels = slotLevels(again, await run(again, 'again'), plan.requirements);
    expect(new Set(levels.map((l) => l.day)).size).toBe(6);
    const below = levels.filter((l) => l.ci95 !== null && l.ci95[1] < target);
    expect(below).toEqual([]);
    // Saturday afternoon (closed) has no arrivals, so no level.
    const sat = plan.requirements.days.indexOf('sat');
    const afternoon = plan.requirements.slots.findIndex((s) => s.start === 720);
    expect(levels.find((l) => l.day === sat && l.slot === afternoon)?.mean).toBeNull();
  });
});

describe('without the week', () => {
  it('plans exactly as before the week existed (staffing.json and office.yaml pinned)', async () => {
    // Digests taken on the commit before the planner read the week (f398d87), same seed and replications.
    const path = 'tests/cli/fixtures/plan-small.yaml';
    const { scenario, file } = parse(readFileSync(path, 'utf8'), path);
    const plan = await planStaffing(scenario, file, { replications: 10, seed: 7, run });
    const json = JSON.stringify(staffingJson(plan, { scenario: scenario.name, seed: 7, replications: 10, scenarioFile: 'office.yaml' }));
    const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
    expect(digest(json)).toBe('414e3483bccd21ae');
    expect(digest(officeYaml(plan, path))).toBe('21164826d80cd391');
    expect(plan.requirements.days).toEqual(['all']);
    expect(json).toContain('"perWeek"');
  });
});
