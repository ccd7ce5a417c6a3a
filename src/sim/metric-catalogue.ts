/**
 * The metric catalogue: every metric key a replication reports (scenario-format.md, "CLI output
 * contract"), said once. For each key: a label, its unit, its family (the part of the office it
 * describes), its kind, the range it can take, which direction is better and whether it is a
 * whole-run total that reads naturally per day. The result builder's key order, the labels and
 * units of the CLI tables, the HTML report, the web app and the trainer's summary all read it.
 *
 * Imports from the engine only the order of skills (the office plan numbers them); every reader of
 * metrics imports it.
 */
import type { Scenario } from './scenario.js';
import { skillNames } from './office/plan.js';

export { skillNames };

/**
 * `money`: the scenario's currency; `minutes`: durations; `fraction`: a share in [0, 1], printed as
 * a percentage; `count`: whole items; `number`: any other quantity (the time-average number of
 * people waiting).
 */
export type MetricUnit = 'money' | 'minutes' | 'fraction' | 'count' | 'number';

/**
 * What sort of figure a metric is:
 * - `count`: items counted over the run (arrivals, served) or left at its end (backlog);
 * - `total`: money summed over the run;
 * - `time`: minutes summed over the run (coverage gaps, cover, overtime);
 * - `rate`: a ratio of two counts or of two times (abandonment, utilization, service level);
 * - `mean`: an average per item or over time (mean wait, 90th percentile wait, mean queue length).
 */
export type MetricKind = 'count' | 'total' | 'time' | 'rate' | 'mean';

/** The part of the office a metric describes, in display order. */
export const METRIC_FAMILIES = ['front', 'back', 'money', 'staffTime', 'customer', 'task', 'skill', 'staff', 'learning'] as const;
export type MetricFamily = (typeof METRIC_FAMILIES)[number];

/** Heading of each family in tables and reports. */
export const FAMILY_TITLES: Readonly<Record<MetricFamily, string>> = {
  front: 'Counter (front office)',
  back: 'Back office',
  money: 'Money',
  staffTime: 'Staff time and coverage',
  customer: 'Per customer class',
  task: 'Per back-office task',
  skill: 'Per skill',
  staff: 'Per person',
  learning: 'Learning (per person and skill)',
};

export interface MetricSpec {
  readonly key: string;
  /** Short human label: "Mean wait at the counter". */
  readonly label: string;
  readonly unit: MetricUnit;
  readonly family: MetricFamily;
  readonly kind: MetricKind;
  /** The smallest and largest value the metric can take (a count is never negative, a rate lies in [0, 1]). */
  readonly range: readonly [min: number, max: number];
  /** Which direction is an improvement; null when neither (arrivals, utilization). */
  readonly better: 'higher' | 'lower' | null;
  /**
   * A whole-run total (counts, money, minutes summed over the replication's days) that reads
   * naturally per day: shown per day or per week it is divided by the days measured. Rates, means
   * and what is left at the end of the run (backlog) are not.
   */
  readonly perDay: boolean;
}

type Entry = readonly [label: string, unit: MetricUnit, kind: MetricKind, better: MetricSpec['better'], perDay: boolean];

const NEVER_NEGATIVE = [0, Infinity] as const;
const SHARE = [0, 1] as const;
const ANY = [-Infinity, Infinity] as const;

function rangeOf(kind: MetricKind, key: string): MetricSpec['range'] {
  if (kind === 'rate' || key.endsWith('.proficiencyEnd')) return SHARE;
  return key === 'profit' ? ANY : NEVER_NEGATIVE;
}

/** The fixed keys, in output order, by family. */
const FIXED: readonly (readonly [family: MetricFamily, entries: Readonly<Record<string, Entry>>])[] = [
  [
    'front',
    {
      'front.arrivals': ['Counter arrivals', 'count', 'count', null, true],
      'front.served': ['Customers served', 'count', 'count', 'higher', true],
      'front.abandoned': ['Customers who gave up', 'count', 'count', 'lower', true],
      'front.balked': ['Customers who did not queue', 'count', 'count', 'lower', true],
      'front.turnedAway': ['Customers turned away at close', 'count', 'count', 'lower', true],
      'front.queueEnd': ['Left waiting at the end', 'count', 'count', 'lower', false],
      'front.inServiceEnd': ['In service at the end', 'count', 'count', null, false],
      'front.abandonRate': ['Abandonment', 'fraction', 'rate', 'lower', false],
      'front.lostRate': ['Customers lost', 'fraction', 'rate', 'lower', false],
      'front.probWait': ['Share of customers who waited', 'fraction', 'rate', 'lower', false],
      'front.waitMean': ['Mean wait at the counter', 'minutes', 'mean', 'lower', false],
      'front.waitP90': ['90th percentile wait', 'minutes', 'mean', 'lower', false],
      'front.serviceLevel': ['Service level', 'fraction', 'rate', 'higher', false],
      'front.queueMean': ['Mean queue length', 'number', 'mean', 'lower', false],
      'front.unstaffedMinutes': ['Counter unstaffed', 'minutes', 'time', 'lower', true],
    },
  ],
  [
    'back',
    {
      'back.arrivals': ['Back-office tasks arrived', 'count', 'count', null, true],
      'back.completed': ['Back-office tasks completed', 'count', 'count', 'higher', true],
      'back.waitMean': ['Mean task wait before work starts', 'minutes', 'mean', 'lower', false],
      'back.timeInSystemMean': ['Mean task time in system', 'minutes', 'mean', 'lower', false],
      'back.backlogEnd': ['Backlog at the end', 'count', 'count', 'lower', false],
      'back.late': ['Tasks completed late (count)', 'count', 'count', 'lower', true],
      'back.lateRate': ['Tasks completed late', 'fraction', 'rate', 'lower', false],
    },
  ],
  [
    'money',
    {
      revenue: ['Revenue', 'money', 'total', 'higher', true],
      revenueLost: ['Lost revenue', 'money', 'total', 'lower', true],
      'cost.wages': ['Wages (incl. overtime)', 'money', 'total', 'lower', true],
      'cost.overtime': ['Overtime pay', 'money', 'total', 'lower', true],
      'cost.training': ['Training cost', 'money', 'total', 'lower', true],
      'cost.penalties': ['Late penalties', 'money', 'total', 'lower', true],
      'cost.total': ['Total cost', 'money', 'total', 'lower', true],
      profit: ['Profit', 'money', 'total', 'higher', true],
    },
  ],
  [
    'staffTime',
    {
      'utilization.front': ['Utilization, counter staff', 'fraction', 'rate', null, false],
      'utilization.back': ['Utilization, back-office staff', 'fraction', 'rate', null, false],
      'coverage.gapMinutes': ['Coverage gaps', 'minutes', 'time', 'lower', true],
      'coverage.coverMinutes': ['Time spent covering', 'minutes', 'time', null, true],
      overtimeMinutes: ['Overtime worked', 'minutes', 'time', 'lower', true],
    },
  ],
];

type PerEntity = readonly [suffix: string, label: (name: string) => string, unit: MetricUnit, kind: MetricKind, better: MetricSpec['better'], perDay: boolean];

/**
 * The per class, task, skill and person keys `<family>.<name>.<suffix>`, in output order. The
 * learning family's name is `<member>.<skill>`, one per person and skill with a learning curve
 * (`learning.cara.front.proficiencyEnd`).
 */
const PER_ENTITY: Readonly<Record<'customer' | 'task' | 'skill' | 'staff' | 'learning', readonly PerEntity[]>> = {
  customer: [
    ['arrivals', (n) => `Arrivals, ${n}`, 'count', 'count', null, true],
    ['served', (n) => `Served, ${n}`, 'count', 'count', 'higher', true],
    ['waitMean', (n) => `Mean wait, ${n}`, 'minutes', 'mean', 'lower', false],
    ['abandonRate', (n) => `Abandonment, ${n}`, 'fraction', 'rate', 'lower', false],
    ['serviceLevel', (n) => `Service level, ${n}`, 'fraction', 'rate', 'higher', false],
  ],
  task: [
    ['arrivals', (n) => `Tasks arrived, ${n}`, 'count', 'count', null, true],
    ['completed', (n) => `Tasks completed, ${n}`, 'count', 'count', 'higher', true],
    ['waitMean', (n) => `Mean task wait, ${n}`, 'minutes', 'mean', 'lower', false],
    ['lateRate', (n) => `Completed late, ${n}`, 'fraction', 'rate', 'lower', false],
    ['backlogEnd', (n) => `Backlog at the end, ${n}`, 'count', 'count', 'lower', false],
  ],
  skill: [
    ['utilization', (n) => `Utilization of skill ${n}`, 'fraction', 'rate', null, false],
    ['gapMinutes', (n) => `Coverage gaps, ${n}`, 'minutes', 'time', 'lower', true],
  ],
  staff: [
    ['utilization', (n) => `Utilization, ${n}`, 'fraction', 'rate', null, false],
    ['coverMinutes', (n) => `Time covering, ${n}`, 'minutes', 'time', null, true],
  ],
  learning: [
    ['proficiencyEnd', (n) => `Proficiency at the end of the run, ${n}`, 'number', 'mean', 'higher', false],
    ['daysTo90', (n) => `Day proficiency first reached 90% of target, ${n}`, 'number', 'mean', 'lower', false],
    ['practiceMinutes', (n) => `Practice, ${n}`, 'minutes', 'time', null, true],
  ],
};

const FIXED_SPECS = new Map<string, MetricSpec>();
for (const [family, entries] of FIXED) {
  for (const [key, [label, unit, kind, better, perDay]] of Object.entries(entries)) {
    FIXED_SPECS.set(key, { key, label, unit, family, kind, range: rangeOf(kind, key), better, perDay });
  }
}

/** Splits `staff.ana#1.utilization` into its parts; null for keys not of that shape. */
export function parsePerEntityKey(key: string): { prefix: string; name: string; suffix: string } | null {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first <= 0 || last <= first + 1 || last === key.length - 1) return null;
  return { prefix: key.slice(0, first), name: key.slice(first + 1, last), suffix: key.slice(last + 1) };
}

/** The catalogue entry of a metric key; null for a key the simulator does not report. */
export function findMetric(key: string): MetricSpec | null {
  const fixed = FIXED_SPECS.get(key);
  if (fixed !== undefined) return fixed;
  const parts = parsePerEntityKey(key);
  if (parts === null || !(parts.prefix in PER_ENTITY)) return null;
  const family = parts.prefix as keyof typeof PER_ENTITY;
  const entry = PER_ENTITY[family].find((e) => e[0] === parts.suffix);
  if (entry === undefined) return null;
  const [, label, unit, kind, better, perDay] = entry;
  return { key, label: label(parts.name), unit, family, kind, range: rangeOf(kind, key), better, perDay };
}

/** The catalogue entry of a metric key; throws `invalid metric` for a key the simulator does not report. */
export function metricSpec(key: string): MetricSpec {
  const spec = findMetric(key);
  if (spec === null) throw new Error(`invalid metric: ${key}`);
  return spec;
}

/** Every metric key a replication of `scenario` reports, in output order. */
export function metricKeys(scenario: Scenario): string[] {
  const keys = FIXED.flatMap(([, entries]) => Object.keys(entries));
  const each = (family: keyof typeof PER_ENTITY, names: readonly string[]) => {
    for (const name of names) for (const [suffix] of PER_ENTITY[family]) keys.push(`${family}.${name}.${suffix}`);
  };
  each('customer', scenario.customers.map((c) => c.name));
  each('task', scenario.tasks.map((t) => t.name));
  each('skill', skillNames(scenario));
  each('staff', scenario.staff.map((p) => p.name));
  each('learning', learningPairs(scenario).map(({ person, skill }) => `${person}.${skill}`));
  return keys;
}

/** The (person, skill) pairs with a learning curve, in metric order: staff order, then skill order. */
export function learningPairs(scenario: Scenario): { person: string; skill: string }[] {
  const skills = skillNames(scenario);
  return scenario.staff.flatMap((p) =>
    p.learning === undefined ? [] : skills.filter((k) => Object.hasOwn(p.learning!, k)).map((skill) => ({ person: p.name, skill })),
  );
}

/**
 * The eight headline numbers a manager looks at first, in display order: the KPI cards of the
 * report and the web app, and the comparison's headlines.
 */
export const KPI_KEYS = [
  'profit',
  'revenue',
  'revenueLost',
  'cost.total',
  'front.waitMean',
  'front.serviceLevel',
  'front.abandonRate',
  'coverage.gapMinutes',
] as const;
