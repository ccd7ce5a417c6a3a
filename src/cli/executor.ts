/**
 * Runs jobs (one replication each) either in this thread or on a pool of worker threads (piscina).
 * Results are identical either way: a replication is a pure function of (scenario, replication).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Piscina } from 'piscina';
import type { Scenario } from '../sim/scenario.js';
import { runJob, type Job } from './replicate.js';
import type { WorkerData } from './replication-worker.js';

export interface Executor {
  /** Runs one job; rejects when `signal` aborts it before it finishes (pool only). */
  run(job: Job, signal: AbortSignal): Promise<string>;
  close(): Promise<void>;
}

/**
 * The bundled worker beside this module. Run from TypeScript sources (tsx, vitest), that is the
 * build output in dist/cli: worker threads load plain JavaScript.
 */
export function bundledWorker(file: string): URL {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL(`../../dist/cli/${file}`, here) : new URL(`./${file}`, here);
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(`missing worker: ${fileURLToPath(url)} (build it with npm run build:cli)`);
  }
  return url;
}

/**
 * A pool of `threads` worker threads running the bundled `file`, one task at a time per thread (the
 * callers keep a bounded number of tasks in flight), shared by the replications and the planners.
 */
export function threadPool<T, R>(file: string, threads: number, workerData: unknown): Piscina<T, R> {
  return new Piscina<T, R>({
    filename: bundledWorker(file).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    workerData,
  });
}

/** Runs in this thread, yielding to the event loop between jobs so signals and progress get through. */
function inProcess(scenarios: readonly Scenario[]): Executor {
  return {
    async run(job, signal) {
      await yieldToEventLoop();
      signal.throwIfAborted();
      return runJob(scenarios, job);
    },
    async close() {},
  };
}

function pool(scenarios: readonly Scenario[], threads: number): Executor {
  const data: WorkerData = { scenarios };
  const piscina = threadPool<Job, string>('replication-worker.js', threads, data);
  return {
    run: (job, signal) => piscina.run(job, { signal }),
    close: () => piscina.destroy(),
  };
}

/** One thread runs in-process (no worker start-up); more use a pool of that many worker threads. */
export function createExecutor(scenarios: readonly Scenario[], threads: number): Executor {
  if (!(Number.isInteger(threads) && threads >= 1)) throw new Error(`invalid threads: ${threads}`);
  return threads === 1 ? inProcess(scenarios) : pool(scenarios, threads);
}
