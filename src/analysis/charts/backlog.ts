/**
 * Back-office backlog over days: tasks left unfinished at each day's close, mean over replications
 * with its 95% band. A rising line means the back office falls behind day after day. When the week
 * is on, days are labelled with their weekday ("Mon 1"); closed days (closed weekdays, holidays) are
 * shaded, their backlog being what waits over them.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { formatNumber } from '../format.js';
import { weekdayLabel } from '../../sim/week.js';
import { bandLineChart, bandRows } from './band-line.js';
import { DEFAULT_WIDTH, type ChartOptions } from './options.js';

const BACKLOG_COLOR = '#c98a1c';
const SERIES = 'Backlog';

export function backlogChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const days = summary.backlogByDay.mean.map((_, i) => i + 1);
  const weekdays = summary.weekdayByDay;
  const closed = summary.closedDays ?? [];
  const dayText = (d: number) => (weekdays === undefined ? formatNumber(d, { digits: 0 }) : `${weekdayLabel(weekdays[d - 1]!)} ${formatNumber(d, { digits: 0 })}`);
  const rows = bandRows(summary.backlogByDay, days, SERIES);
  const width = options.width ?? DEFAULT_WIDTH;
  // Whole days only, and no more ticks than fit (a weekday label is wider; with the week, steps of a
  // whole week keep the ticks on the same weekday).
  const fit = Math.max(1, Math.ceil(days.length / Math.max(2, Math.floor((width - 80) / (weekdays === undefined ? 40 : 56)))));
  const step = weekdays === undefined || fit === 1 ? fit : fit <= 7 ? (fit <= 2 ? fit : 7) : Math.ceil(fit / 7) * 7;
  return bandLineChart(
    {
      rows,
      color: { domain: [SERIES], range: [BACKLOG_COLOR] },
      x: {
        type: 'linear',
        domain: days.length === 1 ? [0.5, 1.5] : [1, days.length],
        ticks: days.filter((d) => (d - 1) % step === 0),
        tickFormat: dayText,
        label: weekdays === undefined ? 'Day' : 'Day (weekday)',
        labelAnchor: 'right',
        labelArrow: 'none',
        // Keep the first and last day's dots clear of the frame.
        inset: 12,
      },
      yLabel: 'Tasks unfinished at close (tasks)',
      dots: true,
      // With one day there is no band to draw: show the CI as a whisker instead.
      underlay: [
        // Closed days: a light band from half a day before to half a day after.
        ...(closed.length > 0 ? [Plot.rectX(closed, { x1: (d: number) => d - 0.5, x2: (d: number) => d + 0.5, fill: '#e8e8e8' })] : []),
        ...(days.length === 1 ? [Plot.ruleX(rows, { x: 'x', y1: 'lo', y2: 'hi', stroke: BACKLOG_COLOR, strokeWidth: 2 })] : []),
      ],
      defaultHeight: 260,
    },
    options,
  );
}
