/**
 * Where the training planner keeps every evaluated (plan, replication), so an interrupted search
 * resumes like `run`: `<out>/.partial/<key>-e<engine>/evaluations.jsonl`, one line per result
 * appended after each batch, each line carrying the SHA-256 of its content. A line that fails it
 * (torn by a kill, edited) is ignored and that evaluation is computed again. The key is the SHA-256
 * of the office as run and the candidate list (plans are indices into it); the engine fingerprint
 * keeps a changed engine from reusing older numbers. The search is deterministic, so a resumed run
 * asks for the same evaluations and ends with the same files.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Evaluations } from '../planning/evaluations.js';
import type { TrainingProblem } from '../planning/training/problem.js';
import type { PlanJob } from '../planning/training/variant.js';
import { canonicalScenarioJson } from '../sim/schema.js';
import type { MetricValues } from '../sim/result.js';
import { ENGINE_FINGERPRINT } from './engine-fingerprint.js';
import { PARTIAL_DIR, sha256 } from './output-dir.js';

const FILE = 'evaluations.jsonl';

/** The key of a search's evaluations: the office as run and its candidates. */
export function evaluationsKey(problem: TrainingProblem): string {
  return sha256(`${canonicalScenarioJson(problem.scenario)}\n${JSON.stringify(problem.candidates)}`);
}

function lineBody(plan: readonly number[], replication: number, metricsJson: string): string {
  return `{"plan":${JSON.stringify(plan.join(','))},"r":${replication},"metrics":${metricsJson}}`;
}

export class EvaluationLog {
  private readonly dir: string | null;
  /** Lines that failed their checksum at load. */
  rejected = 0;

  constructor(outDir: string | null, problem: TrainingProblem) {
    this.dir = outDir === null ? null : join(outDir, PARTIAL_DIR, `${evaluationsKey(problem)}-e${ENGINE_FINGERPRINT}`);
  }

  /** Every trusted saved evaluation, to feed to the search (Evaluations.preload). */
  async load(candidates: number): Promise<SavedEvaluation[]> {
    const saved: SavedEvaluation[] = [];
    if (this.dir === null) return saved;
    const text = await readFile(join(this.dir, FILE), 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (line.length === 0) continue;
      const parsed = parseLine(line);
      if (parsed === null || parsed.plan.some((i) => i >= candidates)) this.rejected++;
      else saved.push(parsed);
    }
    return saved;
  }

  /** Feeds saved evaluations to a search. */
  static preload(evaluations: Evaluations, saved: readonly SavedEvaluation[]): void {
    for (const s of saved) evaluations.preload(s.plan, s.replication, s.metrics);
  }

  /** Appends a finished batch (jobs and their results, in order). */
  async save(jobs: readonly PlanJob[], results: readonly MetricValues[]): Promise<void> {
    if (this.dir === null || jobs.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    const lines = jobs.map((job, i) => {
      const body = lineBody(job.plan, job.replication, JSON.stringify(results[i]));
      return `{"sha256":"${sha256(body)}","entry":${body}}\n`;
    });
    await appendFile(join(this.dir, FILE), lines.join(''));
  }
}

export interface SavedEvaluation {
  readonly plan: number[];
  readonly replication: number;
  readonly metrics: MetricValues;
}

function parseLine(line: string): SavedEvaluation | null {
  const prefix = '{"sha256":"';
  const middle = '","entry":';
  if (!line.startsWith(prefix) || !line.endsWith('}') || line.slice(prefix.length + 64, prefix.length + 64 + middle.length) !== middle) return null;
  const body = line.slice(prefix.length + 64 + middle.length, -1);
  if (sha256(body) !== line.slice(prefix.length, prefix.length + 64)) return null;
  try {
    const value = JSON.parse(body) as { plan: string; r: number; metrics: MetricValues };
    const plan = value.plan === '' ? [] : value.plan.split(',').map(Number);
    if (!plan.every((i) => Number.isInteger(i) && i >= 0) || !Number.isInteger(value.r) || value.r < 0) return null;
    if (value.metrics === null || typeof value.metrics !== 'object') return null;
    return { plan, replication: value.r, metrics: value.metrics };
  } catch {
    return null;
  }
}
