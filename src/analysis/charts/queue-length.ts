/**
 * Queue length through the day: the time-average number of customers waiting, per customer class,
 * mean over replications with its 95% band, against the clock.
 */
import type { RunSummary } from '../run-summary.js';
import { bandLineChart, dayScale, daySeriesRows } from './band-line.js';
import { DEFAULT_WIDTH, type ChartOptions } from './options.js';
import { CLASS_PALETTE, ordinalColors } from './palette.js';

export function queueLengthChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  return bandLineChart(
    {
      rows: daySeriesRows(summary, 'queue.', summary.customers),
      color: ordinalColors(summary.customers, CLASS_PALETTE),
      x: dayScale(summary, options.width ?? DEFAULT_WIDTH),
      yLabel: 'Customers waiting (people)',
    },
    options,
  );
}
