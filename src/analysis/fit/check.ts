/**
 * Does it fit? The fitted office, staffed as the records show (nobody sick: the records already
 * show who came), is simulated, and per weekday and opening hour the simulated arrivals, served,
 * abandoned, mean wait and service level stand beside the observed ones, each as a mean per day
 * with its 95% interval (over observed dates; over simulated days). A cell departs when the two
 * means differ by more than 3 standard errors of their difference (about 1 chance in 370 by luck,
 * so a few hundred cells give about one false alarm) and by more than a manager would notice (half
 * a minute of mean wait, 5 points of service level); the verdict names where departures gather.
 *
 * The engine on this branch may not know the weekly calendar yet: `engineSupports` probes it, and
 * without the week each open weekday is simulated alone (scenario.ts, mode `day`); with it, the
 * whole week at once (mode `week`). Both give the same cells.
 */
import { summarize, type Summary } from '../statistics.js';
import { compileOffice } from '../../sim/office/index.js';
import { parseScenario } from '../../sim/schema.js';
import type { TraceEvent } from '../../sim/result.js';
import type { FitResult } from './fit.js';
import type { VisitRecords } from './records.js';
import { buildScenario, clockText } from './scenario.js';
import { weekdayOf } from './timestamps.js';
import { WEEKDAYS } from './week.js';
import { CHECK_MEASURES, MEASURE_LABELS, type CheckCell, type CheckMeasure, type FitCheck } from './check-cells.js';

export { CHECK_MEASURES, MEASURE_LABELS, type CheckCell, type CheckMeasure, type FitCheck } from './check-cells.js';

/** What the engine this code runs with understands (probed once by parsing a tiny scenario). */
export function engineSupports(): { week: boolean; weibull: boolean } {
  const probe = (extra: { calendar?: object; service?: object }): boolean =>
    parseScenario(
      JSON.stringify({ version: 1, calendar: { days: 7, ...extra.calendar }, customers: [{ name: 'a', arrivals: { perHour: 1 }, service: extra.service ?? 1 }], staff: [{ name: 'x', home: 'front' }] }),
      'probe.json',
    ).ok;
  return { week: probe({ calendar: { firstWeekday: 'mon' } }), weibull: probe({ service: { dist: 'weibull', shape: 1.5, scale: 5 } }) };
}

/** Per day and hour of arrival: the five measures of one day's customers. */
class DayHourTally {
  /** key `${dayKey}:${hourIndex}` */
  readonly cells = new Map<string, { weekday: number; hour: number; arrivals: number; served: number; abandoned: number; waitSum: number; withinTarget: number }>();
  readonly days = new Map<number, number>();
  add(dayKey: number, weekday: number, minute: number, outcome: 'served' | 'abandoned' | 'other', wait: number, target: number): void {
    this.days.set(dayKey, weekday);
    const hour = Math.floor(minute / 60);
    const key = `${dayKey}:${hour}`;
    let c = this.cells.get(key);
    if (c === undefined) this.cells.set(key, (c = { weekday, hour, arrivals: 0, served: 0, abandoned: 0, waitSum: 0, withinTarget: 0 }));
    c.arrivals++;
    if (outcome === 'served') {
      c.served++;
      c.waitSum += wait;
      if (wait <= target) c.withinTarget++;
    } else if (outcome === 'abandoned') c.abandoned++;
  }
  /** Values per day (one per day of the weekday, zero counts included) for an hour (or the whole day, hour null). */
  values(weekday: number, hour: number | null): Record<CheckMeasure, (number | null)[]> {
    const out: Record<CheckMeasure, (number | null)[]> = { arrivals: [], served: [], abandoned: [], waitMean: [], serviceLevel: [] };
    for (const [dayKey, w] of this.days) {
      if (w !== weekday) continue;
      let arrivals = 0;
      let served = 0;
      let abandoned = 0;
      let waitSum = 0;
      let within = 0;
      const hours = hour === null ? Array.from({ length: 24 }, (_, h) => h) : [hour];
      for (const h of hours) {
        const c = this.cells.get(`${dayKey}:${h}`);
        if (c === undefined) continue;
        arrivals += c.arrivals;
        served += c.served;
        abandoned += c.abandoned;
        waitSum += c.waitSum;
        within += c.withinTarget;
      }
      out.arrivals.push(arrivals);
      out.served.push(served);
      out.abandoned.push(abandoned);
      out.waitMean.push(served > 0 ? waitSum / served : null);
      out.serviceLevel.push(arrivals > 0 ? within / arrivals : null);
    }
    return out;
  }
}

function observedTally(visits: VisitRecords, target: number): DayHourTally {
  const tally = new DayHourTally();
  const { day, arrival, wait, outcome } = visits.columns;
  for (let i = 0; i < visits.n; i++) {
    tally.add(day[i]!, weekdayOf(day[i]!), arrival[i]!, outcome[i] === 0 ? 'served' : outcome[i] === 1 ? 'abandoned' : 'other', wait[i]!, target);
  }
  return tally;
}

/** Adds one simulated replication's counter customers; `dayKey(day)` numbers its days uniquely, `weekdayOfDay` names them. */
function addTrace(tally: DayHourTally, trace: readonly TraceEvent[], dayKey: (day: number) => number, weekdayOfDay: (day: number) => number, target: number): void {
  const arrivals = new Map<number, { t: number; wait: number | null; outcome: 'served' | 'abandoned' | 'other' }>();
  for (const e of trace) {
    if (!('item' in e) || !e.front) continue;
    if (e.kind === 'arrive') arrivals.set(e.item, { t: e.t, wait: null, outcome: 'other' });
    else {
      const a = arrivals.get(e.item);
      if (a === undefined) continue;
      if (e.kind === 'start' && a.wait === null) a.wait = e.t - a.t;
      else if (e.kind === 'finish') a.outcome = 'served';
      else if (e.kind === 'abandon') a.outcome = 'abandoned';
    }
  }
  for (const a of arrivals.values()) {
    const day = Math.floor(a.t / 1440);
    tally.add(dayKey(day), weekdayOfDay(day), a.t - day * 1440, a.outcome, a.wait ?? 0, target);
  }
}

const DEPART_Z = 3;
const PRACTICAL: Partial<Record<CheckMeasure, number>> = { waitMean: 0.5, serviceLevel: 0.05 };

const COUNTS: readonly CheckMeasure[] = ['arrivals', 'served', 'abandoned'];

function departs(measure: CheckMeasure, o: Summary, s: Summary): boolean {
  if (o.mean === null || s.mean === null || o.sd === null || s.sd === null) return false;
  // A count's day-to-day variance is at least Poisson's (its mean, the simulated one under "the model
  // is right"): a few observed days that happen to agree (sd 0) must not make any difference significant.
  const observedVariance = COUNTS.includes(measure) ? Math.max(o.sd * o.sd, s.mean) : o.sd * o.sd;
  const se = Math.sqrt(observedVariance / o.n + (s.sd * s.sd) / s.n);
  const gap = Math.abs(o.mean - s.mean);
  // Differences nobody would act on are not departures, however sure: under half a minute of mean
  // wait, under 5 points of service level.
  if (gap < (PRACTICAL[measure] ?? 0)) return false;
  if (se === 0) return o.mean !== s.mean;
  return gap > DEPART_Z * se;
}

export interface CheckOptions {
  /** Simulated days per weekday (replications); default 20. */
  readonly days?: number;
  readonly seed?: number;
  /** Called after each simulated replication with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Override the probe (tests). */
  readonly supports?: { week: boolean; weibull: boolean };
}

export function checkFit(fit: Omit<FitResult, 'check'>, visits: VisitRecords, options: CheckOptions = {}): FitCheck {
  const supports = options.supports ?? engineSupports();
  const days = options.days ?? 20;
  const target = 5;
  const observed = observedTally(visits, target);
  const simulated = new DayHourTally();
  const openWeekdays = fit.calendar.weekdays.filter((w) => w.hours !== null).map((w) => w.weekday);
  const useWeek = supports.week && fit.calendar.week.detected;
  const traceLimit = 20_000_000;
  if (useWeek) {
    const file = buildScenario({ ...fit, check: null }, { kind: 'week' }, { weibull: supports.weibull, observed: true, replications: days, seed: options.seed ?? 1 });
    const office = compileOffice(parsed(file));
    for (let r = 0; r < days; r++) {
      const result = office.run(r, { trace: true, traceLimit });
      addTrace(simulated, result.trace ?? [], (day) => r * 7 + day, (day) => day % 7, target);
      options.onProgress?.(r + 1, days);
    }
  } else {
    const total = openWeekdays.length * days;
    let done = 0;
    for (const weekday of openWeekdays) {
      const file = buildScenario({ ...fit, check: null }, { kind: 'day', weekday }, { weibull: supports.weibull, observed: true, replications: days, seed: options.seed ?? 1 });
      if (!Array.isArray(file['staff']) || file['staff'].length === 0) continue;
      const office = compileOffice(parsed(file));
      const w = WEEKDAYS.indexOf(weekday);
      for (let r = 0; r < days; r++) {
        const result = office.run(r, { trace: true, traceLimit });
        addTrace(simulated, result.trace ?? [], () => w * 100_000 + r, () => w, target);
        options.onProgress?.(++done, total);
      }
    }
  }
  const cells: CheckCell[] = [];
  for (const weekday of openWeekdays) {
    const w = WEEKDAYS.indexOf(weekday);
    const hours = fit.calendar.weekdays[w]!.hours!;
    for (const hour of [null, ...Array.from({ length: (hours.close - hours.open) / 60 }, (_, i) => hours.open / 60 + i)]) {
      const o = observed.values(w, hour);
      const s = simulated.values(w, hour);
      const os = Object.fromEntries(CHECK_MEASURES.map((m) => [m, summarize(o[m])])) as Record<CheckMeasure, Summary>;
      const ss = Object.fromEntries(CHECK_MEASURES.map((m) => [m, summarize(s[m])])) as Record<CheckMeasure, Summary>;
      cells.push({ weekday, start: hour === null ? null : hour * 60, observed: os, simulated: ss, departs: CHECK_MEASURES.filter((m) => departs(m, os[m], ss[m])) });
    }
  }
  return { mode: useWeek ? 'week' : 'per-weekday', simulatedDays: days, targetMinutes: target, cells, verdict: verdictOf(cells) };
}

function parsed(file: object) {
  const result = parseScenario(JSON.stringify(file), 'office.yaml');
  if (!result.ok) throw new Error(`the fitted office is not a valid scenario: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.scenario;
}

/** One line: agreement, or the measures and hours where the model departs, worst first. */
export function verdictOf(cells: readonly CheckCell[]): string {
  const tested = cells.length * CHECK_MEASURES.length;
  const departures = cells.flatMap((c) => c.departs.map((m) => ({ c, m, gap: Math.abs((c.simulated[m].mean ?? 0) - (c.observed[m].mean ?? 0)) / Math.max(1e-9, Math.abs(c.observed[m].mean ?? 0), 1e-3) })));
  if (departures.length === 0) return `The fitted office matches the records: all ${tested} comparisons (5 measures by weekday and hour) agree within sampling noise.`;
  const byMeasure = new Map<CheckMeasure, typeof departures>();
  for (const d of departures) byMeasure.set(d.m, [...(byMeasure.get(d.m) ?? []), d]);
  const parts = [...byMeasure].sort((a, b) => b[1].length - a[1].length).slice(0, 3).map(([m, list]) => {
    const worst = list.sort((a, b) => b.gap - a.gap)[0]!;
    const where = `${worst.c.weekday}${worst.c.start === null ? ' (whole day)' : ` ${clockText(worst.c.start)}`}`;
    const fmt = (x: number | null): string => (x === null ? '–' : m === 'serviceLevel' ? `${(x * 100).toFixed(0)}%` : m === 'waitMean' ? `${x.toFixed(1)} min` : `${x.toFixed(1)}/day`);
    return `${MEASURE_LABELS[m]} in ${list.length} cell${list.length === 1 ? '' : 's'} (worst ${where}: simulated ${fmt(worst.c.simulated[m].mean)} vs observed ${fmt(worst.c.observed[m].mean)})`;
  });
  return `The model departs from the records in ${departures.length} of ${tested} comparisons: ${parts.join('; ')}.`;
}
