/**
 * What `office-sim fit` does: reads the record files (streamed, with a progress bar on a terminal),
 * fits the office, simulates it beside the records, and writes office.yaml, fit.json, fit-check.csv
 * and optionally report.html into --out, atomically and under the directory's lock. Nothing is
 * written until every input has been read: a file that cannot be read ends the command (exit 1)
 * with the directory untouched.
 */
import { createReadStream } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { csvText } from '../analysis/csv.js';
import { CHECK_MEASURES, checkFit, engineSupports, type FitCheck } from '../analysis/fit/check.js';
import { columnsMapSchema, type ColumnsMap } from '../analysis/fit/columns.js';
import { readRecords, type ReaderFactory, type ReadResult } from '../analysis/fit/csv-rows.js';
import { fitRecords, problemLines, type FitResult } from '../analysis/fit/fit.js';
import { officeYaml } from '../analysis/fit/office-yaml.js';
import { absenceReader, RecordFileError, taskReader, visitReader } from '../analysis/fit/row-reader.js';
import { clockText } from '../analysis/fit/scenario.js';
import type { FitOptions } from './commands/fit.js';
import { writeFileAtomic } from './atomic.js';
import { CliError, EXIT, UsageError } from './exit.js';
import { note } from './notes.js';
import { createAmountProgress } from './progress.js';
import { withOutput } from './commands/execute.js';
import { OWNER_FILE } from './output-dir.js';

async function readColumnsMap(path: string): Promise<ColumnsMap> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the columns map ${path}: ${(error as Error).message}`, EXIT.invalidScenario);
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new CliError(`${path}: invalid YAML: ${doc.errors[0]!.message}`, EXIT.invalidScenario);
  const parsed = columnsMapSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new CliError(lines[0]!, EXIT.invalidScenario, [...lines, `${path}: allowed: visits, tasks, absences (column names per role), dateOrder (dmy|mdy), durationUnit (seconds|minutes|hours); see office-sim fit --help`]);
  }
  return parsed.data;
}

async function readFileRecords<R>(path: string, factory: ReaderFactory<R>, map: ColumnsMap | undefined, quiet: boolean): Promise<ReadResult<R>> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, EXIT.invalidScenario);
  });
  if (info.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory, not a CSV file`, EXIT.invalidScenario);
  const progress = createAmountProgress({ label: `reading ${basename(path)}`, total: info.size, unit: 'bytes', quiet });
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const opened = new Promise<never>((_, reject) => stream.once('error', (error) => reject(new CliError(`cannot read ${path}: ${error.message}`, EXIT.invalidScenario))));
  opened.catch(() => {});
  try {
    // The cursor counts characters; bytes differ only by multi-byte text, close enough for a bar.
    return await Promise.race([readRecords(stream, path, factory, map, (done) => progress.update(done)), opened]);
  } catch (error) {
    if (error instanceof RecordFileError) throw new CliError(error.message, EXIT.invalidScenario);
    throw error;
  } finally {
    progress.stop();
    stream.destroy();
  }
}

/** The check as a table: one row per weekday and hour (and whole day), observed beside simulated. */
export function checkCsv(check: FitCheck): string {
  const header = ['weekday', 'hour', ...CHECK_MEASURES.flatMap((m) => [`${m}.observed`, `${m}.observedLow`, `${m}.observedHigh`, `${m}.simulated`, `${m}.simulatedLow`, `${m}.simulatedHigh`]), 'departs'];
  const rows = check.cells.map((c) => [
    c.weekday,
    c.start === null ? 'day' : clockText(c.start),
    ...CHECK_MEASURES.flatMap((m) => [c.observed[m].mean, c.observed[m].ci95?.[0] ?? null, c.observed[m].ci95?.[1] ?? null, c.simulated[m].mean, c.simulated[m].ci95?.[0] ?? null, c.simulated[m].ci95?.[1] ?? null]),
    c.departs.join(' '),
  ]);
  return csvText(header, rows);
}

export async function runFit(visitsPath: string, options: FitOptions): Promise<void> {
  const quiet = options.quiet ?? false;
  const out = options.out;
  const outInfo = await stat(out).catch(() => null);
  if (outInfo !== null && !outInfo.isDirectory()) throw new UsageError(`--out ${out} is a file, not a directory: give a directory (new, empty, or an earlier output)`);
  const map = options.columns === undefined ? undefined : await readColumnsMap(options.columns);
  const visits = await readFileRecords(visitsPath, visitReader, map, quiet);
  const tasks = options.tasks === undefined ? undefined : await readFileRecords(options.tasks, taskReader, map, quiet);
  const absences = options.absences === undefined ? undefined : await readFileRecords(options.absences, absenceReader, map, quiet);
  if (visits.records.n === 0) {
    throw new CliError(`${visitsPath}: none of its ${visits.rows} rows could be used`, EXIT.invalidScenario, [`${visitsPath}: none of its ${visits.rows} rows could be used:`, ...visits.problems.list().map((p) => `  ${p.count} rows: ${p.message} (lines ${p.lines.join(', ')})`)]);
  }
  const name = `Fitted from ${basename(visitsPath)}`;
  const fitted = fitRecords({
    name,
    visits: { file: visitsPath, records: visits.records, rows: visits.rows, problems: visits.problems.list() },
    ...(tasks ? { tasks: { file: options.tasks!, records: tasks.records, rows: tasks.rows, problems: tasks.problems.list() } } : {}),
    ...(absences ? { absences: { file: options.absences!, records: absences.records, rows: absences.rows, problems: absences.problems.list() } } : {}),
  });
  for (const line of problemLines(fitted)) note(quiet, `skipped: ${line}`);
  const supports = engineSupports();
  const days = options.checkDays ?? 20;
  const openWeekdays = fitted.calendar.weekdays.filter((w) => w.hours !== null).length;
  const progress = createAmountProgress({ label: 'fit check', total: supports.week && fitted.calendar.week.detected ? days : days * openWeekdays, unit: 'days simulated', quiet });
  const check = checkFit(fitted, visits.records, { days, supports, onProgress: (done) => progress.update(done) });
  progress.stop();
  const fit: FitResult = { ...fitted, check };
  // office.yaml always carries the agreed week and weibull keys (FORMAT-AGREEMENTS.md §1-2).
  const yamlText = officeYaml(fit, { week: true, weibull: true });
  const json = `${JSON.stringify(fit, null, 1)}\n`;
  let reportHtml: string | null = null;
  if (options.report) {
    const { renderFitReport } = await import('./fit-report.js');
    reportHtml = await renderFitReport(fit);
  }
  // A report left by an earlier fit into this office-sim directory would describe other records.
  const ours = await stat(join(out, OWNER_FILE)).then(() => true, () => false);
  await withOutput(out, 'fit', options, async () => {
    await writeFileAtomic(join(out, 'office.yaml'), yamlText);
    await writeFileAtomic(join(out, 'fit.json'), json);
    await writeFileAtomic(join(out, 'fit-check.csv'), checkCsv(check));
    if (reportHtml !== null) await writeFileAtomic(join(out, 'report.html'), reportHtml);
    else if (ours) await rm(join(out, 'report.html'), { force: true });
  });
  for (const text of fit.notes) note(quiet, `note: ${text}`);
  note(quiet, check.verdict);
  note(quiet, `wrote ${out}: office.yaml, fit.json, fit-check.csv${reportHtml !== null ? ', report.html' : ''}`);
  if (options.json) process.stdout.write(json);
}
