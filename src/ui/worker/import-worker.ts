/**
 * The input worker: parses and validates scenario text off the page (an imported or dropped file,
 * an inflated share link, the trainer's own files), so a huge or hostile file never blocks it.
 * Runs the same functions the page would (`importScenario`, `prepareVariants`), with the CLI's
 * parser and messages.
 */
import { importScenario } from '../io/scenario-io.js';
import { prepareVariants } from '../trainer/lesson-load.js';
import type { FromInputWorker, ToInputWorker } from './messages.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToInputWorker>) => void) | null;
  postMessage(message: FromInputWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === 'import') scope.postMessage({ type: 'import', id: message.id, result: importScenario(message.text, message.fileName) });
    else scope.postMessage({ type: 'lesson', id: message.id, result: prepareVariants(message.files) });
  } catch (error) {
    scope.postMessage({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
