/**
 * The staffing planner's charts (Observable Plot), shared by the HTML report and the web app:
 * required against scheduled people through the day (a step chart per skill), the simulated service
 * level per slot against the target, and the cost of the check's rounds.
 */
import * as Plot from '@observablehq/plot';
import { clockScale } from '../../analysis/charts/clock-axis.js';
import { basePlot, DEFAULT_WIDTH, renderPlot, type ChartOptions } from '../../analysis/charts/options.js';
import { formatMoney } from '../../analysis/format.js';
import { clockMinutes } from '../../sim/scenario-file/clock.js';
import { WEEKDAYS, type Weekday } from '../../sim/scenario.js';
import { weekdayName } from '../../sim/week.js';
import type { StaffingJson } from './output.js';

const minutesOf = clockMinutes;

/** The day keys of the rows (`all`, or the open weekdays with the week on), in order. */
export function chartDays(json: { readonly requirements: readonly { readonly day?: string }[] }): string[] {
  return [...new Set(json.requirements.map((r) => r.day ?? 'all'))];
}

/** "Monday" for a weekday key; null for `all` (the week is off). */
export function dayName(day: string): string | null {
  return (WEEKDAYS as readonly string[]).includes(day) ? weekdayName(day as Weekday) : null;
}

/** "per 5-day week", or with the week on "per week (6 open days)". */
export function perWeekLabel(json: { readonly requirements: readonly { readonly day?: string }[] }): string {
  const days = chartDays(json);
  return days[0] === 'all' ? 'per 5-day week' : `per week (${days.length} open day${days.length === 1 ? '' : 's'}; per day: their mean)`;
}

/** The rows of one day: `day`, else the first (a chart draws one day; with the week on, one chart per weekday). */
function ofDay<R extends { readonly day?: string }>(rows: readonly R[], day: string | undefined): R[] {
  const key = day ?? rows[0]?.day ?? 'all';
  return rows.filter((r) => (r.day ?? 'all') === key);
}

/** What the requirement chart draws: per (skill, slot) the requirement and, once designed, the people scheduled. */
export interface RequirementRows {
  readonly slotMinutes: number;
  readonly requirements: readonly {
    /** `all`, or the weekday with the week on. */
    readonly day?: string;
    readonly skill: string;
    readonly start: string;
    readonly erlang: number;
    readonly final: number;
    /** Absent before the shifts are designed. */
    readonly scheduled?: number | null;
  }[];
}

/** Required (Erlang and final) and scheduled people per slot, one panel per skill, as steps; `today`: today's people on duty. */
export function requirementChart(
  all: RequirementRows,
  options: ChartOptions & { readonly today?: Readonly<Record<string, readonly number[]>>; readonly day?: string } = {},
): SVGSVGElement | HTMLElement {
  const json = { ...all, requirements: ofDay(all.requirements, options.day) };
  const width = options.width ?? DEFAULT_WIDTH;
  const rows: { skill: string; t: number; people: number; series: string }[] = [];
  const skills = [...new Set(json.requirements.map((r) => r.skill))];
  const designed = json.requirements.some((r) => r.scheduled !== undefined && r.scheduled !== null);
  const end = Math.max(...json.requirements.map((r) => minutesOf(r.start) + json.slotMinutes));
  const start = Math.min(...json.requirements.map((r) => minutesOf(r.start)));
  for (const skill of skills) {
    const mine = json.requirements.filter((r) => r.skill === skill);
    // A step holds its value to the slot's end: repeat the last value at closing.
    const push = (series: string, values: number[]) => {
      mine.forEach((r, i) => rows.push({ skill, t: minutesOf(r.start), people: values[i]!, series }));
      rows.push({ skill, t: end, people: values[values.length - 1]!, series });
    };
    push('required (Erlang)', mine.map((r) => r.erlang));
    push('required (final)', mine.map((r) => r.final));
    if (designed) push('scheduled', mine.map((r) => r.scheduled ?? 0));
    const today = options.today?.[skill];
    if (today !== undefined) push('today', [...today]);
  }
  const domain = ['required (Erlang)', 'required (final)', ...(designed ? ['scheduled'] : []), ...(options.today ? ['today'] : [])];
  const range = ['#9aa3b1', '#b3261e', ...(designed ? ['#2f5fb3'] : []), '#1e7f3c'];
  return renderPlot({
    ...basePlot(options, 110 + 130 * skills.length),
    marginLeft: 48,
    marginRight: 90,
    x: clockScale(start, end, width - 140),
    y: { label: 'People', grid: true, nice: true, zero: true },
    fy: { label: null, domain: skills },
    color: { legend: true, domain, range },
    marks: [
      Plot.frame({ stroke: '#e1e4e8' }),
      Plot.line(rows.filter((r) => r.series === 'required (Erlang)'), { x: 't', y: 'people', stroke: 'series', fy: 'skill', curve: 'step-after', strokeWidth: 1.5, strokeDasharray: '4,3' }),
      Plot.line(rows.filter((r) => r.series !== 'required (Erlang)'), { x: 't', y: 'people', z: 'series', stroke: 'series', fy: 'skill', curve: 'step-after', strokeWidth: 2 }),
    ],
  });
}

/** Simulated service level per slot (mean and 95% CI) of each counter skill, with the target. */
export function slotServiceChart(all: StaffingJson, options: ChartOptions & { readonly day?: string } = {}): SVGSVGElement | HTMLElement {
  const json = { ...all, requirements: ofDay(all.requirements, options.day) };
  const width = options.width ?? DEFAULT_WIDTH;
  const rows = json.requirements
    .filter((r) => r.serviceLevel !== null && r.serviceLevel.mean !== null)
    .map((r) => ({
      skill: r.skill,
      t: minutesOf(r.start) + json.slotMinutes / 2,
      mean: r.serviceLevel!.mean!,
      lo: r.serviceLevel!.ci95?.[0] ?? r.serviceLevel!.mean!,
      hi: r.serviceLevel!.ci95?.[1] ?? r.serviceLevel!.mean!,
      below: (r.serviceLevel!.ci95?.[1] ?? 1) < json.target.fraction,
    }));
  const skills = [...new Set(rows.map((r) => r.skill))];
  const start = Math.min(...json.requirements.map((r) => minutesOf(r.start)));
  const end = Math.max(...json.requirements.map((r) => minutesOf(r.start) + json.slotMinutes));
  return renderPlot({
    ...basePlot(options, 90 + 150 * Math.max(1, skills.length)),
    marginLeft: 48,
    marginRight: 90,
    x: clockScale(start, end, width - 140),
    y: { label: 'Served within target (%)', domain: [0, 100], grid: true },
    fy: { label: null, domain: skills },
    color: { legend: true, domain: ['meets the target', 'misses it (95% confidence)'], range: ['#2f5fb3', '#b3261e'] },
    marks: [
      Plot.frame({ stroke: '#e1e4e8' }),
      Plot.ruleY([json.target.fraction * 100], { stroke: '#b3261e', strokeDasharray: '4,3' }),
      Plot.ruleX(rows, { x: 't', y1: (d: { lo: number }) => d.lo * 100, y2: (d: { hi: number }) => d.hi * 100, fy: 'skill', stroke: (d: { below: boolean }) => (d.below ? 'misses it (95% confidence)' : 'meets the target') }),
      Plot.dot(rows, { x: 't', y: (d: { mean: number }) => d.mean * 100, fy: 'skill', r: 3, fill: (d: { below: boolean }) => (d.below ? 'misses it (95% confidence)' : 'meets the target') }),
      Plot.text([`target ${Math.round(json.target.fraction * 100)}%`], { frameAnchor: 'top-right', dy: -2, fill: '#b3261e', fy: skills[0] }),
    ],
  });
}

/** Planned wages per day of each round of the check, labelled with the service level and slots missed. */
export function roundsChart(json: StaffingJson, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = json.rounds.map((r) => ({
    round: `round ${r.round}${r.round === json.chosenRound ? ' (chosen)' : ''}`,
    cost: r.cost,
    label: `${r.serviceLevel.mean === null ? '–' : `${(r.serviceLevel.mean * 100).toFixed(1)}%`}, ${r.slotsBelowTarget} slot${r.slotsBelowTarget === 1 ? '' : 's'} below`,
    chosen: r.round === json.chosenRound,
  }));
  return renderPlot({
    ...basePlot(options, 60 + 34 * rows.length),
    marginLeft: 110,
    marginRight: 170,
    x: { label: `Wages per day${json.currency === null ? '' : ` (${json.currency})`}`, grid: true, zero: true },
    y: { label: null, domain: rows.map((r) => r.round) },
    marks: [
      Plot.barX(rows, { x: 'cost', y: 'round', fill: (d: { chosen: boolean }) => (d.chosen ? '#2f5fb3' : '#9aa3b1') }),
      Plot.text(rows, { x: 'cost', y: 'round', text: (d: { cost: number; label: string }) => `${formatMoney(d.cost, { currency: json.currency })} · ${d.label}`, textAnchor: 'start', dx: 4 }),
    ],
  });
}
