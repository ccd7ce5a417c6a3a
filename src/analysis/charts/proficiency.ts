/**
 * Proficiency over days for the skills with a learning curve (issue 15): one line per person and
 * skill, the mean over replications of the proficiency at the end of each day, with its 95% band,
 * and each curve's target as a dashed rule. Shared by the report and the web app.
 */
import * as Plot from '@observablehq/plot';
import type { LearningSummary, RunSummary } from '../run-summary.js';
import { formatNumber } from '../format.js';
import { bandLineChart, type BandRow } from './band-line.js';
import { DEFAULT_WIDTH, type ChartOptions } from './options.js';
import { CLASS_PALETTE } from './palette.js';

/** "Cara, front": the series name of one person's skill. */
export function learningSeries(pair: Pick<LearningSummary, 'person' | 'skill'>): string {
  return `${pair.person}, ${pair.skill}`;
}

/** One row per pair and day (day 0 is the start, before any practice). */
export function proficiencyRows(pairs: readonly LearningSummary[]): BandRow[] {
  return pairs.flatMap((pair) => {
    const series = learningSeries(pair);
    const start: BandRow = { x: 0, series, mean: pair.start, lo: pair.start, hi: pair.start };
    return [
      start,
      // The band is cut at the proficiency's range, (0, 1], like every interval shown.
      ...pair.byDay.map((s, d): BandRow => ({
        x: d + 1,
        series,
        mean: s.mean,
        lo: s.ci95 === null ? s.mean : Math.max(0, s.ci95[0]),
        hi: s.ci95 === null ? s.mean : Math.min(1, s.ci95[1]),
      })),
    ];
  });
}

/** The chart, or null when the summary has no learning curve. `only` limits it to some pairs (the app's choice). */
export function proficiencyChart(summary: RunSummary, options: ChartOptions = {}, only?: readonly LearningSummary[]): SVGSVGElement | HTMLElement | null {
  const pairs = only ?? summary.learning ?? [];
  if (pairs.length === 0) return null;
  const names = pairs.map(learningSeries);
  const colors = names.map((_, i) => CLASS_PALETTE[i % CLASS_PALETTE.length]!);
  const width = options.width ?? DEFAULT_WIDTH;
  const days = summary.days;
  const step = Math.max(1, Math.ceil(days / Math.max(2, Math.floor((width - 80) / 40))));
  const ticks = [0, ...Array.from({ length: days }, (_, i) => i + 1).filter((d) => d % step === 0)];
  const targets = pairs.flatMap((p) => (p.target === null ? [] : [{ series: learningSeries(p), target: p.target }]));
  return bandLineChart(
    {
      rows: proficiencyRows(pairs),
      color: { domain: names, range: colors },
      x: {
        type: 'linear',
        domain: [0, days],
        ticks,
        tickFormat: (d: number) => formatNumber(d, { digits: 0 }),
        label: 'End of day (0 = start)',
        labelAnchor: 'right',
        labelArrow: 'none',
        inset: 8,
      },
      yLabel: 'Proficiency (1.0 = an expert’s speed)',
      yTickFormat: (v: number) => formatNumber(v, { digits: 1 }),
      dots: days <= 31,
      underlay: [Plot.ruleY(targets, { y: 'target', stroke: 'series', strokeDasharray: '4 3', strokeOpacity: 0.8 })],
      defaultHeight: 300,
    },
    options,
  );
}
