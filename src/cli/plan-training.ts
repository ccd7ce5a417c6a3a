/**
 * The work of `office-sim plan-training` (the command's definition is commands/plan-training.ts):
 * the problem checked before anything is written, the output directory claimed and locked, the
 * search run on the worker pool with every evaluation saved, then the files written atomically,
 * manifest last.
 */
import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { frontierCsv, planScenarioText, trainingsText } from '../planning/training/files.js';
import { resolveTrainingProblem, type TrainingProblem, type TrainingSection } from '../planning/training/problem.js';
import { planResultJson, type TrainingPlanJson } from '../planning/training/result.js';
import { searchTrainingPlans, type SearchOutcome, type SearchProgress } from '../planning/training/search.js';
import { differenceText, noPlanReason, paybackText } from '../planning/training/view.js';
import { formatMoney, formatNumber } from '../analysis/format.js';
import { measuredDays } from '../sim/measured-days.js';
import { metricInfo } from '../analysis/metric-info.js';
import type { ScenarioFile } from '../sim/schema.js';
import { writeFileAtomic } from './atomic.js';
import { withOutput } from './commands/execute.js';
import { ENGINE_FINGERPRINT } from './engine-fingerprint.js';
import { InvalidScenarioError, UsageError } from './exit.js';
import { renderTable } from './format/text-table.js';
import { escapeControls } from '../sim/scenario-file/text-safety.js';
import { Interrupts } from './interrupt.js';
import { note, warn } from './notes.js';
import { defaultThreads } from './options.js';
import { beginOutput, finishOutput, newManifest, removeStale, type Manifest } from './output-dir.js';
import type { BatchCliOptions } from './options.js';
import { createPlanPool } from './plan-pool.js';
import { EvaluationLog } from './plan-store.js';
import { applyOverrides, fingerprint, loadScenarios } from './scenarios.js';

/** The batch options it shares with run, compare and sweep, and its own. */
export interface PlanTrainingOptions extends Pick<BatchCliOptions, 'replications' | 'seed' | 'threads' | 'out' | 'json' | 'report' | 'quiet' | 'force'> {
  readonly maxTrainings?: number;
  readonly maxCost?: number;
  readonly objective?: string;
  readonly candidates?: { person: string; skill: string }[];
  readonly proficiency?: number;
  readonly indifferenceZone?: number;
}

/** Checks the problem before anything is written: file mistakes exit 1, option mistakes exit 2. */
function problemOf(file: string, scenario: TrainingProblem['scenario'], section: TrainingSection | undefined, options: PlanTrainingOptions): TrainingProblem {
  const resolved = resolveTrainingProblem(scenario, section, {
    maxTrainings: options.maxTrainings,
    maxCost: options.maxCost,
    objective: options.objective,
    candidates: options.candidates,
    proficiency: options.proficiency,
    indifferenceZone: options.indifferenceZone,
  });
  if (resolved.ok) return resolved.problem;
  const fromOptions = resolved.errors.filter((e) => e.source === 'option');
  if (fromOptions.length > 0) throw new UsageError(fromOptions.map((e) => `${e.at}: ${e.message}`).join('; '));
  throw new InvalidScenarioError(resolved.errors.map((e) => `${file}: ${e.at}: ${e.message}`));
}

function progressLine(progress: SearchProgress, problem: TrainingProblem): string {
  const best = progress.best;
  const trainings = best === null ? 'today' : best.plan.map((i) => `${problem.candidates[i]!.person}:${problem.candidates[i]!.skill}`).join(', ') || 'today';
  const spec = metricInfo(problem.objective);
  const div = spec.perDay ? measuredDays(problem.scenario.calendar) : 1;
  const gain = best === null || best.plan.length === 0 ? '' : ` (${spec.better === 'lower' ? '-' : '+'}${formatNumber(best.gain / div)} ${spec.label.toLowerCase()}${spec.perDay ? ' a day' : ''})`;
  return `step ${progress.step} (${progress.phase}): ${progress.replications} replications; best so far: ${trainings}${gain}`;
}

export async function planTraining(file: string, options: PlanTrainingOptions): Promise<void> {
  if (options.out === undefined) throw new UsageError('--out DIR is required (plan.json, frontier.csv and plans/ go there)');
  const [loaded] = await loadScenarios([file]);
  warn(options.quiet, loaded!.warnings);
  const sourceText = await readFile(file, 'utf8');
  const scenario = applyOverrides(loaded!.scenario, options);
  const section = (loaded!.file as ScenarioFile).planning?.training;
  const problem = problemOf(file, scenario, section, options);
  const outDir = options.out;
  const interrupts = Interrupts.trap();
  try {
    await withOutput(outDir, 'plan-training', options, (previous) => search(problem, file, sourceText, outDir, previous, options, interrupts));
  } finally {
    interrupts.release();
  }
}

async function search(problem: TrainingProblem, file: string, sourceText: string, outDir: string, previous: Manifest | null, options: PlanTrainingOptions, interrupts: Interrupts): Promise<void> {
  const log = new EvaluationLog(outDir, problem);
  const saved = await log.load(problem.candidates.length);
  if (log.rejected > 0) note(options.quiet, `note: ${log.rejected} saved evaluations failed their checksum or do not fit: computed again`);
  const stop = new AbortController();
  // Every job in flight listens to it; that is not a leak.
  setMaxListeners(0, stop.signal);
  const onInterrupt = (): void => stop.abort();
  interrupts.signal.addEventListener('abort', onInterrupt);
  if (interrupts.signal.aborted) stop.abort();
  const pool = createPlanPool(problem, options.threads ?? defaultThreads(), stop.signal);
  const status = statusLine(options.quiet ?? false);
  let outcome: SearchOutcome;
  try {
    outcome = await searchTrainingPlans(
      problem,
      async (jobs) => {
        // Every finished job is saved, even when a signal stops the batch: it is done work.
        const settled = await Promise.allSettled(jobs.map((job) => pool.runOne(job)));
        const done = jobs.flatMap((job, i) => {
          const s = settled[i]!;
          return s.status === 'fulfilled' ? [{ job, result: s.value }] : [];
        });
        await log.save(
          done.map((d) => d.job),
          done.map((d) => d.result),
        );
        interrupts.check(interruptedMessage(outDir));
        const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
        if (failed !== undefined) throw failed.reason;
        return done.map((d) => d.result);
      },
      {
        preload: (evaluations) => EvaluationLog.preload(evaluations, saved),
        onProgress: (progress) => status.show(progressLine(progress, problem)),
      },
    );
  } finally {
    status.clear();
    interrupts.signal.removeEventListener('abort', onInterrupt);
    await pool.close();
  }
  if (outcome.stats.reused > 0) note(options.quiet, `reused ${outcome.stats.reused} saved evaluations from ${outDir}`);
  interrupts.check(interruptedMessage(outDir));

  const planFiles = outcome.frontier.map((_, k) => `plans/${k + 1}.yaml`);
  const { hash } = fingerprint(problem.scenario);
  const plan = planResultJson(problem, outcome, hash, planFiles);
  const checkpoint = (): void => interrupts.check((signal) => `interrupted by ${signal} while writing ${outDir}: every evaluation is saved; run the same command again to finish the outputs`);
  checkpoint();
  await beginOutput(outDir);
  const files: Record<string, string> = {};
  for (let k = 0; k < plan.frontier.length; k++) {
    const point = plan.frontier[k]!;
    const text = planScenarioText(sourceText, point.trainings, {
      seed: problem.scenario.seed,
      replications: problem.scenario.replications,
      note: `Training plan ${k + 1} (office-sim plan-training ${file}): ${trainingsText(point.trainings)}; one-off cost ${point.cost}.\nAgainst today: office-sim compare ${file} <this file>`,
    });
    files[planFiles[k]!] = await writeFileAtomic(join(outDir, planFiles[k]!), text);
  }
  checkpoint();
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  files['plan.json'] = await writeFileAtomic(join(outDir, 'plan.json'), json);
  files['frontier.csv'] = await writeFileAtomic(join(outDir, 'frontier.csv'), frontierCsv(plan));
  if (options.report) {
    checkpoint();
    const [{ parseHTML }, { renderTrainingReport }] = await Promise.all([import('linkedom'), import('../planning/training/report.js')]);
    const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
    const html = renderTrainingReport(plan, document as unknown as Document, {
      currency: problem.scenario.currency ?? null,
      measuredDays: measuredDays(problem.scenario.calendar),
      notes: [`Scenario file: ${file}`, `Scenario hash (SHA-256): ${hash}`],
    });
    files['report.html'] = await writeFileAtomic(join(outDir, 'report.html'), html);
  }
  checkpoint();
  await removeStale(outDir, previous, files);
  await finishOutput(outDir, newManifest('plan-training', null, null, [], ENGINE_FINGERPRINT, files));
  process.stdout.write(options.json ? json : planText(plan, problem));
  note(options.quiet, `wrote ${outDir}: plan.json, frontier.csv, ${plan.frontier.length} plan file${plan.frontier.length === 1 ? '' : 's'} in plans/${options.report ? ', report.html' : ''}`);
}

function interruptedMessage(outDir: string): (signal: NodeJS.Signals) => string {
  return (signal) => `interrupted by ${signal}: every evaluated plan is saved in ${outDir}; run the same command again to resume`;
}

/** One status line on a terminal's stderr, rewritten in place (nothing when not a terminal or --quiet). */
function statusLine(quiet: boolean): { show(text: string): void; clear(): void } {
  const tty = !quiet && process.stderr.isTTY === true;
  let shown = false;
  let last = 0;
  return {
    show(text) {
      const now = Date.now();
      if (!tty || now - last < 250) return;
      last = now;
      shown = true;
      const width = process.stderr.columns ?? 100;
      process.stderr.write(`\r\x1b[2K${escapeControls(text).slice(0, width - 1)}`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** The frontier as a terminal table: step, trainings, one-off cost, gain on the objective, payback. */
function planText(plan: TrainingPlanJson, problem: TrainingProblem): string {
  const currency = problem.scenario.currency ?? null;
  const days = measuredDays(problem.scenario.calendar);
  const spec = metricInfo(plan.objective);
  const head = `Training plans for ${plan.scenario}: objective ${spec.label} (${spec.better} is better), ${plan.replications} replications, seed ${plan.seed}\n`;
  if (plan.frontier.length === 0) {
    return `${head}No training recommended. ${noPlanReason(plan)}\n`;
  }
  const table = renderTable(
    [
      { header: 'step', align: 'right' },
      { header: 'trainings', align: 'left' },
      { header: 'one-off cost', align: 'right' },
      { header: `${spec.label} vs today${spec.perDay ? ' (per day)' : ''}`, align: 'left' },
      { header: 'payback', align: 'left' },
    ],
    plan.frontier.map((p, i) => [
      String(i + 1),
      trainingsText(p.trainings),
      formatMoney(p.cost, { currency }),
      differenceText(plan.objective, p.differences[plan.objective], days, currency),
      paybackText(p.paybackDays, p.cost, currency),
    ]),
  );
  const s = plan.search;
  return `${head}${table}Search: ${s.replicationsComputed} replications computed${s.replicationsReused > 0 ? `, ${s.replicationsReused} reused` : ''} over ${s.plansEvaluated} plans (${s.replicationsWithoutScreening} without screening).\n`;
}
