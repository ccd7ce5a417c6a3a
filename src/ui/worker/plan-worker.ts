/**
 * A training-planner worker: runs (plan, replication) jobs of one office with the same VariantRunner
 * the CLI's threads use (each variant compiled once per worker), so the browser's plans get the
 * CLI's numbers to the bit.
 */
import type { TrainingCandidate } from '../../planning/training/problem.js';
import { VariantRunner } from '../../planning/training/variant.js';
import type { Scenario } from '../../sim/scenario.js';

export type ToPlanWorker =
  | { readonly type: 'setup'; readonly session: number; readonly scenario: Scenario; readonly candidates: readonly TrainingCandidate[] }
  | { readonly type: 'run'; readonly session: number; readonly id: number; readonly plan: readonly number[]; readonly replication: number };

export type FromPlanWorker =
  | { readonly type: 'result'; readonly session: number; readonly id: number; readonly json: string }
  | { readonly type: 'error'; readonly session: number; readonly id: number; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToPlanWorker>) => void) | null;
  postMessage(message: FromPlanWorker): void;
}

const scope = self as unknown as WorkerScope;
let session = -1;
let runner: VariantRunner | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'setup') {
    session = message.session;
    runner = new VariantRunner(message.scenario, message.candidates);
    return;
  }
  if (message.session !== session || runner === null) {
    scope.postMessage({ type: 'error', session: message.session, id: message.id, message: 'the worker has no office for this search' });
    return;
  }
  try {
    scope.postMessage({ type: 'result', session, id: message.id, json: JSON.stringify(runner.run({ plan: message.plan, replication: message.replication })) });
  } catch (error) {
    scope.postMessage({ type: 'error', session, id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
