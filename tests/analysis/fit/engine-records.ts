/**
 * Office records written by the engine itself: a known office is simulated day by day (each
 * weekday with its own arrival factor, closed weekdays skipped) with the event trace on, and every
 * counter customer becomes a visit row (arrival, service start and end, outcome, class, server), so
 * a fit of the rows can be held against the truth. Used by the recovery tests and bench/fit.ts.
 */
import { compileOffice } from '../../../src/sim/office/index.js';
import { parseScenario } from '../../../src/sim/schema.js';

export interface EngineRecordsSpec {
  /** A scenario file object (one day per replication), its arrival rates the base week's. */
  readonly scenario: Record<string, unknown>;
  readonly weeks: number;
  /** Arrival factor per weekday, Monday first; 0 closes that weekday. */
  readonly weekdayFactors: readonly number[];
  /** First date (a Monday), YYYY-MM-DD. */
  readonly start?: string;
  /** Also write the timezone offset (as +01:00) on every time. */
  readonly offset?: string;
}


/** "YYYY-MM-DD HH:MM:SS" of a day number and a minute of the day. */
export function stamp(day: number, minute: number, offset = ''): string {
  const whole = Math.round(minute * 60);
  const date = new Date(day * 86_400_000 + whole * 1000).toISOString();
  return `${date.slice(0, 10)} ${date.slice(11, 19)}${offset}`;
}

export const VISIT_HEADER = 'arrival,service_start,service_end,outcome,class,server';

function scaled(file: Record<string, unknown>, factor: number): Record<string, unknown> {
  const customers = (file['customers'] as Record<string, unknown>[]).map((c) => {
    const arrivals = c['arrivals'] as { perHour: number | number[] };
    const perHour = Array.isArray(arrivals.perHour) ? arrivals.perHour.map((r) => r * factor) : arrivals.perHour * factor;
    return { ...c, arrivals: { perHour } };
  });
  return { ...file, customers };
}

/** Yields the CSV lines (header first) of the visits of `weeks` weeks. */
export function* engineVisitLines(spec: EngineRecordsSpec): Generator<string> {
  const firstDay = Math.round(Date.parse(`${spec.start ?? '2024-01-01'}T00:00:00Z`) / 86_400_000);
  const offices = spec.weekdayFactors.map((f) => {
    if (f === 0) return null;
    const parsed = parseScenario(JSON.stringify(scaled(spec.scenario, f)), 'truth.json');
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    return compileOffice(parsed.scenario);
  });
  const names = (spec.scenario['customers'] as { name: string }[]).map((c) => c.name);
  const people = offices.find((o) => o !== null)!.scenario.staff.map((p) => p.name.replace('#', '-'));
  yield VISIT_HEADER;
  for (let d = 0; d < spec.weeks * 7; d++) {
    const office = offices[d % 7];
    if (office === null || office === undefined) continue;
    const day = firstDay + d;
    const trace = office.run(d, { trace: true, traceLimit: 50_000_000 }).trace ?? [];
    const items = new Map<number, { cls: number; arrive: number; start?: number; end?: number; person?: number; outcome?: string }>();
    for (const e of trace) {
      if (!('item' in e) || !e.front) continue;
      if (e.kind === 'arrive') items.set(e.item, { cls: e.cls, arrive: e.t });
      const it = items.get(e.item);
      if (it === undefined) continue;
      if (e.kind === 'start' && it.start === undefined) {
        it.start = e.t;
        it.person = e.person;
      } else if (e.kind === 'finish') {
        it.end = e.t;
        it.outcome = 'served';
      } else if (e.kind === 'abandon') {
        it.end = e.t;
        it.outcome = 'abandoned';
      } else if (e.kind === 'balk') it.outcome = 'balked';
      else if (e.kind === 'turnAway') it.outcome = 'turned away';
    }
    const o = spec.offset ?? '';
    for (const it of items.values()) {
      if (it.outcome === undefined || it.outcome === 'turned away') continue;
      const start = it.outcome === 'served' ? stamp(day, it.start!, o) : '';
      const end = it.outcome === 'balked' ? '' : stamp(day, it.end!, o);
      yield `${stamp(day, it.arrive, o)},${start},${end},${it.outcome},${names[it.cls]},${it.outcome === 'served' ? people[it.person!] : ''}`;
    }
  }
}

export const TASK_HEADER = 'created,started,completed,due,type,assignee';

/**
 * Yields the CSV lines (header first) of the back-office tasks of `days` days of one office: arrival,
 * first start, completion, due time (when the type has one), type and who started it. Tasks paused
 * (a break, the end of a shift) are written too, their completion being when they were finished.
 */
export function* engineTaskLines(scenario: Record<string, unknown>, days: number, start = '2024-01-01'): Generator<string> {
  const firstDay = Math.round(Date.parse(`${start}T00:00:00Z`) / 86_400_000);
  const parsed = parseScenario(JSON.stringify(scenario), 'truth.json');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  const office = compileOffice(parsed.scenario);
  const types = parsed.scenario.tasks;
  const people = parsed.scenario.staff.map((p) => p.name.replace('#', '-'));
  yield TASK_HEADER;
  for (let d = 0; d < days; d++) {
    const day = firstDay + d;
    const items = new Map<number, { cls: number; arrive: number; start?: number; end?: number; person?: number }>();
    for (const e of office.run(d, { trace: true, traceLimit: 50_000_000 }).trace ?? []) {
      if (!('item' in e) || e.front) continue;
      if (e.kind === 'arrive') items.set(e.item, { cls: e.cls, arrive: e.t });
      const it = items.get(e.item);
      if (it === undefined) continue;
      if (e.kind === 'start' && it.start === undefined) {
        it.start = e.t;
        it.person = e.person;
      } else if (e.kind === 'finish') it.end = e.t;
    }
    for (const it of items.values()) {
      const due = types[it.cls]!.dueMinutes;
      yield [stamp(day, it.arrive), it.start === undefined ? '' : stamp(day, it.start), it.end === undefined ? '' : stamp(day, it.end), due === null ? '' : stamp(day, it.arrive + due), types[it.cls]!.name, it.person === undefined ? '' : people[it.person]].join(',');
    }
  }
}
