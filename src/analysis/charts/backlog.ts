/**
 * Back-office backlog over days: tasks left unfinished at each day's close, mean over replications
 * with its 95% band. A rising line means the back office falls behind day after day.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { formatNumber } from '../format.js';
import { bandLineChart, bandRows } from './band-line.js';
import { DEFAULT_WIDTH, type ChartOptions } from './options.js';

const BACKLOG_COLOR = '#c98a1c';
const SERIES = 'Backlog';

export function backlogChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const days = summary.backlogByDay.mean.map((_, i) => i + 1);
  const rows = bandRows(summary.backlogByDay, days, SERIES);
  const width = options.width ?? DEFAULT_WIDTH;
  // Whole days only, and no more ticks than fit.
  const step = Math.max(1, Math.ceil(days.length / Math.max(2, Math.floor((width - 80) / 40))));
  return bandLineChart(
    {
      rows,
      color: { domain: [SERIES], range: [BACKLOG_COLOR] },
      x: {
        type: 'linear',
        domain: days.length === 1 ? [0.5, 1.5] : [1, days.length],
        ticks: days.filter((d) => (d - 1) % step === 0),
        tickFormat: (d: number) => formatNumber(d, { digits: 0 }),
        label: 'Day',
        labelAnchor: 'right',
        labelArrow: 'none',
        // Keep the first and last day's dots clear of the frame.
        inset: 12,
      },
      yLabel: 'Tasks unfinished at close (tasks)',
      dots: true,
      // With one day there is no band to draw: show the CI as a whisker instead.
      underlay: days.length === 1 ? [Plot.ruleX(rows, { x: 'x', y1: 'lo', y2: 'hi', stroke: BACKLOG_COLOR, strokeWidth: 2 })] : [],
      defaultHeight: 260,
    },
    options,
  );
}
