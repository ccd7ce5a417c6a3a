/**
 * Turns the rows of a record file (already split into fields by the CSV parser) into records:
 * finds the columns from the header, reads times, durations and outcomes, and counts every row it
 * cannot use under its reason. Pure and incremental, so the CLI streams files through it in Node
 * and the web app in a worker.
 */
import { KNOWN_COLUMNS, normalizeName, OUTCOME_WORDS, PRESENT_WORDS, resolveColumns, SICK_WORDS, type ColumnsMap, type Outcome, type RecordKind } from './columns.js';
import { AbsenceBuilder, OUTCOME_CODE, ProblemLog, TaskBuilder, VisitBuilder, type AbsenceRecords, type TaskRecords, type VisitRecords } from './records.js';
import { absoluteMinutes, parseClock, parseDuration, parseTimestamp, type WallTime } from './timestamps.js';

/** A file that cannot be read at all (empty, no usable header): the CLI exits 1 and writes nothing. */
export class RecordFileError extends Error {}

export interface RowReader<R> {
  /** One data row; `line` is its 1-based line in the file. */
  row(fields: readonly string[], line: number): void;
  /** The records read, and the problems met. */
  done(): { records: R; problems: ProblemLog; rows: number };
}

const NO_CLASS = { visits: 'customer', tasks: 'task' } as const;

/** A name usable in a scenario (no '#', no control characters, trimmed, at most 100 characters). */
export function scenarioName(raw: string): string {
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/#/g, '-').trim().slice(0, 100).trim();
  return cleaned === '' || cleaned === '__proto__' ? 'unnamed' : cleaned;
}

function requireColumns(file: string, kind: RecordKind, header: readonly string[], index: Readonly<Record<string, number>>, needs: readonly (readonly string[])[]): void {
  for (const alternatives of needs) {
    if (alternatives.some((role) => role in index)) continue;
    const role = alternatives[0]!;
    const known = (KNOWN_COLUMNS[kind] as Record<string, readonly string[]>)[role]!.slice(0, 8).join(', ');
    const either = alternatives.length > 1 ? ` (or ${alternatives.slice(1).join(' / ')})` : '';
    throw new RecordFileError(
      `${file}: no ${role} column${either}: the header has ${header.map((h) => JSON.stringify(h)).join(', ')}; ` +
        `names recognised for ${role}: ${known}, ...; name yours in --columns MAP.yaml as \`${kind}: { ${role}: <column> }\``,
    );
  }
}

function checkHeader(file: string, kind: RecordKind, header: readonly string[], map: ColumnsMap | undefined): Readonly<Record<string, number>> {
  if (header.length === 0 || header.every((h) => h.trim() === '')) throw new RecordFileError(`${file} is empty: no header line and no rows`);
  const { index, missingMapped } = resolveColumns(kind, header, map);
  if (missingMapped.length > 0) {
    const m = missingMapped[0]!;
    throw new RecordFileError(`${file}: the columns map names ${JSON.stringify(m.column)} for ${kind}.${m.role}, but the header has no such column (it has ${header.map((h) => JSON.stringify(h)).join(', ')})`);
  }
  return index;
}

/** Reads a time cell: a full timestamp, or a time of day combined with the row's date cell. */
function timeReader(index: Readonly<Record<string, number>>, map: ColumnsMap | undefined) {
  const order = map?.dateOrder ?? 'dmy';
  return (fields: readonly string[], role: string): WallTime | null | 'absent' => {
    const i = index[role];
    if (i === undefined) return 'absent';
    const text = fields[i]?.trim() ?? '';
    if (text === '') return 'absent';
    const full = parseTimestamp(text, order);
    if (full !== null && (/\d[ T]+\d/.test(text) || /^\d{10,13}$/.test(text))) return full;
    const dateIndex = index['date'];
    const clock = parseClock(text);
    if (clock !== null && dateIndex !== undefined) {
      const date = parseTimestamp(fields[dateIndex] ?? '', order);
      if (date === null) return null;
      return { day: date.day, minute: clock.minute, offset: clock.offset };
    }
    return full;
  };
}

function outcomeWords(map: ColumnsMap | undefined): Map<string, Outcome> {
  const words = new Map<string, Outcome>();
  for (const [outcome, list] of Object.entries(OUTCOME_WORDS) as [Outcome, readonly string[]][]) for (const w of list) words.set(w, outcome);
  for (const [outcome, list] of Object.entries(map?.visits?.outcomes ?? {}) as [Outcome, string[]][]) for (const w of list) words.set(normalizeName(w), outcome);
  return words;
}

/** Gaps longer than this (minutes) between two times of one row are taken as a wrong date, not a long visit. */
const MAX_SPAN_MINUTES = 7 * 1440;

/** The trimmed text of a role's column in a row ('' when the file has no such column). */
function cellReader(index: Readonly<Record<string, number>>): (fields: readonly string[], role: string) => string {
  return (fields, role) => (index[role] === undefined ? '' : (fields[index[role]!] ?? '').trim());
}

export function visitReader(file: string, header: readonly string[], map: ColumnsMap | undefined): RowReader<VisitRecords> {
  const index = checkHeader(file, 'visits', header, map);
  requireColumns(file, 'visits', header, index, [['arrival'], ['start', 'wait', 'end']]);
  const time = timeReader(index, map);
  const words = outcomeWords(map);
  const unit = map?.durationUnit ?? 'minutes';
  const builder = new VisitBuilder('server' in index);
  const problems = new ProblemLog(file);
  let rows = 0;
  const cell = cellReader(index);
  const duration = (fields: readonly string[], role: string): number | null | 'absent' => {
    const text = cell(fields, role);
    return text === '' ? 'absent' : parseDuration(text, unit);
  };
  return {
    row(fields, line) {
      rows++;
      const arrival = time(fields, 'arrival');
      if (arrival === 'absent') return problems.add('no arrival time', line);
      if (arrival === null) return problems.add(`arrival time not readable (e.g. ${JSON.stringify(cell(fields, 'arrival').slice(0, 40))}; dates may be 2024-03-04 09:15, 04/03/2024 09:15 (dateOrder in the columns map), epoch seconds)`, line);
      const start = time(fields, 'start');
      const end = time(fields, 'end');
      const waitCell = duration(fields, 'wait');
      const serviceCell = duration(fields, 'service');
      for (const [role, value] of [['start', start], ['end', end]] as const) if (value === null) return problems.add(`${role} time not readable`, line);
      for (const [role, value] of [['wait', waitCell], ['service', serviceCell]] as const) if (value === null) return problems.add(`${role} duration not readable or negative (use minutes, H:MM:SS or MM:SS; durationUnit in the columns map)`, line);
      let outcome: Outcome;
      const said = cell(fields, 'outcome');
      if (said !== '') {
        const o = words.get(normalizeName(said));
        if (o === undefined) return problems.add(`outcome ${JSON.stringify(said.slice(0, 30))} not recognised (served, abandoned or balked; map other words under visits.outcomes in the columns map)`, line);
        outcome = o;
      } else if ('outcome' in index) return problems.add('no outcome', line);
      else outcome = start !== 'absent' || serviceCell !== 'absent' ? 'served' : end !== 'absent' || waitCell !== 'absent' ? 'abandoned' : 'balked';
      const a = absoluteMinutes(arrival);
      let wait = NaN;
      let service = NaN;
      if (outcome === 'served') {
        if (start !== 'absent') wait = absoluteMinutes(start as WallTime) - a;
        else if (waitCell !== 'absent') wait = waitCell as number;
        else return problems.add('served, but no service start time or wait', line);
        if (end !== 'absent') service = absoluteMinutes(end as WallTime) - (a + wait);
        else if (serviceCell !== 'absent') service = serviceCell as number;
        else return problems.add('served, but no service end time or service duration', line);
        if (service < 0) return problems.add('end before start', line);
      } else if (outcome === 'abandoned') {
        if (end !== 'absent') wait = absoluteMinutes(end as WallTime) - a;
        else if (waitCell !== 'absent') wait = waitCell as number;
        else if (start !== 'absent') wait = absoluteMinutes(start as WallTime) - a;
        else return problems.add('abandoned, but no time of leaving or wait', line);
      }
      if (wait < 0) return problems.add(outcome === 'served' ? 'service start before arrival' : 'left before arrival', line);
      if (wait > MAX_SPAN_MINUTES || service > MAX_SPAN_MINUTES) return problems.add('times more than a week apart (a wrong date?)', line);
      const cls = builder.classes.of(scenarioName(cell(fields, 'class') || NO_CLASS.visits));
      const serverName = cell(fields, 'server');
      builder.push({ day: arrival.day, arrival: arrival.minute, wait, service, outcome: OUTCOME_CODE[outcome], cls, server: serverName === '' ? -1 : builder.servers.of(scenarioName(serverName)) });
    },
    done: () => ({ records: builder.done(), problems, rows }),
  };
}

export function taskReader(file: string, header: readonly string[], map: ColumnsMap | undefined): RowReader<TaskRecords> {
  const index = checkHeader(file, 'tasks', header, map);
  requireColumns(file, 'tasks', header, index, [['arrival']]);
  const time = timeReader(index, map);
  const unit = map?.durationUnit ?? 'minutes';
  const builder = new TaskBuilder('server' in index);
  const problems = new ProblemLog(file);
  let rows = 0;
  const cell = cellReader(index);
  return {
    row(fields, line) {
      rows++;
      const arrival = time(fields, 'arrival');
      if (arrival === 'absent') return problems.add('no arrival time', line);
      if (arrival === null) return problems.add(`arrival time not readable (e.g. ${JSON.stringify(cell(fields, 'arrival').slice(0, 40))})`, line);
      const start = time(fields, 'start');
      const end = time(fields, 'end');
      const due = time(fields, 'due');
      for (const [role, value] of [['start', start], ['completion', end], ['due', due]] as const) if (value === null) return problems.add(`${role} time not readable`, line);
      const a = absoluteMinutes(arrival);
      let wait = start !== 'absent' ? absoluteMinutes(start as WallTime) - a : NaN;
      const waitText = cell(fields, 'wait');
      if (Number.isNaN(wait) && waitText !== '') wait = parseDuration(waitText, unit) ?? NaN;
      let service = end !== 'absent' && !Number.isNaN(wait) ? absoluteMinutes(end as WallTime) - (a + wait) : NaN;
      const serviceText = cell(fields, 'service');
      if (serviceText !== '') {
        const d = parseDuration(serviceText, unit);
        if (d === null) return problems.add('work duration not readable', line);
        service = d;
      }
      if (wait < 0) return problems.add('start before arrival', line);
      if (service < 0) return problems.add('completion before start', line);
      const dueIn = due !== 'absent' ? absoluteMinutes(due as WallTime) - a : NaN;
      const cls = builder.classes.of(scenarioName(cell(fields, 'class') || NO_CLASS.tasks));
      const serverName = cell(fields, 'server');
      builder.push({ day: arrival.day, arrival: arrival.minute, wait, service, due: dueIn, cls, server: serverName === '' ? -1 : builder.servers.of(scenarioName(serverName)) });
    },
    done: () => ({ records: builder.done(), problems, rows }),
  };
}

export function absenceReader(file: string, header: readonly string[], map: ColumnsMap | undefined): RowReader<AbsenceRecords> {
  const index = checkHeader(file, 'absences', header, map);
  requireColumns(file, 'absences', header, index, [['person'], ['date']]);
  const order = map?.dateOrder ?? 'dmy';
  const sick = new Set<string>([...SICK_WORDS, ...(map?.absences?.sick ?? []).map(normalizeName)]);
  const present = new Set<string>(PRESENT_WORDS);
  const builder = new AbsenceBuilder();
  const problems = new ProblemLog(file);
  let rows = 0;
  const cell = cellReader(index);
  return {
    row(fields, line) {
      rows++;
      const person = cell(fields, 'person');
      if (person === '') return problems.add('no person', line);
      const date = parseTimestamp(cell(fields, 'date'), order);
      if (date === null) return problems.add('date not readable', line);
      const reason = normalizeName(cell(fields, 'reason'));
      // Without a reason column every row is a sick day (the common export: a list of sick days).
      const code = !('reason' in index) || sick.has(reason) ? 1 : present.has(reason) ? 0 : 2;
      builder.push({ person: builder.people.of(scenarioName(person)), day: date.day, sick: code });
    },
    done: () => ({ records: builder.done(), problems, rows }),
  };
}
