/**
 * Small helpers for writing the report's HTML as strings: escaping, and the recurring pieces
 * (figures with captions, tables, KPI cards). Charts come in as DOM elements and leave as their
 * serialized markup, so the page needs no script to show them.
 */
import type { Summary } from '../statistics.js';
import { formatByUnit, formatMetricInterval, isCut, metricInfo, CUT_MARK } from '../metric-info.js';
import { periodSuffix, type PeriodView } from '../period.js';
import { metricGroup as familyTitle } from '../tables/metric-table.js';
import { esc, groupedRows } from '../tables/table-html.js';

export { esc } from '../tables/table-html.js';
import { isolateBidi, needsIsolation } from '../../sim/scenario-file/text-safety.js';

/** Isolates every text of a chart (tick labels, legends, titles) that holds right-to-left text. */
function isolateChartText(node: Node): void {
  if (node.nodeType === 3 /* text */) {
    const text = node.nodeValue ?? '';
    if (needsIsolation(text)) node.nodeValue = isolateBidi(text);
    return;
  }
  for (const child of Array.from(node.childNodes)) isolateChartText(child);
}

/** A chart with its heading and a caption explaining how to read it. */
export function figure(title: string, chart: Element, caption: string, wide = true): string {
  isolateChartText(chart);
  return `<figure class="chart${wide ? ' wide' : ''}"><h3>${esc(title)}</h3>${chart.outerHTML}<figcaption>${esc(caption)}</figcaption></figure>`;
}

export interface Column<T> {
  readonly header: string;
  /** Cell HTML (already escaped). */
  readonly cell: (row: T) => string;
  /** Right-aligned tabular figures. */
  readonly numeric?: boolean;
}

/** A table; `groupOf` inserts a full-width group row whenever its value changes. */
export function table<T>(columns: readonly Column<T>[], rows: readonly T[], options: { caption?: string; groupOf?: (row: T) => string; className?: string } = {}): string {
  const head = columns.map((c) => `<th${c.numeric ? ' class="num"' : ''} scope="col">${esc(c.header)}</th>`).join('');
  const body = groupedRows(rows, columns.length, options.groupOf, (row) => `<tr>${columns.map((c) => `<td${c.numeric ? ' class="num"' : ''}>${c.cell(row)}</td>`).join('')}</tr>`);
  const caption = options.caption !== undefined ? `<caption>${esc(options.caption)}</caption>` : '';
  return `<table class="${options.className ?? 'data'}">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** How the report shows figures: the scenario's currency and the period of totals. */
export interface Shown {
  readonly currency?: string | null;
  readonly period?: PeriodView;
}

/** A metric's value in its unit (money with the currency), or the missing mark. */
export function metricValue(key: string, value: number | null | undefined, shown: Shown = {}): string {
  return esc(formatByUnit(metricInfo(key).unit, value, { currency: shown.currency ?? null }));
}

/** A metric's 95% CI in its unit, clipped to the metric's range (a cut bound marked †): `1,200 – 1,450`. */
export function metricInterval(key: string, summary: Summary | null | undefined, shown: Shown = {}): string {
  const text = esc(formatMetricInterval(key, summary?.ci95 ?? null, { currency: shown.currency ?? null }));
  return isCut(key, summary?.ci95) ? `<span title="${esc('Cut at the range the metric can take')}">${text}</span>` : text;
}

/** A KPI card: label with its period, mean, and its CI underneath. */
export function kpiCard(key: string, summary: Summary | undefined, shown: Shown = {}): string {
  const info = metricInfo(key);
  const period = periodSuffix(key, shown.period);
  const ci = summary?.ci95 ? `95% CI ${metricInterval(key, summary, shown)}` : summary && summary.n < 2 ? 'no CI below 2 replications' : '&nbsp;';
  return `<div class="kpi"><div class="kpi-label">${esc(info.label)}${period ? ` <span class="kpi-period">${esc(period)}</span>` : ''}</div><div class="kpi-value">${metricValue(key, summary?.mean, shown)}</div><div class="kpi-ci">${ci}</div></div>`;
}

/** Whether any of these metrics shows a cut interval (the page then explains the † mark). */
export function anyCut(entries: readonly (readonly [string, Summary | null | undefined])[]): boolean {
  return entries.some(([key, s]) => isCut(key, s?.ci95));
}

export { CUT_MARK };

/** A heading row of the metrics table: which part of the office a key belongs to (the catalogue's family). */
export function metricGroup(key: string): string {
  return familyTitle(key);
}
