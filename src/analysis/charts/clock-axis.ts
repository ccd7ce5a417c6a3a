/**
 * The x scale of through-the-day charts: minutes after midnight shown as clock times ("09:00")
 * at whole hours, spaced so tick labels never collide.
 */
import type { ScaleOptions } from '@observablehq/plot';
import { formatClock } from '../format.js';

/** Hour steps tried in order until the labels fit. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 12] as const;
/** Room one "HH:MM" label needs, with spacing, in pixels at 11 px. */
const LABEL_PIXELS = 48;

/** Whole-hour ticks (minutes) within [start, end], spaced to fit `plotWidth` pixels. */
export function clockTicks(start: number, end: number, plotWidth: number): number[] {
  const span = Math.max(1, end - start);
  const fit = Math.max(2, Math.floor(plotWidth / LABEL_PIXELS));
  const step = HOUR_STEPS.find((h) => span / (h * 60) <= fit) ?? 24;
  const ticks: number[] = [];
  for (let t = Math.ceil(start / (step * 60)) * step * 60; t <= end; t += step * 60) ticks.push(t);
  return ticks;
}

/** Plot scale options for a clock-time x axis spanning [start, end] minutes after midnight. */
export function clockScale(start: number, end: number, plotWidth: number): ScaleOptions {
  return {
    type: 'linear',
    domain: [start, end],
    ticks: clockTicks(start, end, plotWidth),
    tickFormat: (m: number) => formatClock(m),
    label: 'Time of day',
    labelAnchor: 'right',
    labelArrow: 'none',
  };
}
