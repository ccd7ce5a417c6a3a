/**
 * Wait-time distribution: for each customer class, the share of served customers in each band of
 * minutes queued (histograms summed over replications), one panel per class. Bins are drawn as
 * equal-width categories labelled with their range, because the simulator's bins widen with the
 * wait (0–0.5, 0.5–1, ... 240+); bars beyond the service-level target are paler.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { formatMinutes, formatNumber } from '../format.js';
import { basePlot, type ChartOptions, DEFAULT_WIDTH, marginForLabels, renderPlot } from './options.js';
import { CLASS_PALETTE, INK, ordinalColors } from './palette.js';

interface BinRow {
  readonly cls: string;
  /** The bin's label, e.g. "2–3" or "240+". */
  readonly bin: string;
  readonly share: number;
  /** The whole bin lies within the service-level target. */
  readonly withinTarget: boolean;
}

function binLabel(edges: readonly number[], i: number): string {
  const lo = formatNumber(edges[i]!, { digits: Number.isInteger(edges[i]!) ? 0 : 1 });
  if (i === edges.length - 1) return `${lo}+`;
  const hi = edges[i + 1]!;
  return `${lo}–${formatNumber(hi, { digits: Number.isInteger(hi) ? 0 : 1 })}`;
}

/**
 * Bins of every class with served customers, as shares of that class's served customers. Bins past
 * the last one any class uses are dropped (a long empty tail would squash the bars); bins before it
 * are kept, empty ones included, so the axis reads as a continuous scale.
 */
export function waitHistogramRows(summary: RunSummary): { rows: BinRow[]; classes: string[]; bins: string[] } {
  const classes = summary.customers.filter((c) => summary.waitHistograms[c]?.counts.some((n) => n > 0) ?? false);
  if (classes.length === 0) return { rows: [], classes, bins: [] };
  const edges = summary.waitHistograms[classes[0]!]!.edges;
  let last = 0;
  for (const cls of classes) {
    const counts = summary.waitHistograms[cls]!.counts;
    counts.forEach((n, i) => {
      if (n > 0 && i > last) last = i;
    });
  }
  const bins = edges.slice(0, last + 1).map((_, i) => binLabel(edges, i));
  const target = summary.serviceLevelTarget.withinMinutes;
  const rows: BinRow[] = [];
  for (const cls of classes) {
    const counts = summary.waitHistograms[cls]!.counts;
    const total = counts.reduce((a, b) => a + b, 0);
    for (let i = 0; i <= last; i++) {
      const upper = i + 1 < edges.length ? edges[i + 1]! : Infinity;
      rows.push({ cls, bin: bins[i]!, share: counts[i]! / total, withinTarget: upper <= target });
    }
  }
  return { rows, classes, bins };
}

export function waitHistogramChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const { rows, classes, bins } = waitHistogramRows(summary);
  const target = summary.serviceLevelTarget.withinMinutes;
  const width = options.width ?? DEFAULT_WIDTH;
  const marginRight = marginForLabels(classes, 30, 140);
  // Rotate the range labels when they would not fit side by side.
  const perBin = (width - 52 - marginRight) / Math.max(1, bins.length);
  const longest = bins.reduce((m, b) => Math.max(m, b.length), 0);
  const rotate = longest * 7 + 6 > perBin;
  const panels = Math.max(1, classes.length);
  return renderPlot({
    ...basePlot(options, (rotate ? 80 : 56) + 120 * panels),
    marginLeft: 52,
    marginRight,
    marginBottom: rotate ? 62 : 40,
    x: {
      type: 'band',
      domain: bins,
      padding: 0.12,
      label: `Wait before service (minutes); paler: beyond the ${formatMinutes(target, { digits: Number.isInteger(target) ? 0 : 1 })} target`,
      labelAnchor: 'center',
      labelArrow: 'none',
      ...(rotate ? { tickRotate: -40 } : {}),
    },
    y: { label: 'Share of served (%)', percent: true, grid: true, nice: true, ticks: 3, labelAnchor: 'top' },
    fy: { label: null, domain: classes, padding: 0.2 },
    color: ordinalColors(summary.customers, CLASS_PALETTE),
    marks: [
      Plot.barY(rows, { x: 'bin', y: 'share', fy: 'cls', fill: 'cls', fillOpacity: (r: BinRow) => (r.withinTarget ? 1 : 0.45) }),
      Plot.ruleY([0], { stroke: INK.rule }),
      ...(rows.length === 0 ? [Plot.text(['No customer was served'], { frameAnchor: 'middle', fill: INK.muted, fontSize: 13 })] : []),
    ],
  });
}
