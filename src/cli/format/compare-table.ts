/**
 * The human-readable comparison: each metric's mean per variant, and for each later variant its
 * paired difference from the first with the 95% CI, starred when the interval excludes zero.
 */
import type { CompareSummary } from '../../analysis/run-summary.js';
import { metricStyle, styled, styledInterval } from './numbers.js';
import { renderTable, type TextColumn, type TextRow } from './text-table.js';

/** The table of `compare` in the period to show (src/analysis/period.ts). */
export function compareTable(compare: CompareSummary): string {
  const currency = compare.runs[0]?.currency ?? null;
  const period = compare.period?.period;
  const [first, ...others] = compare.variants;
  const columns: TextColumn[] = [
    { header: 'metric', align: 'left' },
    { header: 'unit', align: 'left' },
    { header: first!, align: 'right' },
  ];
  for (const name of others) {
    columns.push({ header: name, align: 'right' });
    columns.push({ header: 'difference  (95% CI)', align: 'right' });
  }
  const rows: TextRow[] = [];
  for (const key of compare.metricKeys) {
    const m = compare.metrics[key];
    if (m === undefined) continue;
    const typical = Math.max(0, ...m.variants.map((v) => (v?.mean == null ? 0 : Math.abs(v.mean))));
    const style = metricStyle(key, typical, { currency, period });
    const row = [key, style.unit, styled(style, m.variants[0]?.mean)];
    others.forEach((_, i) => {
      row.push(styled(style, m.variants[i + 1]?.mean));
      const d = m.differences[i];
      row.push(d == null ? '' : `${styled(style, d.mean, true)}  (${styledInterval(style, d.ci95, true)})${d.significant ? ' *' : '  '}`);
    });
    rows.push(row);
  }
  const shown = compare.period === undefined ? '' : ` · counts, money and minutes ${compare.period.words}`;
  const heading = `${compare.variants.join(' vs ')}\nseed ${compare.seed} · ${compare.replications} replications on common random numbers${shown}\n\n`;
  const legend = `difference: the variant to its left minus ${first}, paired replication by replication; * its 95% CI excludes 0\n`;
  return `${heading}${renderTable(columns, rows)}${legend}`;
}
