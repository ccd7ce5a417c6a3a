/**
 * A pool of module Web Workers running replications in parallel. Replication indices are handed
 * out one at a time as workers free up (fast workers take more), each result is reported as it
 * arrives, and the run resolves with the results in the order of the indices asked for, so the
 * summary is computed in index order exactly as the CLI computes it. Cancelling terminates the
 * workers at once (a replication in progress cannot be interrupted otherwise); the next run
 * starts fresh ones.
 */
import type { Scenario } from '../../sim/scenario.js';
import type { ReplicationResult, RunOptions } from '../../sim/result.js';
import type { FromWorker, ToWorker } from './messages.js';

/** What the pool needs of a worker: a Web Worker, or an in-process stand-in in tests. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface PoolOptions {
  /** Most workers at once. Default: the machine's logical cores (navigator.hardwareConcurrency), at most 8. */
  readonly size?: number;
  /** Creates one worker. Default: a module worker running src/ui/worker/sim-worker.ts. */
  readonly createWorker?: () => WorkerLike;
}

export interface PoolRun {
  readonly scenario: Scenario;
  /** Replication indices to run; results come back in this order. */
  readonly replications: readonly number[];
  readonly options?: RunOptions;
  /** Aborting it cancels the run: workers are terminated and the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Called once per finished replication, in completion order. */
  readonly onResult?: (result: ReplicationResult, completed: number, total: number) => void;
}

/** The replication indices of a run of `count` replications: 0, 1, ..., count - 1 (as the CLI runs them). */
export function replicationIndices(count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`invalid replications: ${count}`);
  return Array.from({ length: count }, (_, i) => i);
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module', name: 'office-sim' }) as WorkerLike;
}

function defaultSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.min(8, cores);
}

/** An error whose name says the run was cancelled, as fetch and AbortSignal use. */
export function abortError(): Error {
  const error = new Error('The run was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export class WorkerPool {
  readonly size: number;
  private readonly createWorker: () => WorkerLike;
  private workers: WorkerLike[] = [];
  private job = 0;
  private stopCurrent: ((error: Error) => void) | null = null;

  constructor(options: PoolOptions = {}) {
    const size = options.size ?? defaultSize();
    if (!Number.isInteger(size) || size < 1) throw new Error(`invalid size: ${size}`);
    this.size = size;
    this.createWorker = options.createWorker ?? defaultWorker;
  }

  /** Runs the replications; a run started while another is going cancels the other. */
  run(request: PoolRun): Promise<ReplicationResult[]> {
    this.stopCurrent?.(abortError());
    const job = ++this.job;
    const indices = request.replications;
    const total = indices.length;
    const slots = new Map<number, number>(indices.map((replication, position) => [replication, position]));
    if (slots.size !== total) return Promise.reject(new Error('invalid replications: an index is repeated'));
    if (total === 0) return Promise.resolve([]);

    return new Promise<ReplicationResult[]>((resolve, reject) => {
      const results: (ReplicationResult | undefined)[] = new Array(total);
      let next = 0;
      let completed = 0;
      let settled = false;

      const finish = (error: Error | null): void => {
        if (settled) return;
        settled = true;
        this.stopCurrent = null;
        request.signal?.removeEventListener('abort', onAbort);
        for (const worker of this.workers) worker.onmessage = worker.onerror = null;
        if (error !== null) {
          // A worker may be deep in a replication; terminating is the only way to stop it.
          this.terminate();
          reject(error);
        } else {
          resolve(results as ReplicationResult[]);
        }
      };
      const onAbort = (): void => finish(abortError());
      this.stopCurrent = finish;
      if (request.signal?.aborted) return finish(abortError());
      request.signal?.addEventListener('abort', onAbort);

      const give = (worker: WorkerLike): void => {
        if (next < total) worker.postMessage({ type: 'replicate', job, replication: indices[next++]! });
      };

      const count = Math.min(this.size, total);
      while (this.workers.length < count) this.workers.push(this.createWorker());
      for (const worker of this.workers.slice(0, count)) {
        worker.onmessage = (event) => {
          const message = event.data;
          if (settled || message.job !== job) return;
          if (message.type === 'error') {
            const error = new Error(`replication ${message.replication}: ${message.message}`);
            if (message.name !== undefined && message.name !== 'Error') error.name = message.name; // EventLimitError: a budget, not a bug
            finish(error);
            return;
          }
          const position = slots.get(message.replication);
          if (position === undefined || results[position] !== undefined) {
            finish(new Error(`unexpected result for replication ${message.replication}`));
            return;
          }
          const result = JSON.parse(message.json) as ReplicationResult;
          results[position] = result;
          completed++;
          request.onResult?.(result, completed, total);
          if (completed === total) finish(null);
          else give(worker);
        };
        worker.onerror = (event) => {
          event.preventDefault?.();
          finish(new Error(`a simulation worker failed: ${event.message || 'it could not start'}`));
        };
        worker.postMessage({ type: 'scenario', job, scenario: request.scenario, options: request.options ?? {} });
        give(worker);
      }
    });
  }

  /** Stops every worker now; the next run starts new ones. */
  terminate(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
  }
}
