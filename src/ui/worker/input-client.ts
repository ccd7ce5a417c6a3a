/**
 * The page's side of the input worker (import-worker.ts): each request gets a fresh worker that is
 * terminated when it answers, or when it has not answered within the time limit (a file that takes
 * that long to read is refused, and the worker stops computing at once).
 */
import type { ImportResult } from '../io/scenario-io.js';
import type { PrepareResult } from '../trainer/lesson-load.js';
import type { FromInputWorker, ToInputWorker } from './messages.js';

/** Longest a file may take to parse and validate in the worker. */
export const INPUT_TIME_LIMIT_MS = 60_000;

/** What the client needs of a worker: a Web Worker, or a stand-in in tests. */
export interface InputWorkerLike {
  postMessage(message: ToInputWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromInputWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface InputOptions {
  readonly timeLimitMs?: number;
  readonly createWorker?: () => InputWorkerLike;
}

function defaultWorker(): InputWorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'office-sim-input' }) as InputWorkerLike;
}

let ids = 0;

function ask<T extends FromInputWorker['type']>(
  message: ToInputWorker,
  type: T,
  options: InputOptions,
): Promise<Extract<FromInputWorker, { type: T }>> {
  const limit = options.timeLimitMs ?? INPUT_TIME_LIMIT_MS;
  const worker = (options.createWorker ?? defaultWorker)();
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      worker.onmessage = worker.onerror = null;
      worker.terminate();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`reading it took longer than ${Math.round(limit / 1000)} seconds, so it was stopped`));
    }, limit);
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.id !== message.id) return;
      done();
      if (reply.type === 'error') reject(new Error(reply.message));
      else if (reply.type === type) resolve(reply as Extract<FromInputWorker, { type: T }>);
      else reject(new Error(`unexpected answer from the input worker: ${reply.type}`));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      done();
      reject(new Error(`the input worker failed: ${event.message || 'it could not start'}`));
    };
    worker.postMessage(message);
  });
}

/** `importScenario(text, fileName)`, computed in a worker. */
export async function importOffPage(text: string, fileName: string, options: InputOptions = {}): Promise<ImportResult> {
  return (await ask({ type: 'import', id: ++ids, text, fileName }, 'import', options)).result;
}

/** `prepareVariants(files)` (the trainer's own files), computed in a worker. */
export async function prepareOffPage(files: readonly { readonly name: string; readonly text: string }[], options: InputOptions = {}): Promise<PrepareResult> {
  return (await ask({ type: 'lesson', id: ++ids, files }, 'lesson', options)).result;
}
