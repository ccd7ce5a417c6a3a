/**
 * Staffing seen in the records: people serving someone in each half hour, mean over the open dates
 * of each weekday, against the clock (the reference roster's shape).
 */
import * as Plot from '@observablehq/plot';
import type { StaffingSeen } from '../fit/staffing.js';
import type { ObservedCalendar } from '../fit/week.js';
import { clockScale } from './clock-axis.js';
import { basePlot, type ChartOptions, DEFAULT_WIDTH, renderPlot } from './options.js';
import { CLASS_PALETTE } from './palette.js';

export function fitStaffingChart(staffing: StaffingSeen, calendar: ObservedCalendar, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = calendar.weekdays
    .filter((w) => w.hours !== null)
    .flatMap((w) =>
      staffing.activePerSlot[w.weekday]
        .map((people, s) => ({ weekday: w.weekday, minute: s * staffing.slotMinutes, people }))
        .filter((r) => r.minute >= w.hours!.open - staffing.slotMinutes && r.minute < w.hours!.close + staffing.slotMinutes),
    );
  const weekdays = [...new Set(rows.map((r) => r.weekday))];
  const width = options.width ?? DEFAULT_WIDTH;
  const start = Math.min(...rows.map((r) => r.minute));
  const end = Math.max(...rows.map((r) => r.minute + staffing.slotMinutes));
  return renderPlot({
    ...basePlot(options, 220),
    marginLeft: 52,
    x: { ...clockScale(start, end, width - 72), label: null },
    y: { label: 'people serving (mean)', grid: true, zero: true },
    color: { domain: weekdays, range: CLASS_PALETTE.slice(0, weekdays.length), legend: true },
    marks: [Plot.lineY(rows, { x: 'minute', y: 'people', stroke: 'weekday', curve: 'step-after', strokeWidth: 1.6 })],
  });
}
