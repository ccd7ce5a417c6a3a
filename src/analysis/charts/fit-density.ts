/**
 * Service times seen and fitted: the histogram of the observed durations (as a density, up to the
 * 99th percentile) with the density of each fitted family drawn over it; the chosen one bold.
 */
import * as Plot from '@observablehq/plot';
import type { DurationFit } from '../fit/durations.js';
import { basePlot, type ChartOptions, renderPlot } from './options.js';
import { INK } from './palette.js';

export const FAMILY_COLORS: Readonly<Record<string, string>> = { lognormal: '#4269d0', gamma: '#ff725c', weibull: '#3ca951', exponential: '#a463f2' };

export function fitDensityChart(fit: DurationFit, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const { histogram, x, byFamily } = fit.density;
  const bars = histogram.density.map((d, i) => ({ x1: histogram.edges[i]!, x2: histogram.edges[i + 1]!, density: d }));
  const families = Object.keys(byFamily);
  const lines = families.flatMap((family) => byFamily[family]!.map((y, i) => ({ family, x: x[i]!, y })));
  return renderPlot({
    ...basePlot(options, 220),
    marginLeft: 52,
    x: { label: 'minutes', zero: true },
    y: { label: 'density (per minute)', grid: true },
    color: { domain: families, range: families.map((f) => FAMILY_COLORS[f] ?? INK.muted), legend: true },
    marks: [
      Plot.rectY(bars, { x1: 'x1', x2: 'x2', y: 'density', fill: '#d9dce3' }),
      Plot.lineY(lines, { x: 'x', y: 'y', stroke: 'family', strokeWidth: (d: { family: string }) => (d.family === fit.chosen ? 2.6 : 1.2) }),
    ],
  });
}
