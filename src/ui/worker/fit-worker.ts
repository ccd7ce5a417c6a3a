/**
 * The fit worker: reads dropped or imported record files (CSV) and fits the office, off the page,
 * with the same code as `office-sim fit` (src/analysis/fit): papaparse streams each File, the
 * statistics run, the fitted office is simulated beside the records, and the result comes back
 * with the office as YAML. Progress is posted as it goes.
 */
import { checkFit, engineSupports } from '../../analysis/fit/check.js';
import { readRecords } from '../../analysis/fit/csv-rows.js';
import { fitRecords, type FitInput, type FitResult } from '../../analysis/fit/fit.js';
import { officeYaml } from '../../analysis/fit/office-yaml.js';
import { absenceReader, taskReader, visitReader } from '../../analysis/fit/row-reader.js';

export interface FitRequest {
  readonly visits: File;
  readonly tasks?: File;
  readonly absences?: File;
  /** Simulated days per weekday in the fit check. */
  readonly checkDays: number;
}

export type FitWorkerMessage =
  | { readonly type: 'progress'; readonly stage: string; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly fit: FitResult; readonly yaml: string; readonly emitsWeek: boolean }
  | { readonly type: 'error'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<FitRequest>) => void) | null;
  postMessage(message: FitWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const request = event.data;
  const progress = (stage: string, done: number, total: number): void => scope.postMessage({ type: 'progress', stage, done, total });
  try {
    const visits = await readRecords(request.visits, request.visits.name, visitReader, undefined, (done) => progress(`Reading ${request.visits.name}`, done, request.visits.size));
    if (visits.records.n === 0) throw new Error(`${request.visits.name}: none of its ${visits.rows} rows could be used (${visits.problems.list().map((p) => p.message).join('; ')})`);
    const input: FitInput = {
      name: `Fitted from ${request.visits.name}`,
      visits: { file: request.visits.name, records: visits.records, rows: visits.rows, problems: visits.problems.list() },
    };
    const extra: { tasks?: FitInput['tasks']; absences?: FitInput['absences'] } = {};
    if (request.tasks) {
      const t = await readRecords(request.tasks, request.tasks.name, taskReader, undefined, (done) => progress(`Reading ${request.tasks!.name}`, done, request.tasks!.size));
      extra.tasks = { file: request.tasks.name, records: t.records, rows: t.rows, problems: t.problems.list() };
    }
    if (request.absences) {
      const a = await readRecords(request.absences, request.absences.name, absenceReader, undefined);
      extra.absences = { file: request.absences.name, records: a.records, rows: a.rows, problems: a.problems.list() };
    }
    progress('Fitting', 0, 1);
    const fitted = fitRecords({ ...input, ...extra });
    const supports = engineSupports();
    const check = checkFit(fitted, visits.records, { days: request.checkDays, supports, onProgress: (done, total) => progress('Simulating the fitted office', done, total) });
    const fit: FitResult = { ...fitted, check };
    // The office the editor loads must run in this page's engine: the additions it knows, no more.
    scope.postMessage({ type: 'done', fit, yaml: officeYaml(fit, supports), emitsWeek: supports.week });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
