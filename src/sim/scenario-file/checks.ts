/**
 * Rules that relate values to each other: a class whose skill nobody holds, a home skill nobody needs,
 * handoffs to unknown tasks, duplicate names, breaks outside shifts, rate profiles of the wrong length...
 *
 * They run on the raw input, each value parsed on its own, so a scenario with a type error in one place
 * still gets every other error reported. A value that does not parse is already reported by the schema;
 * the rules that need it are skipped (rather than guessed at), so one mistake gives one error.
 */
import type { z } from 'zod';
import { formatClock } from './clock.js';
import { memberNames, openingHours, type OpeningHours } from './derive.js';
import { formatPath, isRecord, type Finding, type PathSegment } from './finding.js';
import { calendarSchema, customerSchema, personSchema, policySchema, taskSchema } from './file-schema.js';
import { checkLearning } from './learning-checks.js';
import { LIMITS } from './limits.js';
import { checkShift } from './shift-checks.js';
import { didYouMean, nearMiss } from './suggest.js';
import { checkWeekCalendar, checkWeekRates, checkWeekRoster, type WeekArrivalsView, type WeekStaffView, type WeekInfo } from './week-checks.js';
import { nameProblem, quoteText, RESERVED_NAMES } from './text-safety.js';

export interface CheckResult {
  readonly errors: Finding[];
  /** Runnable but probably not meant: a skill nobody needs (a typo?), a penalty never charged... */
  readonly warnings: Finding[];
}

/** One customer class or task, each value undefined where it is missing or invalid. */
interface WorkView extends WeekArrivalsView {
  readonly kind: 'customer' | 'task';
  readonly path: readonly PathSegment[];
  readonly name: string | undefined;
  readonly skill: string | undefined;
  readonly skillGiven: boolean;
  readonly perHour: number | readonly number[] | undefined;
  readonly perDay: number | undefined;
  /** Handoff target names (customers only). */
  readonly handoffs: readonly (string | undefined)[];
  readonly hasDue: boolean;
  readonly latePenalty: number | undefined;
}

interface StaffView extends WeekStaffView {
  readonly path: readonly PathSegment[];
  readonly name: string | undefined;
  /** Members made by this entry; undefined when the name or count is invalid. */
  readonly members: readonly string[] | undefined;
  readonly home: string | undefined;
  /** null: not given. */
  readonly area: 'front' | 'back' | null | undefined;
  readonly skills: readonly string[] | undefined;
  /** undefined: not given, or invalid. */
  readonly shift: z.output<(typeof personSchema)['shape']['shift']> | undefined;
  readonly daysOff: readonly number[] | undefined;
}

/** Every relation rule; see the module comment. */
export function checkRelations(input: unknown): CheckResult {
  const result: CheckResult = { errors: [], warnings: [] };
  if (!isRecord(input)) return result;
  const calendar = checkCalendar(input.calendar, result.errors);
  const hours = calendar?.hours;
  const week = calendar?.week;
  const customers = listAt(input, 'customers')?.map((raw, i) => workView('customer', raw, ['customers', i]));
  const tasks = listAt(input, 'tasks')?.map((raw, i) => workView('task', raw, ['tasks', i]));
  const staff = listAt(input, 'staff')?.map((raw, i) => staffView(raw, ['staff', i]));
  const policy = isRecord(input.policy) || input.policy === undefined ? (input.policy ?? {}) : undefined;

  if (customers?.length === 0 && tasks?.length === 0) {
    result.errors.push({ path: ['customers'], message: 'nothing to simulate: give at least one customer class or task' });
  }
  const work = customers !== undefined && tasks !== undefined ? [...customers, ...tasks] : undefined;
  checkClassNames([...(customers ?? []), ...(tasks ?? [])], result.errors);
  if (hours !== undefined) checkRates([...(customers ?? []), ...(tasks ?? [])], hours, result.errors);
  if (hours !== undefined && week !== undefined) for (const item of [...(customers ?? []), ...(tasks ?? [])]) checkWeekRates(item, week, hours, result.errors);
  if (customers !== undefined && tasks !== undefined) checkHandoffs(customers, tasks, result.errors);
  // With no work or no staff at all, one error says so; the skill rules would only repeat it.
  if (work !== undefined && work.length > 0 && staff !== undefined && staff.length > 0) checkSkills(work, staff, policy, result);
  if (staff !== undefined) checkMembers(staff, result.errors);
  if (staff !== undefined) checkSkillKeys(staff, result.errors);
  if (staff !== undefined && hours !== undefined) checkRosters(staff, hours, result.errors);
  if (staff !== undefined && hours !== undefined && week !== undefined) for (const person of staff) checkWeekRoster(person, week, hours, result.errors);
  if (policy !== undefined) checkPriority(policy, work, result);
  if (staff !== undefined && work !== undefined) checkPlanning(input.planning, staff, work, result.errors);
  checkLearning(input, result.errors);
  for (const task of tasks ?? []) {
    if (!task.hasDue && task.latePenalty !== undefined && task.latePenalty > 0) {
      result.warnings.push({ path: [...task.path, 'latePenalty'], message: 'latePenalty is never charged: the task has no dueMinutes' });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Views

type Shape = Record<string, z.ZodType>;

/** The key's value parsed by its own schema (defaults applied), or undefined when it does not parse. */
function field<S extends Shape, K extends keyof S & string>(schema: { readonly shape: S }, raw: unknown, key: K): z.output<S[K]> | undefined {
  if (!isRecord(raw)) return undefined;
  const parsed = schema.shape[key]!.safeParse(raw[key]);
  return parsed.success ? (parsed.data as z.output<S[K]>) : undefined;
}

/** The list at `key`: a missing optional list is empty; a missing required one (staff) is unknown. */
function listAt(input: Record<string, unknown>, key: 'customers' | 'tasks' | 'staff'): unknown[] | undefined {
  const value = input[key];
  if (value === undefined) return key === 'staff' ? undefined : [];
  return Array.isArray(value) ? value : undefined;
}

function workView(kind: WorkView['kind'], raw: unknown, path: PathSegment[]): WorkView {
  const name = kind === 'customer' ? field(customerSchema, raw, 'name') : field(taskSchema, raw, 'name');
  const skillGiven = isRecord(raw) && raw.skill !== undefined;
  // A customer's skill defaults to "front" (in the schema); a task's to its name.
  const skill = kind === 'customer' ? field(customerSchema, raw, 'skill') : skillGiven ? field(taskSchema, raw, 'skill') : name;
  const customerArrivals = kind === 'customer' ? field(customerSchema, raw, 'arrivals') : undefined;
  const taskArrivals = kind === 'task' ? field(taskSchema, raw, 'arrivals') : undefined;
  const handoffs: (string | undefined)[] = [];
  if (kind === 'customer' && isRecord(raw) && Array.isArray(raw.handoffs)) {
    for (const h of raw.handoffs) handoffs.push(isRecord(h) && typeof h.task === 'string' ? h.task : undefined);
  }
  const arrivals = customerArrivals ?? taskArrivals;
  return {
    kind,
    path,
    name,
    skill,
    skillGiven,
    weekdays: arrivals?.weekdays,
    weekdaysGiven: isRecord(raw) && isRecord(raw.arrivals) && raw.arrivals.weekdays !== undefined,
    perHour: customerArrivals?.perHour ?? taskArrivals?.perHour,
    perDay: taskArrivals?.perDay,
    handoffs,
    hasDue: isRecord(raw) && raw.dueMinutes !== undefined,
    latePenalty: kind === 'task' ? field(taskSchema, raw, 'latePenalty') : undefined,
  };
}

function staffView(raw: unknown, path: PathSegment[]): StaffView {
  const name = field(personSchema, raw, 'name');
  const countGiven = isRecord(raw) && raw.count !== undefined;
  const count = field(personSchema, raw, 'count');
  // The skills a person holds are known from the keys even when a proficiency is invalid.
  const skills = !isRecord(raw) ? undefined : raw.skills === undefined ? [] : isRecord(raw.skills) ? Object.keys(raw.skills) : undefined;
  const shift = field(personSchema, raw, 'shift');
  return {
    path,
    name,
    members: name === undefined || (countGiven && count === undefined) ? undefined : memberNames(name, count),
    home: field(personSchema, raw, 'home'),
    area: isRecord(raw) && raw.area === undefined ? null : field(personSchema, raw, 'area'),
    skills,
    shift,
    shiftGiven: isRecord(raw) && raw.shift !== undefined,
    weekdays: field(personSchema, raw, 'weekdays'),
    weekdaysGiven: isRecord(raw) && raw.weekdays !== undefined,
    daysOff: field(personSchema, raw, 'daysOff'),
  };
}

// ---------------------------------------------------------------------------------------------
// Rules

/** The base opening hours, and the week (undefined when it cannot be known); undefined when the base is invalid. */
function checkCalendar(raw: unknown, errors: Finding[]): { hours: OpeningHours; week: WeekInfo | undefined } | undefined {
  const calendar = raw === undefined ? {} : raw;
  if (!isRecord(calendar)) return undefined;
  // Each key on its own, so a mistake in the week's keys does not hide the base hours' rules.
  const days = field(calendarSchema, calendar, 'days');
  const open = field(calendarSchema, calendar, 'open');
  const close = field(calendarSchema, calendar, 'close');
  if (days === undefined || open === undefined || close === undefined) return undefined;
  const hours = openingHours({ days, open, close });
  if (hours.close <= hours.open) {
    errors.push({
      path: ['calendar', 'close'],
      message:
        `close must be after open (${open}), got "${close}"; an office open past midnight ` +
        'is not supported, but open "00:00" with close "24:00" never closes',
    });
    return undefined;
  }
  const week = checkWeekCalendar(calendar, hours, field(calendarSchema, calendar, 'warmupMinutes'), errors);
  return { hours, week };
}

function checkClassNames(work: readonly WorkView[], errors: Finding[]): void {
  const seen = new Map<string, WorkView>();
  for (const item of work) {
    if (item.name === undefined) continue;
    const first = seen.get(item.name);
    if (first === undefined) {
      seen.set(item.name, item);
    } else {
      errors.push({
        path: [...item.path, 'name'],
        message: `duplicate name ${quoteText(item.name)} (also ${formatPath(first.path)}); customer classes and tasks need unique names`,
      });
    }
  }
}

function checkRates(work: readonly WorkView[], hours: OpeningHours, errors: Finding[]): void {
  const window = `${formatClock(hours.open)}-${formatClock(hours.close)}`;
  for (const item of work) {
    if (Array.isArray(item.perHour) && item.perHour.length !== hours.hours) {
      errors.push({
        path: [...item.path, 'arrivals', 'perHour'],
        message:
          `perHour must list one rate per opening hour counted from open: ${hours.hours} for ${window}, ` +
          `got ${item.perHour.length} (or give one number for a constant rate)`,
      });
    }
    if (item.perDay !== undefined && (item.perDay * 60) / hours.minutes > LIMITS.perHour) {
      errors.push({
        path: [...item.path, 'arrivals', 'perDay'],
        message: `perDay over ${hours.minutes} opening minutes must be at most ${LIMITS.perHour} per hour, got ${item.perDay}`,
      });
    }
  }
}

function checkHandoffs(customers: readonly WorkView[], tasks: readonly WorkView[], errors: Finding[]): void {
  const taskNames = tasks.map((t) => t.name);
  if (taskNames.includes(undefined)) return;
  const known = new Set(taskNames as string[]);
  for (const customer of customers) {
    const targets = new Set<string>();
    customer.handoffs.forEach((task, j) => {
      if (task === undefined) return;
      const path = [...customer.path, 'handoffs', j, 'task'];
      if (!known.has(task)) {
        const list = known.size === 0 ? 'the scenario has no tasks' : `tasks: ${[...known].join(', ')}`;
        errors.push({ path, message: `unknown task ${quoteText(task)}; ${list}${didYouMean(task, known)}` });
      } else if (targets.has(task)) {
        errors.push({ path, message: `duplicate handoff to task ${quoteText(task)}; give one entry per task` });
      }
      targets.add(task);
    });
  }
}

function checkSkills(work: readonly WorkView[], staff: readonly StaffView[], policy: Record<string, unknown> | undefined, result: CheckResult): void {
  const staffKnown = staff.every((p) => p.home !== undefined && p.skills !== undefined);
  const held = new Set<string>();
  for (const person of staff) {
    if (person.home !== undefined) held.add(person.home);
    for (const skill of person.skills ?? []) held.add(skill);
  }
  // Class and task names back a skill's spelling: a hint points at the side that differs from them.
  const names = new Set(work.flatMap((item) => (item.name === undefined ? [] : [item.name])));
  const heldHint = (skill: string): string => {
    const near = nearMiss(skill, held, names);
    if (near === undefined) return '';
    if (near.wordIsTypo) return `; did you mean "${near.match}"?`;
    const holders = staff.filter((p) => p.home === near.match || p.skills?.includes(near.match)).map((p) => p.name ?? '?');
    return `; ${holders.join(', ')} ${holders.length === 1 ? 'holds' : 'hold'} "${near.match}": a misspelling of "${skill}"?`;
  };
  if (staffKnown) {
    for (const item of work) {
      if (item.skill === undefined || held.has(item.skill)) continue;
      const what = `${item.kind === 'customer' ? 'customer class' : 'task'} ${quoteText(item.name ?? '?')}`;
      const message = item.skillGiven
        ? `no staff member holds skill ${quoteText(item.skill)}, needed by ${what}${heldHint(item.skill)}`
        : `${what} needs skill ${quoteText(item.skill)} (${item.kind === 'customer' ? 'the default' : "its name, the default"} ` +
          `when skill is not given), which no staff member holds${heldHint(item.skill)}`;
      result.errors.push({ path: [...item.path, 'skill'], message });
    }
  }

  if (work.some((item) => item.skill === undefined)) return;
  const atCounter = new Map<string, string[]>();
  const inBack = new Map<string, string[]>();
  for (const item of work) {
    const needs = item.kind === 'customer' ? atCounter : inBack;
    needs.set(item.skill!, [...(needs.get(item.skill!) ?? []), item.name ?? '?']);
  }
  const needed = new Set([...atCounter.keys(), ...inBack.keys()]);
  const neededHint = (skill: string): string => {
    const near = nearMiss(skill, needed, names);
    if (near === undefined) return '';
    if (near.wordIsTypo) return `; did you mean "${near.match}"?`;
    const users = work.filter((item) => item.skill === near.match).map((item) => `"${item.name ?? '?'}"`);
    return `; ${users.join(', ')} ${users.length === 1 ? 'needs' : 'need'} "${near.match}": a misspelling of "${skill}"?`;
  };
  for (const person of staff) {
    if (person.home === undefined) continue;
    const customers = atCounter.get(person.home);
    const tasks = inBack.get(person.home);
    if (customers === undefined && tasks === undefined) {
      result.errors.push({
        path: [...person.path, 'home'],
        message: `no customer class or task needs home skill ${quoteText(person.home)}; skills needed: ${[...needed].join(', ')}${neededHint(person.home)}`,
      });
    } else if (customers !== undefined && tasks !== undefined && person.area === null) {
      result.errors.push({
        path: [...person.path, 'area'],
        message:
          `area is required (front or back): home skill ${quoteText(person.home)} is needed both at the counter ` +
          `(customers: ${customers.join(', ')}) and in the back office (tasks: ${tasks.join(', ')})`,
      });
    }
    for (const skill of person.skills ?? []) {
      if (skill !== person.home && !needed.has(skill)) {
        result.warnings.push({
          path: [...person.path, 'skills', skill],
          at: 'key',
          message: `skill ${quoteText(skill)} is not needed by any customer class or task${neededHint(skill)}`,
        });
      }
    }
  }

  // Tasks wait for someone posted in the back office; counter staff only come to help with helpBackOffice.
  const help = field(policySchema, policy ?? {}, 'helpBackOffice');
  if (help !== false || staff.some((p) => p.home === undefined || p.skills === undefined || p.area === undefined)) return;
  for (const item of work) {
    if (item.kind !== 'task') continue;
    const workers = staff.filter((p) => {
      const area = p.area ?? (atCounter.has(p.home!) ? 'front' : 'back');
      return area === 'back' && (p.home === item.skill || p.skills!.includes(item.skill!));
    });
    if (workers.length === 0 && held.has(item.skill!)) {
      result.warnings.push({
        path: [...item.path, 'skill'],
        message: `only counter staff hold skill ${quoteText(item.skill!)} and policy.helpBackOffice is false: task ${quoteText(item.name ?? "?")} is never worked on`,
      });
    }
  }
}

function checkMembers(staff: readonly StaffView[], errors: Finding[]): void {
  // "#" is not allowed in names, so members of different entries differ exactly when the entries' names do.
  const seen = new Map<string, StaffView>();
  let total = 0;
  for (const person of staff) {
    total += person.members?.length ?? 0;
    if (person.name === undefined) continue;
    const first = seen.get(person.name);
    if (first === undefined) {
      seen.set(person.name, person);
    } else {
      errors.push({
        path: [...person.path, 'name'],
        message: `duplicate staff name ${quoteText(person.name)} (also ${formatPath(first.path)}); people and groups need unique names`,
      });
    }
  }
  if (total > LIMITS.staffMembers) {
    errors.push({ path: ['staff'], message: `staff must have at most ${LIMITS.staffMembers} members after expanding groups, got ${total}` });
  }
}

/**
 * Skill keys that cannot be used: the schema's record drops `__proto__` before it sees it (the key
 * sets the prototype of the object it builds), so the rule is checked here on the raw keys.
 */
function checkSkillKeys(staff: readonly StaffView[], errors: Finding[]): void {
  for (const person of staff) {
    for (const skill of person.skills ?? []) {
      if (RESERVED_NAMES.includes(skill)) {
        errors.push({ path: [...person.path, 'skills', skill], at: 'key', message: `skill ${nameProblem(skill)}` });
      }
    }
  }
}

function checkRosters(staff: readonly StaffView[], hours: OpeningHours, errors: Finding[]): void {
  for (const person of staff) {
    for (const [j, day] of (person.daysOff ?? []).entries()) {
      if (day > hours.days) {
        errors.push({
          path: [...person.path, 'daysOff', j],
          message: `daysOff[${j}] must be a day from 1 to ${hours.days} (calendar.days), got ${day}`,
        });
      }
    }
    if (person.shift !== undefined) checkShift(person.shift, hours, [...person.path, 'shift'], errors);
  }
}

function checkPriority(policy: Record<string, unknown>, work: readonly WorkView[] | undefined, result: CheckResult): void {
  const priority = field(policySchema, policy, 'priority');
  if (priority === undefined || priority.length === 0) return;
  const routing = field(policySchema, policy, 'routing');
  if (routing !== undefined && routing !== 'priority') {
    result.warnings.push({
      path: ['policy', 'priority'],
      message: `priority is used only with routing: priority (routing is ${routing})`,
    });
  }
  if (work === undefined || work.some((w) => w.name === undefined)) return;
  const names = new Set(work.map((w) => w.name!));
  const listed = new Set<string>();
  priority.forEach((name, j) => {
    const path = ['policy', 'priority', j];
    if (!names.has(name)) {
      result.errors.push({ path, message: `unknown class ${quoteText(name)}; classes: ${[...names].join(', ')}${didYouMean(name, names)}` });
    } else if (listed.has(name)) {
      result.errors.push({ path, message: `${quoteText(name)} is listed twice in priority` });
    }
    listed.add(name);
  });
}

/**
 * The training planner's candidates name people (staff entries) and skills of this office: a
 * typo would silently shrink the search (issue 10).
 */
function checkPlanning(raw: unknown, staff: readonly StaffView[], work: readonly WorkView[], errors: Finding[]): void {
  if (!isRecord(raw) || !isRecord(raw.training) || !isRecord(raw.training.candidates)) return;
  const candidates = raw.training.candidates;
  const path: PathSegment[] = ['planning', 'training', 'candidates'];
  const people = new Set(staff.flatMap((p) => (p.name === undefined ? [] : [p.name])));
  const skills = new Set(work.flatMap((w) => (w.skill === undefined ? [] : [w.skill])));
  const checkName = (value: unknown, at: PathSegment[], known: ReadonlySet<string>, what: string): void => {
    if (typeof value !== 'string' || known.has(value)) return;
    errors.push({ path: at, message: `unknown ${what} ${quoteText(value)}: ${what === 'person' ? 'a staff entry of this file' : 'a skill some customer class or task needs'}${didYouMean(value, known)}` });
  };
  if (Array.isArray(candidates.people)) candidates.people.forEach((v, i) => checkName(v, [...path, 'people', i], people, 'person'));
  if (Array.isArray(candidates.skills)) candidates.skills.forEach((v, i) => checkName(v, [...path, 'skills', i], skills, 'skill'));
  if (Array.isArray(candidates.pairs)) {
    candidates.pairs.forEach((pair, i) => {
      if (!isRecord(pair)) return;
      checkName(pair.person, [...path, 'pairs', i, 'person'], people, 'person');
      checkName(pair.skill, [...path, 'pairs', i, 'skill'], skills, 'skill');
    });
  }
}
