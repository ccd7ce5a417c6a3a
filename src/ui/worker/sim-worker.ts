/**
 * A simulation worker: runs `runReplication` (the same pure function the CLI runs) for the
 * replication indices the page gives it, one at a time, so the page can hand out indices as
 * workers free up and show each result as it comes.
 */
import { runReplication } from '../../sim/office/index.js';
import type { Scenario } from '../../sim/scenario.js';
import type { RunOptions } from '../../sim/result.js';
import type { FromWorker, ToWorker } from './messages.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
let job = -1;
let scenario: Scenario | null = null;
let options: RunOptions = {};

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'scenario') {
    job = message.job;
    scenario = message.scenario;
    options = message.options;
    return;
  }
  if (message.job !== job || scenario === null) {
    scope.postMessage({ type: 'error', job: message.job, replication: message.replication, message: 'the worker has no scenario for this run' });
    return;
  }
  try {
    const json = JSON.stringify(runReplication(scenario, message.replication, options));
    scope.postMessage({ type: 'result', job, replication: message.replication, json });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', job, replication: message.replication, message: text, ...(error instanceof Error ? { name: error.name } : {}) });
  }
};
