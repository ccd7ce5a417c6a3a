/**
 * The page's side of the fit worker: one worker per fit, terminated when it answers or when the
 * fit is abandoned (a new import, the view closed).
 */
import type { FitRequest, FitWorkerMessage } from '../worker/fit-worker.js';
import type { FitResult } from '../../analysis/fit/fit.js';

export interface FitProgress {
  readonly stage: string;
  readonly done: number;
  readonly total: number;
}

export interface FitOutcome {
  readonly fit: FitResult;
  readonly yaml: string;
  readonly emitsWeek: boolean;
}

/** Which record file is which: by name (tasks, absences), else the visit log. */
export function sortRecordFiles(files: readonly File[]): { visits?: File; tasks?: File; absences?: File; ignored: File[] } {
  const out: { visits?: File; tasks?: File; absences?: File; ignored: File[] } = { ignored: [] };
  for (const file of files) {
    const name = file.name.toLowerCase();
    const kind = /task|ticket.?work|backlog/.test(name) ? 'tasks' : /absen|sick|leave|roster/.test(name) ? 'absences' : 'visits';
    if (out[kind] === undefined) out[kind] = file;
    else out.ignored.push(file);
  }
  return out;
}

export function isRecordFileName(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

export function fitInWorker(request: FitRequest, onProgress: (p: FitProgress) => void, signal: AbortSignal): Promise<FitOutcome> {
  const worker = new Worker(new URL('../worker/fit-worker.ts', import.meta.url), { type: 'module', name: 'office-sim-fit' });
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      worker.onmessage = worker.onerror = null;
      worker.terminate();
    };
    signal.addEventListener('abort', () => {
      stop();
      reject(new DOMException('abandoned', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<FitWorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m);
      else {
        stop();
        if (m.type === 'done') resolve({ fit: m.fit, yaml: m.yaml, emitsWeek: m.emitsWeek });
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error(`the fit worker failed: ${event.message || 'it could not start'}`));
    };
    worker.postMessage(request);
  });
}
