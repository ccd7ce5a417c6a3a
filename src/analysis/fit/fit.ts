/**
 * Fitting an office from its records: the statistics of every part (calendar, arrivals, service,
 * patience, balking, staffing, absences) gathered into one FitResult, which is fit.json (documented
 * in docs/scenario-format.md) and from which scenario.ts builds office.yaml.
 */
import { fitAbsences, type AbsenceFit } from './absences.js';
import { fitArrivals, type ClassArrivals } from './arrivals.js';
import { fitBalking, type BalkingFit } from './balking.js';
import { fitDurations, type DurationFit } from './durations.js';
import { fitPatience, type PatienceFit } from './patience.js';
import { problemText, type RowProblem, type AbsenceRecords, type TaskRecords, type VisitRecords } from './records.js';
import { observeStaffing, type BusyInterval, type StaffingSeen, type WaitInterval } from './staffing.js';
import { dateText } from './timestamps.js';
import { observeCalendar, type ObservedCalendar } from './week.js';
import type { FitCheck } from './check-cells.js';

export interface SourceSummary {
  readonly kind: 'visits' | 'tasks' | 'absences';
  readonly file: string;
  /** Data rows in the file. */
  readonly rows: number;
  /** Rows read into records. */
  readonly used: number;
  /** Every row not used, by reason, with line numbers. */
  readonly problems: readonly RowProblem[];
}

export interface CustomerFit {
  readonly name: string;
  readonly visits: number;
  readonly served: number;
  readonly abandoned: number;
  readonly balked: number;
  readonly arrivals: ClassArrivals;
  readonly service: DurationFit;
  readonly patience: PatienceFit;
  readonly balking: BalkingFit;
}

export interface TaskFit {
  readonly name: string;
  readonly count: number;
  readonly completed: number;
  readonly arrivals: ClassArrivals;
  readonly service: DurationFit;
  /** Median minutes from arrival to due; null without due times. */
  readonly dueMinutes: number | null;
}

export interface FitResult {
  readonly formatVersion: 1;
  /** The fitted office's name. */
  readonly name: string;
  readonly sources: readonly SourceSummary[];
  readonly period: { readonly first: string; readonly last: string; readonly openDates: number };
  readonly calendar: ObservedCalendar;
  readonly customers: readonly CustomerFit[];
  readonly tasks: readonly TaskFit[];
  readonly staffing: StaffingSeen;
  readonly absences: AbsenceFit | null;
  /** Choices made, in words (what office.yaml leaves out and why). */
  readonly notes: readonly string[];
  /** The fit check (simulated beside observed); null until run. */
  readonly check: FitCheck | null;
}

export interface FitInput {
  readonly name: string;
  readonly visits: { readonly file: string; readonly records: VisitRecords; readonly rows: number; readonly problems: readonly RowProblem[] };
  readonly tasks?: { readonly file: string; readonly records: TaskRecords; readonly rows: number; readonly problems: readonly RowProblem[] };
  readonly absences?: { readonly file: string; readonly records: AbsenceRecords; readonly rows: number; readonly problems: readonly RowProblem[] };
}

/** The visits of one class, by index. */
function indexesOf(cls: ArrayLike<number>, which: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < cls.length; i++) if (cls[i] === which) out.push(i);
  return out;
}

export function fitRecords(input: FitInput): Omit<FitResult, 'check'> {
  const v = input.visits.records;
  const { day, arrival, wait, service, outcome, cls, server } = v.columns;
  const t = input.tasks?.records;
  // The calendar comes from every arrival, counter and back office alike.
  const allDays = t === undefined ? day : Float64Array.from([...day, ...t.columns.day]);
  const allMinutes = t === undefined ? arrival : Float64Array.from([...arrival, ...t.columns.arrival]);
  const calendar = observeCalendar(allDays, allMinutes);
  const notes: string[] = [];
  if (calendar.outsideHours > 0) notes.push(`${calendar.outsideHours} arrivals fall outside the opening hours found (the hours holding 99.9% of arrivals); they are not in the rates`);
  if (calendar.closedDates.length > 0) notes.push(`${calendar.closedDates.length} dates without records on open weekdays taken as closed (holidays): ${calendar.closedDates.slice(0, 10).join(', ')}${calendar.closedDates.length > 10 ? ', ...' : ''}`);
  notes.push(calendar.week.detected ? `weekly calendar: ${calendar.week.reason}` : `no weekly calendar: ${calendar.week.reason}`);

  // Arrival instants on one scale (day * 1440 + minute), for the queue each customer found.
  const absolute = new Float64Array(v.n);
  for (let i = 0; i < v.n; i++) absolute[i] = day[i]! * 1440 + arrival[i]!;
  const customers = v.classes.map((name, c): CustomerFit => {
    const which = indexesOf(cls, c);
    const services: number[] = [];
    const waits: number[] = [];
    const abandonedFlags: boolean[] = [];
    let served = 0;
    let abandoned = 0;
    let balked = 0;
    for (const i of which) {
      if (outcome[i] === 0) {
        served++;
        services.push(service[i]!);
        waits.push(wait[i]!);
        abandonedFlags.push(false);
      } else if (outcome[i] === 1) {
        abandoned++;
        waits.push(wait[i]!);
        abandonedFlags.push(true);
      } else balked++;
    }
    return {
      name,
      visits: which.length,
      served,
      abandoned,
      balked,
      arrivals: fitArrivals(day, arrival, cls, c, calendar),
      service: fitDurations(services),
      patience: fitPatience(waits, abandonedFlags),
      balking: fitBalking(absolute, wait, outcome, which),
    };
  });
  for (const c of customers) {
    if (c.service.zeros > 0) notes.push(`${c.name}: ${c.service.zeros} services of zero length left out of the service-time fit`);
    if (c.service.n === 0) notes.push(`${c.name}: no served visit, so no service time: the class is left out of office.yaml`);
    else if (c.service.chosen === null) notes.push(`${c.name}: fewer than 10 services; service time is an exponential with the sample mean`);
    if (c.balked > 0) notes.push(`${c.name}: ${c.balking.note}`);
    if (c.patience.exponential === null) notes.push(`${c.name}: nobody abandoned; no patience in the fitted scenario (never abandons)`);
  }

  const tasks = (t?.classes ?? []).map((name, k): TaskFit => {
    const tc = t!.columns;
    const which = indexesOf(tc.cls, k);
    const services: number[] = [];
    const dues: number[] = [];
    let overnight = 0;
    for (const i of which) {
      const service = tc.service[i]!;
      // Work that ran past midnight was paused overnight: its span is not a work time.
      if (Number.isFinite(service)) {
        if (tc.arrival[i]! + tc.wait[i]! + service > 1440) overnight++;
        else services.push(service);
      }
      if (Number.isFinite(tc.due[i]!)) dues.push(tc.due[i]!);
    }
    if (overnight > 0) notes.push(`${name}: ${overnight} tasks worked across midnight left out of the work-time fit (paused overnight)`);
    const unfinished = which.length - services.length - overnight;
    if (unfinished > 0) notes.push(`${name}: ${unfinished} tasks without a completion left out of the work-time fit (long tasks are more likely among them, so the fitted mean may be low)`);
    dues.sort((a, b) => a - b);
    return {
      name,
      count: which.length,
      completed: services.length,
      arrivals: fitArrivals(tc.day, tc.arrival, tc.cls, k, calendar),
      service: fitDurations(services),
      dueMinutes: dues.length === 0 ? null : dues[dues.length >> 1]!,
    };
  });
  if (tasks.length > 0) notes.push('tasks: every task is fitted as internal workload (arrivals.perDay); the records do not say which came from a counter visit, so no handoffs are fitted; work durations include any pauses');

  const intervals: BusyInterval[] = [];
  for (let i = 0; i < v.n; i++) {
    if (outcome[i] !== 0) continue;
    const start = arrival[i]! + wait[i]!;
    intervals.push({ day: day[i]!, start, end: start + service[i]!, server: server[i]!, area: 'front', cls: cls[i]! });
  }
  // Task workers join the counter's list of people by name.
  const servers = [...v.servers];
  if (t !== undefined) {
    const tc = t.columns;
    const byName = new Map(servers.map((s, i) => [s, i]));
    const taskServer = t.servers.map((s) => {
      let i = byName.get(s);
      if (i === undefined) {
        i = servers.length;
        servers.push(s);
        byName.set(s, i);
      }
      return i;
    });
    for (let i = 0; i < t.n; i++) {
      if (!Number.isFinite(tc.service[i]!) || !Number.isFinite(tc.wait[i]!)) continue;
      const start = tc.arrival[i]! + tc.wait[i]!;
      intervals.push({ day: tc.day[i]!, start, end: start + tc.service[i]!, server: tc.server[i]! < 0 ? -1 : taskServer[tc.server[i]!]!, area: 'back', cls: tc.cls[i]! });
    }
  }
  const hasServer = v.hasServer || (t?.hasServer ?? false);
  const waits: WaitInterval[] = [];
  for (let i = 0; i < v.n; i++) if (outcome[i] !== 2) waits.push({ day: day[i]!, start: arrival[i]!, end: arrival[i]! + wait[i]!, area: 'front' });
  if (t !== undefined) {
    const tc = t.columns;
    for (let i = 0; i < t.n; i++) if (Number.isFinite(tc.wait[i]!)) waits.push({ day: tc.day[i]!, start: tc.arrival[i]!, end: tc.arrival[i]! + tc.wait[i]!, area: 'back' });
  }
  const staffing = observeStaffing(intervals, servers, calendar, hasServer, waits);
  if (!hasServer) notes.push('no server column: the roster is a group as large as the busiest moment of a typical day, on duty through the opening hours');
  if (staffing.occasional.length > 0) notes.push(`${staffing.occasional.length} people served on fewer than half the dates of every weekday and are left out of the roster: ${staffing.occasional.slice(0, 8).join(', ')}`);
  notes.push('shifts are the median first start to the median last end of service (to the half hour); a break is the longest idle stretch of a day (15 minutes or more) while someone waited, when it shows on at least a quarter of the days worked (median start and length, to 5 minutes)');

  let absences: AbsenceFit | null = null;
  if (input.absences !== undefined) {
    const worked = new Map<string, Set<number>>();
    for (const b of intervals) {
      if (b.server < 0) continue;
      const name = servers[b.server]!;
      let set = worked.get(name);
      if (set === undefined) worked.set(name, (set = new Set()));
      set.add(b.day);
    }
    absences = fitAbsences(input.absences.records, worked);
  }
  const sources: SourceSummary[] = [{ kind: 'visits', file: input.visits.file, rows: input.visits.rows, used: v.n, problems: input.visits.problems }];
  if (input.tasks) sources.push({ kind: 'tasks', file: input.tasks.file, rows: input.tasks.rows, used: input.tasks.records.n, problems: input.tasks.problems });
  if (input.absences) sources.push({ kind: 'absences', file: input.absences.file, rows: input.absences.rows, used: input.absences.records.n, problems: input.absences.problems });
  return {
    formatVersion: 1,
    name: input.name,
    sources,
    period: { first: dateText(calendar.firstDay), last: dateText(calendar.lastDay), openDates: calendar.weekdays.reduce((a, w) => a + w.openDates.length, 0) },
    calendar,
    customers,
    tasks,
    staffing,
    absences,
    notes,
  };
}

/** Every problem of every source, one line each. */
export function problemLines(fit: Pick<FitResult, 'sources'>): string[] {
  return fit.sources.flatMap((s) => s.problems.map(problemText));
}
