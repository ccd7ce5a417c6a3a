/**
 * Small helpers for writing the report's HTML as strings: escaping, and the recurring pieces
 * (figures with captions, tables, KPI cards). Charts come in as DOM elements and leave as their
 * serialized markup, so the page needs no script to show them.
 */
import type { Summary } from '../statistics.js';
import { isolateBidi, needsIsolation } from '../../sim/scenario-file/text-safety.js';
import { formatInterval } from '../format.js';
import { formatByUnit, metricInfo } from '../metric-info.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe inside HTML elements and attribute values. Text holding right-to-left names is isolated
 * (FSI ... PDI, which work in attributes too, where <bdi> cannot go) so it cannot reorder its line.
 */
export function esc(text: string | number): string {
  return isolateBidi(String(text)).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

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
  let group: string | null = null;
  const body: string[] = [];
  for (const row of rows) {
    const g = options.groupOf?.(row);
    if (g !== undefined && g !== group) {
      group = g;
      body.push(`<tr class="group"><th colspan="${columns.length}" scope="rowgroup">${esc(g)}</th></tr>`);
    }
    body.push(`<tr>${columns.map((c) => `<td${c.numeric ? ' class="num"' : ''}>${c.cell(row)}</td>`).join('')}</tr>`);
  }
  const caption = options.caption !== undefined ? `<caption>${esc(options.caption)}</caption>` : '';
  return `<table class="${options.className ?? 'data'}">${caption}<thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** A metric's value in its unit, or the missing mark. */
export function metricValue(key: string, value: number | null | undefined): string {
  return esc(formatByUnit(metricInfo(key).unit, value));
}

/** A metric's 95% CI in its unit: `1,200 – 1,450`. */
export function metricInterval(key: string, summary: Summary | null | undefined): string {
  const unit = metricInfo(key).unit;
  return esc(formatInterval(summary?.ci95 ?? null, (v) => formatByUnit(unit, v)));
}

/** A KPI card: label, mean, and its CI underneath. */
export function kpiCard(key: string, summary: Summary | undefined): string {
  const info = metricInfo(key);
  const ci = summary?.ci95 ? `95% CI ${metricInterval(key, summary)}` : summary && summary.n < 2 ? 'no CI below 2 replications' : '&nbsp;';
  return `<div class="kpi"><div class="kpi-label">${esc(info.label)}</div><div class="kpi-value">${metricValue(key, summary?.mean)}</div><div class="kpi-ci">${ci}</div></div>`;
}

/** A heading row of the metrics table: which part of the office a key belongs to. */
export function metricGroup(key: string): string {
  if (key.startsWith('front.')) return 'Counter (front office)';
  if (key.startsWith('back.')) return 'Back office';
  if (key === 'revenue' || key === 'revenueLost' || key === 'profit' || key.startsWith('cost.')) return 'Money';
  if (key.startsWith('utilization.') || key.startsWith('coverage.') || key === 'overtimeMinutes') return 'Staff time and coverage';
  if (key.startsWith('customer.')) return 'Per customer class';
  if (key.startsWith('task.')) return 'Per back-office task';
  if (key.startsWith('skill.')) return 'Per skill';
  if (key.startsWith('staff.')) return 'Per person';
  return 'Other';
}
