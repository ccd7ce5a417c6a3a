/**
 * Patience from censored waits: the Kaplan-Meier estimate of P(patience > t) as a step line, the
 * fitted exponential's survival beside it, and the naive mean of abandoned waits marked, to show
 * how far off it is.
 */
import * as Plot from '@observablehq/plot';
import type { PatienceFit } from '../fit/patience.js';
import { basePlot, type ChartOptions, renderPlot } from './options.js';
import { INK } from './palette.js';

export function fitPatienceChart(fit: PatienceFit, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const km = fit.kaplanMeier.map((p) => ({ model: 'Kaplan-Meier', t: p.t, s: p.survival }));
  const top = Math.max(1, ...km.map((p) => p.t), fit.exponential ? fit.exponential.mean * 1.5 : 0);
  const model = fit.exponential === null ? [] : Array.from({ length: 81 }, (_, i) => ({ model: 'exponential (censored MLE)', t: (i / 80) * top, s: Math.exp(-((i / 80) * top) / fit.exponential!.mean) }));
  return renderPlot({
    ...basePlot(options, 220),
    marginLeft: 52,
    x: { label: 'minutes waited', domain: [0, top] },
    y: { label: 'still waiting (%)', domain: [0, 100], grid: true, percent: true },
    color: { domain: ['Kaplan-Meier', 'exponential (censored MLE)'], range: ['#4269d0', '#ff725c'], legend: true },
    marks: [
      Plot.lineY(km, { x: 't', y: 's', stroke: 'model', curve: 'step-after', strokeWidth: 1.8 }),
      Plot.lineY(model, { x: 't', y: 's', stroke: 'model', strokeDasharray: '5 3' }),
      ...(fit.naiveMean !== null ? [Plot.ruleX([fit.naiveMean], { stroke: INK.rule, strokeOpacity: 0.5 }), Plot.text([fit.naiveMean], { x: (d: number) => d, y: 0.96, text: () => 'naive mean', textAnchor: 'start', dx: 4, fill: INK.muted })] : []),
    ],
  });
}
