/**
 * The mixed-integer programmes of the staffing planner, solved by HiGHS (the `highs` package: the
 * HiGHS solver compiled to WebAssembly, the same code in Node and the browser). This module builds
 * the models as CPLEX LP text and reads the solutions back; it does no solving of its own.
 *
 * Loading: in Node the package finds `highs.wasm` beside its own code (node_modules in a clone, the
 * CLI bundle's folder once bundled: scripts/build-cli.mjs copies it there); the browser passes the
 * URL Vite gives the file (`locateFile`).
 */
import highsModule, { type Highs } from 'highs';

// The package is CommonJS to TypeScript (its types say `export default` in a CommonJS package) but
// its `import` entry is an ES module whose default export is the loader; accept either shape.
type Loader = typeof highsModule.default;
const loadHighs = ((highsModule as unknown as { default?: Loader }).default ?? highsModule) as Loader;

export type Solver = Highs;

let loading: Promise<Highs> | undefined;
let loadingWith: string | undefined;

/** The HiGHS runtime, loaded once per process (or page); `wasmUrl` says where highs.wasm is. */
export function loadSolver(wasmUrl?: string): Promise<Highs> {
  if (loading === undefined || loadingWith !== wasmUrl) {
    loadingWith = wasmUrl;
    loading = loadHighs(wasmUrl === undefined ? {} : { locateFile: (file: string) => (file.endsWith('.wasm') ? wasmUrl : file) });
  }
  return loading!;
}

/** A column of a covering programme: its cost and the rows it covers (each once). */
export interface CoverColumn {
  readonly cost: number;
  /** Row indices this column adds to (1 each, unless `coefficients` says otherwise). */
  readonly rows: readonly number[];
  /** What one copy adds to each of `rows` (default 1): slots worked inside a window row, say. */
  readonly coefficients?: readonly number[];
  /** Most copies of this column allowed; default unlimited. */
  readonly upper?: number;
}

/**
 * A soft limit on the number of columns chosen (people at work): beyond `limit`, each copy costs
 * `extraCost` more (hiring is possible, but spreading a fixed staff over more, shorter shifts is not free).
 */
export interface Headcount {
  readonly limit: number;
  readonly extraCost: number;
}

export interface CoverSolution {
  /** Copies of each column chosen. */
  readonly counts: number[];
  readonly cost: number;
}

export class InfeasibleError extends Error {}

/**
 * min sum cost_j x_j  s.t.  sum_{j covers i} a_ij x_j >= need_i,  x_j integer >= 0: the set-covering
 * programme of shift design (Dantzig's, with one column per shift template and break placement).
 * Rows with need 0 are left out. Throws InfeasibleError naming the uncoverable rows.
 */
export function solveCover(
  solver: Highs,
  need: readonly number[],
  columns: readonly CoverColumn[],
  headcount?: Headcount,
  timeLimitSeconds = 60,
): CoverSolution {
  const coveredBy: [number, number][][] = need.map(() => []);
  columns.forEach((c, j) => {
    c.rows.forEach((i, k) => coveredBy[i]!.push([c.coefficients?.[k] ?? 1, j]));
  });
  const uncovered = need.map((n, i) => (n > 0 && coveredBy[i]!.length === 0 ? i : -1)).filter((i) => i >= 0);
  if (uncovered.length > 0) throw new InfeasibleError(`rows ${uncovered.join(', ')} are covered by no column`);
  if (need.every((n) => n <= 0)) return { counts: columns.map(() => 0), cost: 0 };

  const extra = columns.length; // the headcount's excess variable, when there is a limit
  const objective: [number, number][] = columns.map((c, j) => [c.cost, j]);
  if (headcount !== undefined) objective.push([headcount.extraCost, extra]);
  const lines: string[] = ['Minimize', ` obj: ${terms(objective)}`, 'Subject To'];
  need.forEach((n, i) => {
    if (n > 0) lines.push(` r${i}: ${terms(coveredBy[i]!)} >= ${num(n)}`);
  });
  if (headcount !== undefined) lines.push(` hc: ${terms([...columns.map((_, j): [number, number] => [1, j]), [-1, extra]])} <= ${num(headcount.limit)}`);
  lines.push('Bounds');
  columns.forEach((c, j) => lines.push(c.upper === undefined ? ` x${j} >= 0` : ` 0 <= x${j} <= ${c.upper}`));
  if (headcount !== undefined) lines.push(` x${extra} >= 0`);
  lines.push('General', ` ${[...columns.map((_, j) => `x${j}`), ...(headcount === undefined ? [] : [`x${extra}`])].join(' ')}`, 'End');
  const solution = run(solver, lines.join('\n'), timeLimitSeconds);
  const counts = columns.map((_, j) => Math.round(solution.Columns[`x${j}`]?.Primal ?? 0));
  return { counts, cost: counts.reduce((s, x, j) => s + x * columns[j]!.cost, 0) };
}

/** A general MIP in the planner's own small form: variables, linear rows, minimise. */
export interface Mip {
  readonly variables: readonly { readonly name: string; readonly cost: number; readonly upper?: number; readonly integer: boolean }[];
  readonly rows: readonly {
    readonly terms: readonly (readonly [number, number])[];
    readonly sense: '>=' | '<=';
    readonly rhs: number;
  }[];
}

/** Solves `mip`; returns each variable's value (rounded for integers). Throws InfeasibleError. */
export function solveMip(solver: Highs, mip: Mip, timeLimitSeconds = 60): number[] {
  const lines: string[] = ['Minimize', ` obj: ${terms(mip.variables.map((v, j) => [v.cost, j]))}`, 'Subject To'];
  mip.rows.forEach((r, i) => {
    if (r.terms.length === 0) {
      if ((r.sense === '>=' && r.rhs > 0) || (r.sense === '<=' && r.rhs < 0)) throw new InfeasibleError(`row ${i} has no terms`);
      return;
    }
    lines.push(` r${i}: ${terms(r.terms)} ${r.sense} ${num(r.rhs)}`);
  });
  lines.push('Bounds');
  mip.variables.forEach((v, j) => lines.push(v.upper === undefined ? ` x${j} >= 0` : ` 0 <= x${j} <= ${num(v.upper)}`));
  const integers = mip.variables.map((v, j) => (v.integer ? `x${j}` : '')).filter((s) => s !== '');
  if (integers.length > 0) lines.push('General', ` ${integers.join(' ')}`);
  lines.push('End');
  const solution = run(solver, lines.join('\n'), timeLimitSeconds);
  return mip.variables.map((v, j) => {
    const x = solution.Columns[`x${j}`]?.Primal ?? 0;
    return v.integer ? Math.round(x) : x;
  });
}

function run(solver: Highs, lp: string, timeLimitSeconds: number) {
  const solution = solver.solve(lp, { output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0 });
  if (solution.Status === 'Infeasible') throw new InfeasibleError('the programme has no solution');
  if (solution.Status !== 'Optimal') throw new Error(`HiGHS stopped without an optimal solution: ${solution.Status}`);
  return solution as { Columns: Record<string, { Primal?: number }> };
}

/** `3 x0 + 2.5 x4 - x7`, wrapped so no LP line grows unbounded (HiGHS reads long lines, but keep them readable). */
function terms(list: readonly (readonly [number, number])[]): string {
  const parts = list.filter(([c]) => c !== 0).map(([c, j], k) => `${k === 0 ? (c < 0 ? '- ' : '') : c < 0 ? '- ' : '+ '}${num(Math.abs(c))} x${j}`);
  if (parts.length === 0) return '0 x0';
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 20) out.push(parts.slice(i, i + 20).join(' '));
  return out.join('\n   ');
}

/** A number LP text reads back exactly (no exponent surprises for ordinary magnitudes). */
function num(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`invalid coefficient: ${x}`);
  return Number.isInteger(x) ? String(x) : x.toPrecision(15).replace(/\.?0+$/, '');
}
