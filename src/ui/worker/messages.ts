/**
 * The messages between the page and a simulation worker. A run is a job: the page sends the
 * scenario once per worker and job, then one replication index at a time; the worker answers each
 * index with its ReplicationResult as JSON text, or an error. JSON text, not a structured clone:
 * the CLI saves and summarizes replications as JSON text too, so the page summarizes exactly the
 * values the CLI does (JSON has no -0 or NaN; a clone would keep them), and a string crosses to
 * the page in one copy.
 */
import type { Scenario } from '../../sim/scenario.js';
import type { RunOptions } from '../../sim/result.js';
import type { ImportResult } from '../io/scenario-io.js';
import type { PrepareResult } from '../trainer/lesson-load.js';

export type ToWorker =
  | { readonly type: 'scenario'; readonly job: number; readonly scenario: Scenario; readonly options: RunOptions }
  | { readonly type: 'replicate'; readonly job: number; readonly replication: number };

export type FromWorker =
  /** `json`: JSON.stringify of the ReplicationResult. */
  | { readonly type: 'result'; readonly job: number; readonly replication: number; readonly json: string }
  /** `name`: the error's class name (`EventLimitError` when a replication reached its event budget). */
  | { readonly type: 'error'; readonly job: number; readonly replication: number; readonly message: string; readonly name?: string };

/** To the input worker (import-worker.ts): text to parse and validate off the page. */
export type ToInputWorker =
  | { readonly type: 'import'; readonly id: number; readonly text: string; readonly fileName: string }
  | { readonly type: 'lesson'; readonly id: number; readonly files: readonly { readonly name: string; readonly text: string }[] };

export type FromInputWorker =
  | { readonly type: 'import'; readonly id: number; readonly result: ImportResult }
  | { readonly type: 'lesson'; readonly id: number; readonly result: PrepareResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
