/**
 * The `office-sim run --json` output: scenario-format.md's "CLI output contract", built from a run
 * summary. A public, versioned interface: keys and their order are fixed here, so the same
 * replications give the same bytes whatever computed them (threads, shards, resumes, the web app).
 */
import type { RunSummary } from './run-summary.js';
import type { Summary } from './statistics.js';

/** Version of every JSON output's layout (`formatVersion`). */
export const FORMAT_VERSION = 1;

/** One metric summarized over replications. */
export interface MetricJson {
  /** Mean over the replications where the metric is defined; null when none is. */
  readonly mean: number | null;
  /** Standard deviation with n - 1; null below 2 replications. */
  readonly sd: number | null;
  /** Student-t 95% confidence interval of the mean; null below 2 replications. */
  readonly ci95: readonly [number, number] | null;
  /** Replications where the metric is defined (a ratio with nothing to count is not). */
  readonly n: number;
}

export interface RunJson {
  readonly formatVersion: 1;
  readonly scenario: string;
  /** SHA-256 (hex) of the canonical JSON of the scenario as run (after --seed/--replications). */
  readonly scenarioHash: string;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  readonly metrics: Readonly<Record<string, MetricJson>>;
  /**
   * Only when a skill has a learning curve (issue 15): per member, per skill with a curve, where it
   * starts, its target (null when it only fades) and the proficiency at the end of each day (index
   * 0 = day 1), summarized like a metric.
   */
  readonly learning?: Readonly<Record<string, Readonly<Record<string, LearningJson>>>>;
}

export interface LearningJson {
  readonly start: number;
  readonly target: number | null;
  readonly proficiencyByDay: readonly MetricJson[];
}

/** Several files in one `run`: one result per file, in the order given. */
export interface MultiRunJson {
  readonly formatVersion: 1;
  readonly results: readonly RunJson[];
}

/** A summary in the contract's key order. */
export function metricJson(summary: Summary): MetricJson {
  return {
    mean: summary.mean,
    sd: summary.sd,
    ci95: summary.ci95 === null ? null : [summary.ci95[0], summary.ci95[1]],
    n: summary.n,
  };
}

/** The run's JSON output; metrics in the simulator's key order. */
export function runJson(summary: RunSummary, scenarioHash: string): RunJson {
  const metrics: Record<string, MetricJson> = {};
  for (const key of summary.metricKeys) {
    const s = summary.metrics[key];
    if (s !== undefined) metrics[key] = metricJson(s);
  }
  return {
    formatVersion: FORMAT_VERSION,
    scenario: summary.scenario,
    scenarioHash,
    seed: summary.seed,
    replications: summary.replications,
    days: summary.days,
    metrics,
    ...(summary.learning === undefined ? {} : { learning: learningJson(summary.learning) }),
  };
}

function learningJson(pairs: NonNullable<RunSummary['learning']>): Record<string, Record<string, LearningJson>> {
  // Maps while building, so no name can reach an object's own machinery.
  const people = new Map<string, Map<string, LearningJson>>();
  for (const pair of pairs) {
    if (!people.has(pair.person)) people.set(pair.person, new Map());
    people.get(pair.person)!.set(pair.skill, { start: pair.start, target: pair.target, proficiencyByDay: pair.byDay.map(metricJson) });
  }
  return Object.fromEntries([...people].map(([person, skills]) => [person, Object.fromEntries(skills)]));
}
