/**
 * The human-readable sweep: one column per grid point, one row per metric, each cell the mean and
 * the half-width of its 95% CI.
 *
 * A grid of many points is wider than a terminal: given a `width`, the point columns are split into
 * blocks that each fit it (the metric and unit columns repeated in every block, each block headed
 * "points 1–4 of 12"), so no line wraps in the middle of a number. Without a width (`--wide`, or
 * output to a file or pipe) the table is one block.
 */
import type { SweepSummary } from '../../analysis/run-summary.js';
import { metricStyle, styled } from './numbers.js';
import { renderTable, type TextColumn, type TextRow } from './text-table.js';

export interface SweepTableOptions {
  /** Characters per line to fit (the terminal's width); undefined: one block, however wide. */
  readonly width?: number;
}

/** Separator between columns, as renderTable draws it. */
const GAP = 2;

function textWidth(text: string): number {
  return [...text].length;
}

/** The point columns' indexes, grouped so that each block's line fits `width` (at least one point per block). */
function blocks(fixedWidth: number, pointWidths: readonly number[], width: number | undefined): number[][] {
  const all = pointWidths.map((_, i) => i);
  if (width === undefined) return [all];
  const out: number[][] = [];
  let current: number[] = [];
  let used = fixedWidth;
  for (const i of all) {
    const w = GAP + pointWidths[i]!;
    if (current.length > 0 && used + w > width) {
      out.push(current);
      current = [];
      used = fixedWidth;
    }
    current.push(i);
    used += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The table of `sweep` in the period to show (src/analysis/period.ts), fitted to `options.width`. */
export function sweepTable(sweep: SweepSummary, options: SweepTableOptions = {}): string {
  const period = sweep.period?.period;
  const headers = sweep.points.map((p) => sweep.paths.map((path) => String(p.values[path])).join(' / '));
  const keySet = new Set<string>();
  for (const p of sweep.points) for (const k of Object.keys(p.metrics)) keySet.add(k);
  const keys = [...keySet];
  const rows = keys.map((key) => {
    const typical = Math.max(0, ...sweep.points.map((p) => Math.abs(p.metrics[key]?.mean ?? 0)));
    const style = metricStyle(key, typical, { currency: sweep.currency, period });
    return [
      key,
      style.unit,
      ...sweep.points.map((p) => {
        const m = p.metrics[key];
        if (m === undefined) return '';
        const half = m.ci95 === null ? null : (m.ci95[1] - m.ci95[0]) / 2;
        return half === null ? styled(style, m.mean) : `${styled(style, m.mean)} ± ${styled(style, half)}`;
      }),
    ];
  });
  const columnWidth = (i: number, header: string) => Math.max(textWidth(header), ...rows.map((r) => textWidth(r[i]!)));
  const fixedWidth = columnWidth(0, 'metric') + GAP + columnWidth(1, 'unit');
  const groups = blocks(fixedWidth, headers.map((h, j) => columnWidth(j + 2, h)), options.width);

  const tables = groups.map((group) => {
    const columns: TextColumn[] = [
      { header: 'metric', align: 'left' },
      { header: 'unit', align: 'left' },
      ...group.map((j) => ({ header: headers[j]!, align: 'right' as const })),
    ];
    const blockRows: TextRow[] = rows.map((r) => [r[0]!, r[1]!, ...group.map((j) => r[j + 2]!)]);
    const title = groups.length === 1 ? '' : `points ${group[0]! + 1}–${group.at(-1)! + 1} of ${headers.length}\n`;
    return `${title}${renderTable(columns, blockRows)}`;
  });
  const shown = sweep.period === undefined ? '' : ` · counts, money and minutes ${sweep.period.words}`;
  const heading = `${sweep.scenario}: sweep of ${sweep.paths.join(' / ')}\nseed ${sweep.seed} · ${sweep.replications} replications per point on common random numbers · ${sweep.points.length} points${shown}\n\n`;
  const more = groups.length > 1 ? 'split to fit the terminal; --wide prints one table\n' : '';
  return `${heading}${tables.join('\n')}cells: mean ± half-width of the 95% CI\n${more}`;
}
