/**
 * The end of a batch: summaries, the JSON output, the human table, and the output directory. The
 * same function finishes an unsharded command and a merge of its shards, from the units' stored
 * scenarios and results in replication order, which is why the two are byte-identical.
 */
import { join } from 'node:path';
import { compareJson, type CompareJson } from '../analysis/compare.js';
import { erlangBaseline } from '../analysis/erlang-baseline.js';
import type { ReportInput } from '../analysis/report.js';
import { FORMAT_VERSION, runJson, type RunJson } from '../analysis/run-output.js';
import { formatMoney } from '../analysis/format.js';
import { changePayback, describePayback } from '../analysis/payback.js';
import { DEFAULT_PERIOD, type Period } from '../analysis/period.js';
import { compareInPeriod, runInPeriod, sweepInPeriod } from '../analysis/period-summaries.js';
import { summarizeComparison, summarizeRun, summarizeSweep, type CompareSummary } from '../analysis/run-summary.js';
import type { Shard } from '../analysis/shards.js';
import { sweepJson, type SweepJson } from '../analysis/sweep.js';
import type { ReplicationResult } from '../sim/result.js';
import type { Scenario } from '../sim/scenario.js';
import { writeChunksAtomic, writeFileAtomic } from './atomic.js';
import type { BatchUnit } from './batch.js';
import { baselineTable } from './format/baseline-table.js';
import { compareTable } from './format/compare-table.js';
import { runHeading, runTable } from './format/run-table.js';
import { sweepTable } from './format/sweep-table.js';
import { ENGINE_FINGERPRINT } from './engine-fingerprint.js';
import type { Interrupts } from './interrupt.js';
import { jsonChunks, writeChunks } from './json-stream.js';
import { beginOutput, finishOutput, newManifest, removeStale, writeUnit, type BatchCommand, type Manifest, type ManifestUnit } from './output-dir.js';
import { renderReport } from './report-file.js';
import { compareSummaryCsv, learningCsv, replicationsCsv, runSummaryCsv, sweepSummaryCsv, type ReplicationRows } from './tables.js';

/** What a batch ran: the command and its units (and, for sweeps, the varied paths). */
export interface BatchPlan {
  readonly command: BatchCommand;
  readonly units: readonly BatchUnit[];
  /** Sweeps: the varied paths in axis order; null otherwise. */
  readonly paths: readonly string[] | null;
  /** Sweeps: print the table in one piece (`--wide`) instead of fitting the terminal's width. */
  readonly wide?: boolean;
}

export interface FinishOptions {
  /** Write the output directory here; null writes no files. */
  readonly outDir: string | null;
  /** Print the JSON output instead of the table. */
  readonly json: boolean;
  /** Also write the HTML report(s) into the output directory. */
  readonly report: boolean;
  /** The period of counts, money and minutes in the table and the report; default per day. */
  readonly period?: Period | undefined;
  /** The manifest found in outDir at start (claimOutput): the only files a rewrite may replace or remove. */
  readonly previous?: Manifest | null;
  /** Signals: a stop between output files ends with exit 3 (rerun to finish). */
  readonly interrupts?: Interrupts;
}

/** Everything a finished batch produces, before it is written anywhere. */
export interface BatchOutputs {
  readonly json: RunJson | { readonly formatVersion: 1; readonly results: readonly RunJson[] } | CompareJson | SweepJson;
  readonly text: string;
  readonly summaryCsv: () => string;
  /** learning.csv (run only): null when no skill has a learning curve. */
  readonly learningCsv?: () => string | null;
  readonly replicationHeaders: readonly string[];
  readonly replicationRows: readonly ReplicationRows[];
  /** Report file names (in the output directory) and their input. */
  readonly reports: readonly { readonly file: string; readonly input: () => ReportInput }[];
}

/** The scenario as stored: what a merge will read back, so both paths summarize the same object. */
function stored(unit: BatchUnit): Scenario {
  return JSON.parse(unit.scenarioJson) as Scenario;
}

function sourceNotes(unit: BatchUnit): string[] {
  return [`Scenario file: ${unit.source}`, `Scenario hash (SHA-256): ${unit.hash}`];
}

function runOutputs(plan: BatchPlan, results: readonly (readonly ReplicationResult[])[], period: Period): BatchOutputs {
  const scenarios = plan.units.map(stored);
  const summaries = plan.units.map((_, i) => summarizeRun(scenarios[i]!, results[i]!));
  const runs = plan.units.map((u, i) => runJson(summaries[i]!, u.hash));
  const baselines = scenarios.map((s) => erlangBaseline(s));
  const text = plan.units
    .map((u, i) => {
      const shown = runInPeriod(summaries[i]!, period);
      return `${runHeading(shown, u.source, u.hash)}\n${runTable(shown)}${baselineTable(baselines[i]!, shown)}`;
    })
    .join('\n');
  const single = plan.units.length === 1;
  return {
    json: single ? runs[0]! : { formatVersion: FORMAT_VERSION, results: runs },
    text,
    summaryCsv: () => runSummaryCsv(summaries),
    learningCsv: () => learningCsv(summaries),
    replicationHeaders: ['scenario'],
    replicationRows: plan.units.map((_, i) => ({ describe: [runs[i]!.scenario], results: results[i]! })),
    reports: plan.units.map((u, i) => ({
      file: single ? 'report.html' : `report-${u.id}.html`,
      input: () => ({ kind: 'run', run: summaries[i]!, erlang: baselines[i]!, notes: sourceNotes(u), period }),
    })),
  };
}

/** One line per variant with a one-off cost: the amount and its payback (src/analysis/payback.ts). */
function paybackText(summary: CompareSummary, scenarios: readonly Scenario[]): string {
  const currency = scenarios[0]!.currency ?? null;
  const lines = scenarios.slice(1).flatMap((after, i) => {
    const p = changePayback(summary, i + 1, scenarios[0]!, after);
    return p === null ? [] : [`${summary.variants[i + 1]}: ${describePayback(p.payback, p.oneOff.cost, (v) => formatMoney(v, { currency }))}`];
  });
  return lines.length === 0 ? '' : `\nOne-off costs (training, paid once) and payback against ${summary.variants[0]}:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

function compareOutputs(plan: BatchPlan, results: readonly (readonly ReplicationResult[])[], period: Period): BatchOutputs {
  const scenarios = plan.units.map(stored);
  const summary = summarizeComparison(plan.units.map((_, i) => ({ scenario: scenarios[i]!, results: results[i]! })));
  const json = compareJson(summary);
  return {
    json,
    text: compareTable(compareInPeriod(summary, period)) + paybackText(summary, scenarios),
    summaryCsv: () => compareSummaryCsv(json),
    replicationHeaders: ['variant'],
    replicationRows: plan.units.map((_, i) => ({ describe: [summary.variants[i]!], results: results[i]! })),
    reports: [
      {
        file: 'report.html',
        input: () => ({
          kind: 'compare',
          compare: summary,
          erlang: erlangBaseline(scenarios[0]!),
          paybacks: scenarios.slice(1).map((after, i) => changePayback(summary, i + 1, scenarios[0]!, after)),
          period,
          notes: plan.units.map((u, i) => `${summary.variants[i]}: ${u.source} (scenario hash ${u.hash.slice(0, 12)})`),
        }),
      },
    ],
  };
}

function sweepOutputs(plan: BatchPlan, results: readonly (readonly ReplicationResult[])[], period: Period): BatchOutputs {
  const paths = plan.paths ?? [];
  const summary = summarizeSweep(
    plan.units.map((u, i) => ({ values: u.values ?? {}, scenario: stored(u), results: results[i]! })),
  );
  const json = sweepJson(summary);
  return {
    json,
    // Fit a terminal; a file or pipe gets the whole table, for tools that read it.
    text: sweepTable(sweepInPeriod(summary, period), { width: plan.wide || !process.stdout.isTTY ? undefined : process.stdout.columns }),
    summaryCsv: () => sweepSummaryCsv(json),
    replicationHeaders: paths,
    replicationRows: plan.units.map((u, i) => ({ describe: paths.map((p) => u.values?.[p] ?? null), results: results[i]! })),
    reports: [{ file: 'report.html', input: () => ({ kind: 'sweep', sweep: summary, notes: [`Scenario file: ${plan.units[0]!.source}`], period }) }],
  };
}

/** Summaries, JSON and table of a finished batch (results per unit, in replication order). */
export function batchOutputs(plan: BatchPlan, results: readonly (readonly ReplicationResult[])[], period: Period = DEFAULT_PERIOD): BatchOutputs {
  switch (plan.command) {
    case 'run':
      return runOutputs(plan, results, period);
    case 'compare':
      return compareOutputs(plan, results, period);
    case 'sweep':
      return sweepOutputs(plan, results, period);
  }
}

function manifestUnits(plan: BatchPlan): ManifestUnit[] {
  return plan.units.map((u) => ({
    id: u.id,
    label: u.label,
    source: u.source,
    scenarioHash: u.hash,
    replications: u.scenario.replications,
    values: u.values,
  }));
}

/** The JSON text printed with --json and stored as summary.json. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The same text as jsonText, in pieces: large outputs are never one string. */
function* jsonTextChunks(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield '\n';
}

/** Where an interrupted finish leaves things: every replication saved, the outputs to be written again. */
function stopMessage(dir: string): (signal: NodeJS.Signals) => string {
  return (signal) => `interrupted by ${signal} while writing ${dir}: every replication is saved; run the same command again to finish the outputs`;
}

/**
 * Finishes a complete batch: writes the output directory (if any) in manifest-last order, then
 * prints the JSON or the table on stdout. Returns the report files written. `previous` is the
 * manifest found in the directory at start: only its files are replaced or removed.
 */
export async function finishBatch(
  plan: BatchPlan,
  results: readonly (readonly ReplicationResult[])[],
  options: FinishOptions,
): Promise<string[]> {
  const outputs = batchOutputs(plan, results, options.period ?? DEFAULT_PERIOD);
  const written: string[] = [];
  const dir = options.outDir;
  if (dir !== null) {
    const checkpoint = (): void => options.interrupts?.check(stopMessage(dir));
    checkpoint();
    await beginOutput(dir);
    const files: Record<string, string> = {};
    for (let i = 0; i < plan.units.length; i++) {
      Object.assign(files, await writeUnit(dir, plan.units[i]!.id, plan.units[i]!.scenarioJson, results[i]!));
      checkpoint();
    }
    files['summary.json'] = await writeChunksAtomic(join(dir, 'summary.json'), jsonTextChunks(outputs.json));
    files['summary.csv'] = await writeFileAtomic(join(dir, 'summary.csv'), await outputs.summaryCsv());
    checkpoint();
    files['replications.csv'] = await writeFileAtomic(join(dir, 'replications.csv'), await replicationsCsv(outputs.replicationHeaders, outputs.replicationRows));
    const learning = outputs.learningCsv?.() ?? null;
    if (learning !== null) files['learning.csv'] = await writeFileAtomic(join(dir, 'learning.csv'), learning);
    if (options.report) {
      for (const r of outputs.reports) {
        checkpoint();
        files[r.file] = await writeFileAtomic(join(dir, r.file), await renderReport(r.input()));
        written.push(join(dir, r.file));
      }
    }
    checkpoint();
    await removeStale(dir, options.previous ?? null, files);
    await finishOutput(dir, newManifest(plan.command, null, plan.paths, manifestUnits(plan), ENGINE_FINGERPRINT, files));
  }
  if (options.json) await writeChunks(process.stdout, jsonTextChunks(outputs.json));
  else process.stdout.write(outputs.text);
  return written;
}

/**
 * Finishes one shard: its slice of results per unit, and a manifest naming the shard. No summary:
 * statistics need every replication, which only `merge` has.
 */
export async function finishShard(
  plan: BatchPlan,
  shard: Shard,
  results: readonly (readonly ReplicationResult[])[],
  outDir: string,
  previous: Manifest | null,
  interrupts?: Interrupts,
): Promise<number> {
  const checkpoint = (): void => interrupts?.check(stopMessage(outDir));
  checkpoint();
  await beginOutput(outDir);
  const files: Record<string, string> = {};
  let count = 0;
  for (let i = 0; i < plan.units.length; i++) {
    Object.assign(files, await writeUnit(outDir, plan.units[i]!.id, plan.units[i]!.scenarioJson, results[i]!));
    count += results[i]!.length;
    checkpoint();
  }
  await removeStale(outDir, previous, files);
  await finishOutput(outDir, newManifest(plan.command, shard, plan.paths, manifestUnits(plan), ENGINE_FINGERPRINT, files));
  return count;
}
