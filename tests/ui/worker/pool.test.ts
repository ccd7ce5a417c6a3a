import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/sim/schema.js';
import { runReplication } from '../../../src/sim/office/index.js';
import type { Scenario } from '../../../src/sim/scenario.js';
import type { FromWorker, ToWorker } from '../../../src/ui/worker/messages.js';
import { WorkerPool, isAbortError, replicationIndices, type WorkerLike } from '../../../src/ui/worker/pool.js';

const parsed = parseScenario(readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8'), 'default.yaml');
if (!parsed.ok) throw new Error('default.yaml must be valid');
const scenario = { ...parsed.scenario, calendar: { ...parsed.scenario.calendar, days: 2 } };

/** An in-process stand-in for the simulation worker: the same protocol, answering after a delay. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private scenario: Scenario | null = null;
  private job = -1;
  readonly handled: number[] = [];

  constructor(private readonly fail: number | null = null) {}

  postMessage(message: ToWorker): void {
    if (message.type === 'scenario') {
      this.scenario = message.scenario;
      this.job = message.job;
      return;
    }
    const { replication } = message;
    this.handled.push(replication);
    const reply: FromWorker =
      replication === this.fail
        ? { type: 'error', job: this.job, replication, message: 'boom' }
        : { type: 'result', job: this.job, replication, json: JSON.stringify(runReplication(this.scenario!, replication)) };
    // Every third replication answers late, so results come back out of index order (by due times
    // far enough apart that a busy machine cannot reorder them).
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<FromWorker>);
    }, replication % 3 === 0 ? 60 : 1);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function poolOf(size: number, fail: number | null = null): { pool: WorkerPool; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const pool = new WorkerPool({
    size,
    createWorker: () => {
      const w = new FakeWorker(fail);
      workers.push(w);
      return w;
    },
  });
  return { pool, workers };
}

describe('the worker pool', () => {
  it('returns results in index order, equal to running the replications directly', async () => {
    const { pool, workers } = poolOf(3);
    const order: number[] = [];
    const results = await pool.run({ scenario, replications: replicationIndices(8), onResult: (r) => order.push(r.replication) });
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(order).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]); // they did finish out of order
    for (const r of results) expect(r).toEqual(JSON.parse(JSON.stringify(runReplication(scenario, r.replication))));
    expect(workers).toHaveLength(3);
    expect(workers.flatMap((w) => w.handled).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reports progress once per replication', async () => {
    const { pool } = poolOf(2);
    const progress: [number, number][] = [];
    await pool.run({ scenario, replications: replicationIndices(5), onResult: (_, done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('starts no more workers than replications', async () => {
    const { pool, workers } = poolOf(8);
    await pool.run({ scenario, replications: replicationIndices(2) });
    expect(workers).toHaveLength(2);
  });

  it('cancels by terminating the workers and rejects with an AbortError', async () => {
    const { pool, workers } = poolOf(2);
    const controller = new AbortController();
    const run = pool.run({ scenario, replications: replicationIndices(20), signal: controller.signal, onResult: (_, done) => done === 2 && controller.abort() });
    const error = await run.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('lets a new run take over: the old one is aborted and the new one completes', async () => {
    const { pool } = poolOf(2);
    const first = pool.run({ scenario, replications: replicationIndices(10) });
    const second = pool.run({ scenario, replications: replicationIndices(3) });
    expect(isAbortError(await first.catch((e: unknown) => e))).toBe(true);
    expect((await second).map((r) => r.replication)).toEqual([0, 1, 2]);
  });

  it('fails the run with the replication and message when a replication throws', async () => {
    const { pool, workers } = poolOf(2, 3);
    await expect(pool.run({ scenario, replications: replicationIndices(6) })).rejects.toThrow('replication 3: boom');
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => new WorkerPool({ size: 0 })).toThrow('invalid size: 0');
  });

  it('passes the budget a replication reached on as the error’s name (EventLimitError), with the worker’s message', async () => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage(message: ToWorker) {
        if (message.type !== 'replicate') return;
        let reply: FromWorker;
        try {
          runReplication(scenario, message.replication, { maxEvents: 10 });
          throw new Error('the budget must stop the run');
        } catch (error) {
          reply = { type: 'error', job: message.job, replication: message.replication, message: (error as Error).message, name: (error as Error).name };
        }
        setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<FromWorker>), 0);
      },
    };
    const pool = new WorkerPool({ size: 1, createWorker: () => worker });
    const error = await pool.run({ scenario, replications: [0], options: { maxEvents: 10 } }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('EventLimitError');
    expect((error as Error).message).toBe('replication 0: the simulation stopped after 10 events (its limit)');
  });
});
