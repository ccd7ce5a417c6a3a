/**
 * Mean wait by arrival time: for customers arriving in each slot of the day, the mean minutes they
 * queued before service, per class, with its 95% band. A dashed line marks the service-level
 * target, so slots above it are where the target is missed.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { formatMinutes } from '../format.js';
import { bandLineChart, dayScale, daySeriesRows } from './band-line.js';
import { DEFAULT_WIDTH, type ChartOptions } from './options.js';
import { CLASS_PALETTE, INK, ordinalColors } from './palette.js';

export function waitByArrivalChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const target = summary.serviceLevelTarget.withinMinutes;
  return bandLineChart(
    {
      rows: daySeriesRows(summary, 'wait.', summary.customers),
      color: ordinalColors(summary.customers, CLASS_PALETTE),
      x: dayScale(summary, options.width ?? DEFAULT_WIDTH),
      yLabel: 'Mean wait (minutes)',
      underlay: [
        Plot.ruleY([target], { stroke: INK.rule, strokeDasharray: '4,3' }),
        Plot.text([target], {
          y: (d: number) => d,
          text: () => `target ${formatMinutes(target, { digits: Number.isInteger(target) ? 0 : 1 })}`,
          frameAnchor: 'right',
          textAnchor: 'end',
          dy: -6,
          fill: INK.muted,
        }),
      ],
    },
    options,
  );
}
