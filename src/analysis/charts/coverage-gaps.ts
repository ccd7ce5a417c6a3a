/**
 * Coverage gaps over the day: in each slot of the opening day, the mean minutes (per day, over
 * replications) during which a skill had demand and nobody holding it was on duty and present,
 * stacked by skill. An empty chart says so in words rather than showing a blank frame.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { dayScale, MARGIN } from './band-line.js';
import { basePlot, type ChartOptions, DEFAULT_WIDTH, renderPlot } from './options.js';
import { INK, skillColor } from './palette.js';

/** What the chart says when no replication had a gap. */
export const NO_GAPS = 'No coverage gaps';

interface GapRow {
  readonly x1: number;
  readonly x2: number;
  readonly skill: string;
  readonly minutes: number;
}

/** Mean gap minutes per (slot, skill), leaving out slots without a gap. */
export function coverageGapRows(summary: RunSummary): GapRow[] {
  const { bucketStarts, bucketMinutes, bands } = summary.series;
  const rows: GapRow[] = [];
  for (const skill of summary.skills) {
    const band = bands[`gap.${skill}`];
    if (band === undefined) continue;
    bucketStarts.forEach((start, i) => {
      const minutes = band.mean[i];
      if (minutes != null && minutes > 0) rows.push({ x1: start, x2: start + bucketMinutes, skill, minutes });
    });
  }
  return rows;
}

export function coverageGapChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const skills = summary.skills.filter((s) => summary.series.bands[`gap.${s}`] !== undefined);
  const rows = coverageGapRows(summary);
  const range = skills.map((s) => skillColor(summary.skills.indexOf(s)));
  const slot = summary.series.bucketMinutes;
  return renderPlot({
    ...basePlot(options, 260),
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    x: dayScale(summary, options.width ?? DEFAULT_WIDTH),
    // A fixed floor keeps an all-zero chart from inventing a 0–1 scale with fractional ticks.
    y: { label: `Gap minutes per ${slot}-min slot (minutes, per day)`, grid: true, domain: rows.length === 0 ? [0, slot] : undefined, nice: true },
    color: { domain: skills, range, legend: skills.length > 1 && rows.length > 0 },
    marks: [
      Plot.rectY(rows, { x1: 'x1', x2: 'x2', y: 'minutes', fill: 'skill', insetLeft: 0.5, insetRight: 0.5 }),
      Plot.ruleY([0], { stroke: INK.rule }),
      ...(rows.length === 0 ? [Plot.text([NO_GAPS], { frameAnchor: 'middle', fill: INK.muted, fontSize: 13 })] : []),
    ],
  });
}
