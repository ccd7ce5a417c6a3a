/**
 * Utilization per person: busy time over available time (on duty and present, plus overtime),
 * mean over replications with 95% CI whiskers, one bar per staff member in file order, coloured
 * by home area.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { formatPercent } from '../format.js';
import { shownBounds } from '../metric-info.js';
import { basePlot, type ChartOptions, marginForLabels, renderPlot } from './options.js';
import { AREA_COLORS, AREA_LABELS, INK } from './palette.js';
import { whiskersX } from './whiskers.js';

interface UtilizationRow {
  readonly label: string;
  readonly area: string;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
}

/** Staff members whose utilization is defined, in file order. */
export function utilizationRows(summary: RunSummary): UtilizationRow[] {
  return summary.staff.flatMap((p) => {
    const s = summary.metrics[`staff.${p.name}.utilization`];
    if (s === undefined || s.mean === null) return [];
    return [{ label: p.name, area: AREA_LABELS[p.area], mean: s.mean, ...shownBounds(`staff.${p.name}.utilization`, s.ci95) }];
  });
}

export function utilizationChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = utilizationRows(summary);
  const top = rows.reduce((m, r) => Math.max(m, r.hi ?? r.mean), 1);
  return renderPlot({
    ...basePlot(options, 70 + 26 * Math.max(1, rows.length)),
    marginLeft: marginForLabels(rows.map((r) => r.label)),
    marginRight: 50,
    marginBottom: 40,
    x: { label: 'Utilization (busy ÷ available time, %)', domain: [0, top], tickFormat: (v: number) => formatPercent(v, { digits: 0 }), grid: true, labelAnchor: 'center', labelArrow: 'none' },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { domain: [AREA_LABELS.front, AREA_LABELS.back], range: [AREA_COLORS.front, AREA_COLORS.back], legend: true },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'mean', fill: 'area', insetTop: 3, insetBottom: 3 }),
      Plot.ruleX([0], { stroke: INK.rule }),
      ...whiskersX(rows),
      Plot.text(rows, { y: 'label', x: (r: UtilizationRow) => Math.max(r.mean, r.hi ?? r.mean), text: (r: UtilizationRow) => formatPercent(r.mean, { digits: 0 }), textAnchor: 'start', dx: 5, fill: '#222' }),
    ],
  });
}
