/**
 * The training planner's two charts, shared by the HTML report and the web app:
 * - the frontier: for each budget step, the one-off training cost (x) against the gain on the
 *   objective over today's office (y, in its better direction), with its paired 95% CI as a
 *   vertical whisker and the step's trainings as the label;
 * - the contributions: for one plan, each training's own contribution (the objective's loss when it
 *   alone is removed) as a bar with its 95% CI whisker: which training carries the plan.
 * Gains are drawn so that up (or right) is always better, whatever the objective's direction.
 */
import * as Plot from '@observablehq/plot';
import { basePlot, DEFAULT_WIDTH, marginForLabels, renderPlot, type ChartOptions } from './options.js';
import { DIFFERENCE_COLORS, INK } from './palette.js';
import { whiskersX } from './whiskers.js';

export interface FrontierChartPoint {
  /** "1: eve:front" */
  readonly label: string;
  readonly cost: number;
  readonly gain: number;
  readonly lo: number | null;
  readonly hi: number | null;
  /** The gain's interval excludes zero. */
  readonly significant: boolean;
}

export interface GainAxis {
  /** "Mean wait at the counter, reduction (minutes)" */
  readonly gainLabel: string;
  /** "One-off training cost (EUR)" */
  readonly costLabel: string;
}

/** Class name of the frontier chart's root (tests, styles). */
export const FRONTIER_CHART_CLASS = 'office-training-frontier';

export function trainingFrontierChart(points: readonly FrontierChartPoint[], axis: GainAxis, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = points.map((p) => ({ ...p, verdict: p.significant ? (p.gain > 0 ? 'better' : 'worse') : 'insignificant' }));
  const withCi = rows.filter((r) => r.lo !== null && r.hi !== null);
  const colors = Object.entries(DIFFERENCE_COLORS);
  const cap = 0.015 * Math.max(1, ...rows.map((r) => r.cost));
  const chart = renderPlot({
    ...basePlot(options, 340),
    marginLeft: 64,
    marginRight: 40,
    marginTop: 24,
    marginBottom: 42,
    x: { label: axis.costLabel, grid: true, nice: true, zero: true, labelAnchor: 'center', labelArrow: 'none', tickFormat: ',~f' },
    y: { label: axis.gainLabel, grid: true, nice: true, zero: true, labelArrow: 'none', tickFormat: ',~r' },
    color: { domain: colors.map(([k]) => k), range: colors.map(([, c]) => c) },
    marks: [
      Plot.ruleY([0], { stroke: INK.rule }),
      Plot.line(rows, { x: 'cost', y: 'gain', stroke: INK.rule, strokeDasharray: '3,3' }),
      Plot.ruleX(withCi, { x: 'cost', y1: 'lo', y2: 'hi', stroke: 'verdict', strokeWidth: 1.5 }),
      // Short caps: 1.5% of the cost axis either side of each whisker.
      Plot.ruleY(withCi, { y: 'lo', x1: (r: FrontierChartPoint) => r.cost - cap, x2: (r: FrontierChartPoint) => r.cost + cap, stroke: 'verdict', strokeWidth: 1.5 }),
      Plot.ruleY(withCi, { y: 'hi', x1: (r: FrontierChartPoint) => r.cost - cap, x2: (r: FrontierChartPoint) => r.cost + cap, stroke: 'verdict', strokeWidth: 1.5 }),
      Plot.dot(rows, { x: 'cost', y: 'gain', fill: 'verdict', stroke: 'verdict', r: 5 }),
      Plot.text(rows, { x: 'cost', y: 'gain', text: 'label', dx: 8, textAnchor: 'start', fill: '#222', lineWidth: 18 }),
    ],
  });
  chart.classList.add(FRONTIER_CHART_CLASS);
  return chart;
}

export interface ContributionRow {
  /** "eve: front" */
  readonly label: string;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
  readonly significant: boolean;
}

export const CONTRIBUTION_CHART_CLASS = 'office-training-contributions';

export function contributionChart(rows: readonly ContributionRow[], axisLabel: string, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const shown = rows.map((r) => ({ ...r, verdict: r.significant ? (r.mean > 0 ? 'better' : 'worse') : 'insignificant' }));
  const colors = Object.entries(DIFFERENCE_COLORS);
  const chart = renderPlot({
    ...basePlot({ ...options, width: options.width ?? DEFAULT_WIDTH }, 50 + 28 * rows.length),
    marginLeft: marginForLabels(rows.map((r) => r.label)),
    marginRight: 30,
    marginBottom: 38,
    x: { label: axisLabel, grid: true, nice: true, zero: true, labelAnchor: 'center', labelArrow: 'none', tickFormat: ',~r' },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { domain: colors.map(([k]) => k), range: colors.map(([, c]) => c) },
    marks: [
      Plot.barX(shown, { y: 'label', x: 'mean', fill: 'verdict', fillOpacity: 0.75, insetTop: 4, insetBottom: 4 }),
      Plot.ruleX([0], { stroke: INK.rule }),
      ...whiskersX(shown),
    ],
  });
  chart.classList.add(CONTRIBUTION_CHART_CLASS);
  return chart;
}
