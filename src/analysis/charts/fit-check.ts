/**
 * The fit check through the day: for one weekday, per opening hour, the observed mean (dots with
 * their 95% interval) and the simulated mean (line with its band), one chart per measure.
 */
import * as Plot from '@observablehq/plot';
import { CHECK_MEASURES, MEASURE_LABELS, type CheckMeasure, type FitCheck } from '../fit/check.js';
import type { Weekday } from '../fit/week.js';
import { basePlot, type ChartOptions, DEFAULT_WIDTH, renderPlot } from './options.js';
import { clockScale } from './clock-axis.js';

export interface CheckRow {
  readonly measure: string;
  readonly source: 'observed' | 'simulated';
  readonly minute: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

export function checkRows(check: FitCheck, weekday: Weekday, measures: readonly CheckMeasure[] = CHECK_MEASURES): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const c of check.cells) {
    if (c.weekday !== weekday || c.start === null) continue;
    for (const m of measures) {
      for (const source of ['observed', 'simulated'] as const) {
        const s = c[source][m];
        if (s.mean === null) continue;
        const scale = m === 'serviceLevel' ? 100 : 1;
        const top = m === 'serviceLevel' ? 1 : Infinity;
        rows.push({ measure: MEASURE_LABELS[m], source, minute: c.start + 30, mean: s.mean * scale, lo: Math.max(0, s.ci95?.[0] ?? s.mean) * scale, hi: Math.min(top, s.ci95?.[1] ?? s.mean) * scale });
      }
    }
  }
  return rows;
}

/** One measure through the day (its own y scale: counts, minutes and shares differ too much to share one). */
export function fitCheckChart(check: FitCheck, weekday: Weekday, measure: CheckMeasure, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = checkRows(check, weekday, [measure]);
  const width = options.width ?? DEFAULT_WIDTH;
  const start = Math.min(...rows.map((r) => r.minute - 30));
  const end = Math.max(...rows.map((r) => r.minute + 30));
  const simulated = rows.filter((r) => r.source === 'simulated');
  const observed = rows.filter((r) => r.source === 'observed');
  const label = measure === 'serviceLevel' ? 'service level (%)' : measure === 'waitMean' ? 'mean wait (min)' : `${MEASURE_LABELS[measure]} per day in the hour`;
  return renderPlot({
    ...basePlot(options, 190),
    marginLeft: 48,
    x: { ...clockScale(start, end, width - 68), label: null },
    y: { label, grid: true, zero: true, ...(measure === 'serviceLevel' ? { domain: [0, 100] } : {}) },
    color: { domain: ['simulated', 'observed'], range: ['#4269d0', '#222'], legend: true },
    marks: [
      Plot.areaY(simulated, { x: 'minute', y1: 'lo', y2: 'hi', fill: '#4269d0', fillOpacity: 0.15 }),
      Plot.lineY(simulated, { x: 'minute', y: 'mean', stroke: 'source', strokeWidth: 1.6 }),
      Plot.ruleX(observed, { x: 'minute', y1: 'lo', y2: 'hi', stroke: 'source', strokeOpacity: 0.6 }),
      Plot.dot(observed, { x: 'minute', y: 'mean', fill: 'source', r: 2.6 }),
    ],
  });
}
