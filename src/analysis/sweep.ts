/**
 * Sweep grids: `--vary PATH=VALUES` axes (`staff[1].skills.front=0,0.5,0.8,1`,
 * `policy.frontMinimum=1..3`, `customers[0].arrivals.perHour=8..16:2`) expanded into the points of
 * their Cartesian product, and the sweep's JSON output. Shared by the CLI and the web app.
 */
import type { SweepSummary, SweepValue } from './run-summary.js';
import { parseScenarioPath, type ScenarioPath } from '../sim/scenario-file/path.js';
import { metricJson, type MetricJson } from './run-output.js';

export type { SweepValue } from './run-summary.js';

/** One varied path and the values it takes, in the order given. */
export interface SweepAxis {
  readonly path: ScenarioPath;
  readonly values: readonly SweepValue[];
}

/** Values one axis may take; more is a typo in a range's step. */
export const MAX_AXIS_VALUES = 10_000;
/** Points in a whole grid. */
export const MAX_GRID_POINTS = 100_000;

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const RANGE = /^(.+?)\.\.(.+?)(?::(.+))?$/;

function parseNumber(text: string, what: string, spec: string): number {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) throw new Error(`invalid ${what}: ${trimmed} in ${spec}`);
  return Number(trimmed);
}

/** Range values are a + i * step; rounding to 12 significant digits removes binary noise (0.30000000000000004). */
function rangeValues(from: number, to: number, step: number, spec: string): number[] {
  if (!(step > 0)) throw new Error(`invalid step: ${step} in ${spec} (must be above 0)`);
  if (to < from) throw new Error(`invalid range: ${spec} (end below start)`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_AXIS_VALUES) throw new Error(`invalid range: ${spec} (${count} values; at most ${MAX_AXIS_VALUES})`);
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12)));
}

/**
 * Parses a comma-separated list of values, each a number, a range `a..b` (step 1) or `a..b:step`
 * (inclusive of b when the steps land on it), `true`/`false`, or a word (`longest-wait`).
 * Throws `invalid ...` on empty items, bad ranges and repeated values.
 */
export function parseSweepValues(text: string): SweepValue[] {
  const values: SweepValue[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item === '') throw new Error(`invalid values: ${text} (empty item)`);
    const range = NUMBER.test(item) ? null : RANGE.exec(item);
    if (range) {
      const from = parseNumber(range[1]!, 'range start', item);
      const to = parseNumber(range[2]!, 'range end', item);
      const step = range[3] === undefined ? 1 : parseNumber(range[3], 'range step', item);
      values.push(...rangeValues(from, to, step, item));
    } else if (NUMBER.test(item)) {
      values.push(Number(item));
    } else if (item === 'true' || item === 'false') {
      values.push(item === 'true');
    } else {
      values.push(item);
    }
  }
  const seen = new Set<SweepValue>();
  for (const v of values) {
    if (seen.has(v)) throw new Error(`invalid values: ${text} (${String(v)} appears twice)`);
    seen.add(v);
  }
  if (values.length > MAX_AXIS_VALUES) throw new Error(`invalid values: ${text} (${values.length} values; at most ${MAX_AXIS_VALUES})`);
  return values;
}

/** Parses one `--vary PATH=VALUES`; throws `invalid --vary: ...` with the reason. */
export function parseVary(spec: string): SweepAxis {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) throw new Error(`invalid --vary: ${spec} (expected PATH=VALUES, e.g. policy.frontMinimum=1..3)`);
  try {
    return { path: parseScenarioPath(spec.slice(0, eq).trim()), values: parseSweepValues(spec.slice(eq + 1)) };
  } catch (error) {
    throw new Error(`invalid --vary: ${spec}: ${(error as Error).message}`);
  }
}

/**
 * The points of the grid: every combination of the axes' values, the first axis varying slowest
 * (as nested loops in the order the axes were given). Each point maps path text to value, in axis
 * order. Throws when two axes share a path or the grid is too large.
 */
export function expandGrid(axes: readonly SweepAxis[]): Record<string, SweepValue>[] {
  if (axes.length === 0) throw new Error('invalid sweep: no --vary given');
  const paths = new Set<string>();
  let size = 1;
  for (const axis of axes) {
    if (paths.has(axis.path.text)) throw new Error(`invalid --vary: ${axis.path.text} is given twice`);
    paths.add(axis.path.text);
    size *= axis.values.length;
  }
  if (size > MAX_GRID_POINTS) throw new Error(`invalid sweep: ${size} points (at most ${MAX_GRID_POINTS})`);
  let points: Record<string, SweepValue>[] = [{}];
  for (const axis of axes) {
    const next: Record<string, SweepValue>[] = [];
    for (const point of points) for (const value of axis.values) next.push({ ...point, [axis.path.text]: value });
    points = next;
  }
  return points;
}

/** `staff[1].skills.front=0.5, policy.frontMinimum=2`: a point as a reader sees it. */
export function formatPoint(values: Readonly<Record<string, SweepValue>>): string {
  return Object.entries(values)
    .map(([path, value]) => `${path}=${String(value)}`)
    .join(', ');
}

/** The `office-sim sweep --json` output (scenario-format.md, "Other JSON outputs"). */
export interface SweepJson {
  readonly formatVersion: 1;
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  /** The varied paths in axis order. */
  readonly paths: readonly string[];
  readonly points: readonly {
    readonly values: Readonly<Record<string, SweepValue>>;
    readonly metrics: Readonly<Record<string, MetricJson>>;
  }[];
}

/** The sweep's JSON output from its summary (points in grid order). */
export function sweepJson(summary: SweepSummary): SweepJson {
  return {
    formatVersion: 1,
    scenario: summary.scenario,
    seed: summary.seed,
    replications: summary.replications,
    days: summary.days,
    paths: summary.paths,
    points: summary.points.map((p) => ({
      values: p.values,
      metrics: Object.fromEntries(Object.entries(p.metrics).map(([key, s]) => [key, metricJson(s)])),
    })),
  };
}
