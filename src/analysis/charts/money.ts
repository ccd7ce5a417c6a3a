/**
 * Revenue, cost and profit: mean totals over the run with 95% CI whiskers, one bar per item —
 * revenue earned, revenue lost (customers who left; not a cash cost), each cost, and profit.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { formatMoney } from '../format.js';
import { metricInfo, shownBounds } from '../metric-info.js';
import { basePlot, type ChartOptions, marginForLabels, renderPlot } from './options.js';
import { INK, MONEY_COLORS } from './palette.js';
import { whiskersX } from './whiskers.js';

/**
 * The bars in display order: metric key, kind (colour), and a label where the chart says it
 * differently from the catalogue (overtime is part of wages, so it reads "of which overtime").
 */
export const MONEY_ITEMS: readonly { readonly key: string; readonly kind: 'income' | 'lost' | 'cost' | 'profit'; readonly label?: string }[] = [
  { key: 'revenue', kind: 'income' },
  { key: 'revenueLost', kind: 'lost' },
  { key: 'cost.wages', kind: 'cost' },
  { key: 'cost.overtime', kind: 'cost', label: 'of which overtime' },
  { key: 'cost.training', kind: 'cost' },
  { key: 'cost.penalties', kind: 'cost' },
  { key: 'profit', kind: 'profit' },
];

const KIND_LABELS = { income: 'Income', lost: 'Lost (not a cash cost)', cost: 'Cost', profit: 'Profit' } as const;

interface MoneyRow {
  readonly label: string;
  readonly kind: string;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
}

/** The items the summary reports, with their means and CIs. */
export function moneyRows(summary: RunSummary): MoneyRow[] {
  return MONEY_ITEMS.flatMap((item) => {
    const s = summary.metrics[item.key];
    if (s === undefined || s.mean === null) return [];
    return [{ label: item.label ?? metricInfo(item.key).label, kind: KIND_LABELS[item.kind], mean: s.mean, ...shownBounds(item.key, s.ci95) }];
  });
}

export function moneyChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = moneyRows(summary);
  const profit = summary.metrics['profit']?.mean ?? 0;
  const days = summary.days === 1 ? '1 day' : `${summary.days} days`;
  const labelRight = (r: MoneyRow) => Math.max(r.mean, r.hi ?? r.mean, 0);
  // Whole units once the totals run into thousands; cents only for small amounts.
  const largest = rows.reduce((m, r) => Math.max(m, Math.abs(r.mean)), 0);
  const money = (v: number) => formatMoney(v, { digits: largest >= 1000 ? 0 : undefined, currency: summary.currency });
  return renderPlot({
    ...basePlot(options, 60 + 34 * Math.max(1, rows.length)),
    marginLeft: marginForLabels(rows.map((r) => r.label)),
    marginRight: 70,
    marginBottom: 40,
    x: { label: `${summary.currency ?? 'Money'} (${summary.period === undefined ? `total over ${days}` : summary.period.words}, mean of ${summary.replications} replications)`, grid: true, nice: true, tickFormat: ',~f', labelAnchor: 'center', labelArrow: 'none' },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: {
      domain: Object.values(KIND_LABELS),
      // A loss turns the profit bar red.
      range: [MONEY_COLORS.income, MONEY_COLORS.lost, MONEY_COLORS.cost, profit < 0 ? MONEY_COLORS.loss : MONEY_COLORS.profit],
      legend: true,
    },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'mean', fill: 'kind', insetTop: 4, insetBottom: 4 }),
      Plot.ruleX([0], { stroke: INK.rule }),
      ...whiskersX(rows),
      Plot.text(rows, { y: 'label', x: labelRight, text: (r: MoneyRow) => money(r.mean), textAnchor: 'start', dx: 6, fill: '#222' }),
    ],
  });
}
