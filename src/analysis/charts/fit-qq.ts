/**
 * Q-Q plot of a duration fit: each family's quantiles (x) against the observed ones (y) at 60
 * probabilities; points on the diagonal mean the family describes the data, a bend at the right
 * end means the tail is off.
 */
import * as Plot from '@observablehq/plot';
import type { DurationFit } from '../fit/durations.js';
import { FAMILY_COLORS } from './fit-density.js';
import { basePlot, type ChartOptions, renderPlot } from './options.js';
import { INK } from './palette.js';

export function fitQqChart(fit: DurationFit, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const points = fit.candidates.flatMap((c) => c.qq.map(([theoretical, observed]) => ({ family: c.family, theoretical, observed })));
  const top = Math.max(1e-9, ...points.map((p) => Math.max(p.theoretical, p.observed)));
  const families = fit.candidates.map((c) => c.family);
  return renderPlot({
    ...basePlot(options, 260),
    marginLeft: 52,
    x: { label: 'fitted quantile (minutes)', domain: [0, top] },
    y: { label: 'observed quantile (minutes)', domain: [0, top], grid: true },
    color: { domain: families, range: families.map((f) => FAMILY_COLORS[f] ?? INK.muted), legend: true },
    marks: [Plot.line([[0, 0], [top, top]], { stroke: INK.rule, strokeOpacity: 0.4, strokeDasharray: '4 3' }), Plot.dot(points, { x: 'theoretical', y: 'observed', stroke: 'family', r: 2.2 })],
  });
}
