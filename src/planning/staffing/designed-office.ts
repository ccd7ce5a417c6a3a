/**
 * The designed office as a scenario file: the original file with its staff list replaced by the
 * roster (each rostered person on their shift, with the skill of that shift as home skill) and the
 * hires, everything else (work, policy, absences, costs, targets, planning) unchanged. It is a valid
 * scenario, ready for `run`, `compare`, the trainer and the training planner. With the week on, each
 * person's `weekdays` lists their shift on every open weekday, or "off".
 */
import type { PersonFile, ScenarioFile } from '../../sim/scenario-file/file-schema.js';
import type { Scenario } from '../../sim/scenario.js';
import { clock } from './requirements.js';
import type { Roster } from './roster.js';
import type { DesignedShift } from './shift-design.js';

/** The file's name for a staff member: group members `ana#2` become `ana-2` (`#` is reserved for groups). */
function fileName(member: string, taken: Set<string>): string {
  const base = member.replace(/#/g, '-');
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
  taken.add(name);
  return name;
}

function shiftFile(k: DesignedShift): NonNullable<PersonFile['shift']> {
  return { start: clock(k.start), end: clock(k.end), breaks: k.breaks.map((b) => ({ at: clock(b.at), minutes: b.minutes })) };
}

/**
 * The staff list of the designed office. `area` of a person whose new home skill both customers and
 * tasks need: where their shift's work is (the design covers the two parts apart).
 */
export function designedStaff(
  scenario: Scenario,
  shifts: readonly DesignedShift[],
  roster: Roster,
  /** The planned days' keys (`Requirements.days`): `all`, or the open weekdays with the week on. */
  days: readonly string[] = ['all'],
): PersonFile[] {
  const counterSkills = new Set(scenario.customers.map((c) => c.skill));
  const taskSkills = new Set(scenario.tasks.map((t) => t.skill));
  const areaFor = (skill: string, original?: { home: string; area: 'front' | 'back' }): 'front' | 'back' | undefined => {
    if (!(counterSkills.has(skill) && taskSkills.has(skill))) return undefined;
    return original !== undefined && original.home === skill ? original.area : 'back';
  };
  // With the week on: a shift on each worked weekday, "off" on the other open weekdays (closed
  // weekdays are left out: the office is closed, nobody is rostered there anyway).
  const weekly = days[0] !== 'all';
  const week = (worked: readonly DesignedShift[]): Pick<PersonFile, 'weekdays'> => {
    if (!weekly) return {};
    const byDay = new Map(worked.map((k) => [days[k.day]!, k]));
    return { weekdays: Object.fromEntries(days.map((day) => [day, byDay.has(day) ? shiftFile(byDay.get(day)!) : 'off'])) as PersonFile['weekdays'] };
  };
  const byPerson = new Map<number, DesignedShift[]>();
  for (const e of roster.entries) byPerson.set(e.person, [...(byPerson.get(e.person) ?? []), shifts[e.shift]!]);
  const taken = new Set<string>();
  const people: PersonFile[] = [...byPerson].map(([person, worked]) => {
    const p = scenario.staff[person]!;
    const k = worked[0]!;
    const area = k.area ?? areaFor(k.skill, p);
    const sick = p.sickProbabilityPerDay !== scenario.absences.sickProbabilityPerDay;
    return {
      name: fileName(p.name, taken),
      home: k.skill,
      ...(area === undefined ? {} : { area }),
      // The home skill at 1.0 is implied (as in the file format): listed only at another proficiency.
      skills: Object.fromEntries(Object.entries(p.skills).filter(([skill, level]) => !(skill === k.skill && level === 1))),
      wagePerHour: p.wagePerHour,
      shift: shiftFile(k),
      ...week(worked),
      daysOff: [...p.daysOff],
      ...(sick ? { sickProbabilityPerDay: p.sickProbabilityPerDay } : {}),
    };
  });
  for (const h of roster.hireGroups) {
    const worked = h.shifts.map((j) => shifts[j]!);
    const k = worked[0]!;
    const area = k.area ?? areaFor(k.skill);
    people.push({
      name: fileName(`hire-${k.skill}-${clock(k.start).replace(':', '')}`, taken),
      count: h.count,
      home: k.skill,
      ...(area === undefined ? {} : { area }),
      skills: {},
      wagePerHour: h.wagePerHour,
      shift: shiftFile(k),
      ...week(worked),
      daysOff: [],
    });
  }
  return people;
}

/** The original file with the designed staff list. */
export function designedOfficeFile(file: ScenarioFile, staff: readonly PersonFile[]): ScenarioFile {
  return { ...file, name: `${file.name ?? 'office'} (designed)`, staff: [...staff] };
}
