/**
 * The cross-training question as the planner takes it (issue 10): which (person, skill) trainings
 * may be proposed, the budget, the objective in its natural direction and the constraints. It is
 * read from the scenario's optional `planning.training` section, with the command line's (or the
 * web app's) choices on top, and checked against the office: an unknown person or skill, an
 * objective that is not a metric of this office, or an empty candidate set is refused with a
 * message that names where the choice came from.
 */
import { findMetric, metricKeys } from '../../sim/metric-catalogue.js';
import { measuredDays } from '../../sim/measured-days.js';
import type { Scenario } from '../../sim/scenario.js';
import type { ScenarioFileInput } from '../../sim/schema.js';

/** The proficiency a newly trained skill starts at, as the web app's "+" gives it. */
export const DEFAULT_TRAINED_PROFICIENCY = 0.7;

/** The `planning.training` section of a scenario file (as read, or with the schema's defaults). */
export type TrainingSection = NonNullable<NonNullable<ScenarioFileInput['planning']>['training']>;

/**
 * One training the planner may propose: a staff entry of the file learns a skill. A group (count: n)
 * trains as a whole: every member learns it, and it counts and costs as n trainings.
 */
export interface TrainingCandidate {
  /** The staff entry's name in the file (a group's name for a group). */
  readonly person: string;
  readonly skill: string;
  /** The members it trains (`team1#1`, ... for a group; the person alone otherwise). */
  readonly members: readonly string[];
  /** One-off cost per member trained. */
  readonly costEach: number;
  /** Proficiency after training, in (0, 1]. */
  readonly proficiency: number;
}

/** A condition a recommended plan must meet on the mean of a metric (totals per day, as tables show). */
export interface TrainingConstraint {
  readonly metric: string;
  readonly atLeast?: number;
  readonly atMost?: number;
}

export interface TrainingProblem {
  readonly scenario: Scenario;
  readonly candidates: readonly TrainingCandidate[];
  /** Most new (member, skill) pairs; null: no limit by count. */
  readonly maxTrainings: number | null;
  /** Most one-off cost in total; null: no limit by cost. */
  readonly maxCost: number | null;
  readonly objective: string;
  readonly direction: 'higher' | 'lower';
  readonly constraints: readonly TrainingConstraint[];
  /**
   * The indifference zone of the final ranking-and-selection, in the objective's whole-run units
   * (as `run --json` reports it); null: chosen from the results (see selection.ts).
   */
  readonly indifferenceZone: number | null;
}

/** What the command line or the web app chose, over the file's section. */
export interface TrainingOverrides {
  readonly maxTrainings?: number | undefined;
  readonly maxCost?: number | undefined;
  readonly objective?: string | undefined;
  /** Exactly these (staff entry, skill) pairs (costs and proficiencies from the file's pairs where given). */
  readonly candidates?: readonly { readonly person: string; readonly skill: string }[] | undefined;
  /** Proficiency after training of every candidate without its own (default: the file's, else 0.7). */
  readonly proficiency?: number | undefined;
  readonly indifferenceZone?: number | undefined;
}

/** A choice the planner refuses: where it came from (the file's section, or an option) and why. */
export interface ProblemError {
  readonly source: 'file' | 'option';
  /** The path in the file (`planning.training.objective`) or the option (`--objective`). */
  readonly at: string;
  readonly message: string;
}

export type ResolvedProblem = { readonly ok: true; readonly problem: TrainingProblem } | { readonly ok: false; readonly errors: readonly ProblemError[] };

/** Skills some customer class or task needs, in file order. */
export function neededSkills(scenario: Scenario): string[] {
  return [...new Set([...scenario.customers.map((c) => c.skill), ...scenario.tasks.map((t) => t.skill)])];
}

/** The staff entries of the file, in file order, with their members. */
export function staffEntries(scenario: Scenario): { name: string; members: string[]; skills: ReadonlySet<string> }[] {
  const entries = new Map<string, { name: string; members: string[]; skills: ReadonlySet<string> }>();
  for (const p of scenario.staff) {
    const entry = entries.get(p.group);
    if (entry === undefined) entries.set(p.group, { name: p.group, members: [p.name], skills: new Set(Object.keys(p.skills)) });
    else entry.members.push(p.name);
  }
  return [...entries.values()];
}

/** Checks a metric key against this office's catalogue: null when fine, else why not. */
function metricProblem(scenario: Scenario, key: string, needDirection: boolean): string | null {
  const spec = findMetric(key);
  if (spec === null || !metricKeys(scenario).includes(key)) {
    return `${JSON.stringify(key)} is not a metric of this office (see the keys of run --json: profit, front.waitMean, front.serviceLevel, coverage.gapMinutes, ...)`;
  }
  if (needDirection && spec.better === null) return `${key} (${spec.label}) has no better direction: choose a metric to raise or lower`;
  return null;
}

/**
 * The planner's question for this office: the file's `planning.training` section (absent: every
 * default) with `overrides` on top, checked. Candidates keep file order (people, then skills in
 * the order work needs them), which is the order ties are broken in.
 */
export function resolveTrainingProblem(scenario: Scenario, section: TrainingSection | undefined, overrides: TrainingOverrides = {}): ResolvedProblem {
  const errors: ProblemError[] = [];
  const fileAt = (path: string): string => `planning.training.${path}`;
  const people = staffEntries(scenario);
  const byName = new Map(people.map((p) => [p.name, p]));
  const skills = neededSkills(scenario);
  const skillSet = new Set(skills);

  // The objective and the constraints.
  const objectiveFromOption = overrides.objective !== undefined;
  const objective = overrides.objective ?? section?.objective ?? 'profit';
  const objectiveProblem = metricProblem(scenario, objective, true);
  if (objectiveProblem !== null) errors.push({ source: objectiveFromOption ? 'option' : 'file', at: objectiveFromOption ? '--objective' : fileAt('objective'), message: objectiveProblem });
  const constraints: TrainingConstraint[] = [];
  (section?.constraints ?? []).forEach((c, i) => {
    const problem = metricProblem(scenario, c.metric, false);
    if (problem !== null) errors.push({ source: 'file', at: fileAt(`constraints[${i}].metric`), message: problem });
    else constraints.push({ metric: c.metric, ...(c.atLeast !== undefined ? { atLeast: c.atLeast } : {}), ...(c.atMost !== undefined ? { atMost: c.atMost } : {}) });
  });

  // Budgets.
  const maxTrainings = overrides.maxTrainings ?? section?.maxTrainings ?? null;
  const maxCost = overrides.maxCost ?? section?.maxCost ?? null;
  if (maxTrainings !== null && !(Number.isInteger(maxTrainings) && maxTrainings >= 0)) {
    errors.push({ source: overrides.maxTrainings !== undefined ? 'option' : 'file', at: overrides.maxTrainings !== undefined ? '--max-trainings' : fileAt('maxTrainings'), message: `invalid budget ${maxTrainings}: a whole number of trainings, 0 or more` });
  }
  if (maxCost !== null && !(Number.isFinite(maxCost) && maxCost >= 0)) {
    errors.push({ source: overrides.maxCost !== undefined ? 'option' : 'file', at: overrides.maxCost !== undefined ? '--max-cost' : fileAt('maxCost'), message: `invalid budget ${maxCost}: an amount, 0 or more` });
  }

  // Candidates.
  const restrict = section?.candidates;
  const pairSettings = new Map<string, { cost?: number | undefined; proficiency?: number | undefined }>();
  for (const p of restrict?.pairs ?? []) pairSettings.set(`${p.person}\u0000${p.skill}`, p);
  const check = (person: string, skill: string, source: 'file' | 'option', at: string): boolean => {
    const entry = byName.get(person);
    if (entry === undefined) {
      const member = scenario.staff.find((p) => p.name === person);
      const hint = member !== undefined ? ` (a member of group ${JSON.stringify(member.group)}: a group trains as a whole, name the group)` : `; the people are ${people.map((p) => p.name).join(', ')}`;
      errors.push({ source, at, message: `unknown person ${JSON.stringify(person)}${hint}` });
      return false;
    }
    if (!skillSet.has(skill)) {
      errors.push({ source, at, message: `unknown skill ${JSON.stringify(skill)}: the skills some work needs are ${skills.join(', ')}` });
      return false;
    }
    return true;
  };
  let pairs: { person: string; skill: string }[];
  if (overrides.candidates !== undefined) {
    pairs = [];
    for (const c of overrides.candidates) if (check(c.person, c.skill, 'option', '--candidates')) pairs.push(c);
  } else if (restrict?.pairs !== undefined) {
    pairs = [];
    restrict.pairs.forEach((c, i) => {
      if (check(c.person, c.skill, 'file', fileAt(`candidates.pairs[${i}]`))) pairs.push(c);
    });
  } else {
    pairs = people.flatMap((p) => skills.map((skill) => ({ person: p.name, skill })));
  }
  restrict?.people?.forEach((name, i) => {
    if (!byName.has(name)) errors.push({ source: 'file', at: fileAt(`candidates.people[${i}]`), message: `unknown person ${JSON.stringify(name)}` });
  });
  restrict?.skills?.forEach((name, i) => {
    if (!skillSet.has(name)) errors.push({ source: 'file', at: fileAt(`candidates.skills[${i}]`), message: `unknown skill ${JSON.stringify(name)}` });
  });
  const onlyPeople = restrict?.people !== undefined ? new Set(restrict.people) : null;
  const onlySkills = restrict?.skills !== undefined ? new Set(restrict.skills) : null;
  const seen = new Set<string>();
  const candidates: TrainingCandidate[] = [];
  for (const { person, skill } of pairs) {
    const key = `${person}\u0000${skill}`;
    const entry = byName.get(person)!;
    // Already held (the home skill included): nothing to train.
    if (seen.has(key) || entry.skills.has(skill)) continue;
    if (onlyPeople !== null && !onlyPeople.has(person)) continue;
    if (onlySkills !== null && !onlySkills.has(skill)) continue;
    seen.add(key);
    const settings = pairSettings.get(key);
    candidates.push({
      person,
      skill,
      members: entry.members,
      costEach: settings?.cost ?? scenario.costs.trainingPerSkill,
      proficiency: settings?.proficiency ?? overrides.proficiency ?? restrict?.proficiency ?? DEFAULT_TRAINED_PROFICIENCY,
    });
  }
  if (errors.length === 0 && candidates.length === 0) {
    const fromOption = overrides.candidates !== undefined;
    errors.push({
      source: fromOption ? 'option' : 'file',
      at: fromOption ? '--candidates' : fileAt('candidates'),
      message: 'no training to consider: every candidate (person, skill) pair is already held or excluded by the restrictions',
    });
  }

  const zone = overrides.indifferenceZone ?? section?.indifferenceZone;
  if (errors.length > 0) return { ok: false, errors };
  const spec = findMetric(objective)!;
  // Totals are given per day (as tables show them); the search works on whole-run values.
  const perRun = (v: number): number => (spec.perDay ? v * measuredDays(scenario.calendar) : v);
  const constraintsPerRun = constraints.map((c) => {
    const cs = findMetric(c.metric)!;
    const scale = cs.perDay ? measuredDays(scenario.calendar) : 1;
    return { metric: c.metric, ...(c.atLeast !== undefined ? { atLeast: c.atLeast * scale } : {}), ...(c.atMost !== undefined ? { atMost: c.atMost * scale } : {}) };
  });
  return {
    ok: true,
    problem: {
      scenario,
      candidates,
      maxTrainings,
      maxCost,
      objective,
      direction: spec.better!,
      constraints: constraintsPerRun,
      indifferenceZone: zone === undefined ? null : perRun(zone),
    },
  };
}

/** The members a candidate trains times its cost each: what it costs once. */
export function candidateCost(c: TrainingCandidate): number {
  return c.costEach * c.members.length;
}
