/**
 * Web Workers for the training planner: each batch of (plan, replication) jobs the search decides
 * is spread over the workers, one job at a time as workers free up, and comes back in the order of
 * the jobs, so the search takes the same path whatever the number of workers. Cancelling
 * terminates the workers at once (a replication in progress cannot be stopped otherwise).
 */
import type { JobRunner } from '../../planning/evaluations.js';
import type { TrainingCandidate } from '../../planning/training/problem.js';
import type { MetricValues } from '../../sim/result.js';
import type { Scenario } from '../../sim/scenario.js';
import { abortError } from './pool.js';
import type { FromPlanWorker, ToPlanWorker } from './plan-worker.js';

export interface PlanWorkerLike {
  postMessage(message: ToPlanWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromPlanWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function defaultWorker(): PlanWorkerLike {
  return new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module', name: 'office-sim-planner' }) as PlanWorkerLike;
}

let sessions = 0;

/** A runner over `size` workers for one office and candidate list; `signal` cancels. */
export function planRunner(
  scenario: Scenario,
  candidates: readonly TrainingCandidate[],
  options: { readonly size: number; readonly signal: AbortSignal; readonly createWorker?: () => PlanWorkerLike },
): { run: JobRunner; terminate(): void } {
  const session = ++sessions;
  const workers: PlanWorkerLike[] = [];
  const create = options.createWorker ?? defaultWorker;
  const terminate = (): void => {
    for (const w of workers) w.terminate();
    workers.length = 0;
  };
  const run: JobRunner = (jobs) =>
    new Promise<MetricValues[]>((resolve, reject) => {
      if (options.signal.aborted) return reject(abortError());
      const results: (MetricValues | undefined)[] = new Array(jobs.length);
      let next = 0;
      let done = 0;
      let settled = false;
      const finish = (error: Error | null): void => {
        if (settled) return;
        settled = true;
        options.signal.removeEventListener('abort', onAbort);
        for (const w of workers) w.onmessage = w.onerror = null;
        if (error !== null) {
          terminate();
          reject(error);
        } else resolve(results as MetricValues[]);
      };
      const onAbort = (): void => finish(abortError());
      options.signal.addEventListener('abort', onAbort);
      if (jobs.length === 0) return finish(null);
      const give = (w: PlanWorkerLike): void => {
        if (next >= jobs.length) return;
        const id = next++;
        const job = jobs[id]!;
        w.postMessage({ type: 'run', session, id, plan: [...job.plan], replication: job.replication });
      };
      const count = Math.min(options.size, jobs.length);
      while (workers.length < count) {
        const w = create();
        w.postMessage({ type: 'setup', session, scenario, candidates });
        workers.push(w);
      }
      for (const w of workers.slice(0, count)) {
        w.onmessage = (event) => {
          const m = event.data;
          if (settled || m.session !== session) return;
          if (m.type === 'error') return finish(new Error(`a planner worker failed: ${m.message}`));
          results[m.id] = JSON.parse(m.json) as MetricValues;
          done++;
          if (done === jobs.length) finish(null);
          else give(w);
        };
        w.onerror = (event) => {
          event.preventDefault?.();
          finish(new Error(`a planner worker failed: ${event.message || 'it could not start'}`));
        };
        give(w);
      }
    });
  return { run, terminate };
}
