/**
 * Arrival profile seen in the records: mean arrivals per hour of one customer class, one line per
 * open weekday, with the 95% interval of each hour as a band, against the clock.
 */
import * as Plot from '@observablehq/plot';
import type { ClassArrivals } from '../fit/arrivals.js';
import { basePlot, type ChartOptions, DEFAULT_WIDTH, renderPlot } from './options.js';
import { clockScale } from './clock-axis.js';
import { CLASS_PALETTE } from './palette.js';

export interface ArrivalRow {
  readonly weekday: string;
  /** Minutes after midnight, middle of the hour. */
  readonly minute: number;
  readonly rate: number;
  readonly lo: number;
  readonly hi: number;
}

export function arrivalRows(arrivals: ClassArrivals): ArrivalRow[] {
  return arrivals.weekdays.flatMap((w) => w.perHour.map((r) => ({ weekday: w.weekday, minute: r.start + 30, rate: r.rate, lo: r.ci95[0], hi: r.ci95[1] })));
}

export function fitArrivalsChart(arrivals: ClassArrivals, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = arrivalRows(arrivals);
  const weekdays = [...new Set(rows.map((r) => r.weekday))];
  const width = options.width ?? DEFAULT_WIDTH;
  const start = Math.min(...rows.map((r) => r.minute - 30));
  const end = Math.max(...rows.map((r) => r.minute + 30));
  return renderPlot({
    ...basePlot(options, 240),
    marginLeft: 52,
    x: { ...clockScale(start, end, width - 72), label: null },
    y: { label: 'arrivals per hour', grid: true, zero: true },
    color: { domain: weekdays, range: CLASS_PALETTE.slice(0, weekdays.length), legend: true },
    marks: [
      Plot.areaY(rows, { x: 'minute', y1: 'lo', y2: 'hi', fill: 'weekday', fillOpacity: 0.12, curve: 'step' as never }),
      Plot.lineY(rows, { x: 'minute', y: 'rate', stroke: 'weekday', strokeWidth: 1.6, marker: 'circle-stroke' }),
    ],
  });
}
