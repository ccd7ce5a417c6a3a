/** The human-readable summary of one run: every metric's mean, sd and 95% CI, aligned, with units. */
import { plural } from '../../analysis/format.js';
import type { RunJson } from '../../analysis/run-output.js';
import { metricStyle, styled, styledInterval } from './numbers.js';
import { renderTable, type TextColumn, type TextRow } from './text-table.js';

/** The metric's family (`front`, `customer`, `cost`...): a blank line separates families. */
function family(key: string): string {
  const dot = key.indexOf('.');
  const head = dot < 0 ? key : key.slice(0, dot);
  return head === 'revenue' || head === 'revenueLost' || head === 'profit' || head === 'cost' ? 'money' : head;
}


/** Heading lines: name, file, seed, replications, days, hash. */
export function runHeading(run: RunJson, source: string): string {
  return `${run.scenario}  (${source})\nseed ${run.seed} · ${plural(run.replications, 'replication')} of ${plural(run.days, 'day')} · scenario ${run.scenarioHash.slice(0, 12)}\n`;
}

export function runTable(run: RunJson): string {
  const rows: TextRow[] = [];
  const partial = Object.values(run.metrics).some((m) => m.n < run.replications);
  let previous: string | null = null;
  for (const [key, m] of Object.entries(run.metrics)) {
    const f = family(key);
    if (previous !== null && f !== previous) rows.push(null);
    previous = f;
    const typical = m.mean === null ? null : Math.max(Math.abs(m.mean), m.sd ?? 0);
    const style = metricStyle(key, typical);
    const row = [key, style.unit, styled(style, m.mean), styled(style, m.sd), styledInterval(style, m.ci95)];
    if (partial) row.push(m.n < run.replications ? String(m.n) : '');
    rows.push(row);
  }
  const columns: TextColumn[] = [
    { header: 'metric', align: 'left' },
    { header: 'unit', align: 'left' },
    { header: 'mean', align: 'right' },
    { header: 'sd', align: 'right' },
    { header: '95% CI', align: 'right' },
  ];
  if (partial) columns.push({ header: 'n', align: 'right' });
  const table = renderTable(columns, rows);
  return partial ? `${table}n: replications where the metric is defined, when fewer than all\n` : table;
}
