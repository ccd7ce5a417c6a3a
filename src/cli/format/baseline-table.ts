/**
 * The Erlang baseline beside the simulation, per counter class: what Erlang C (and Erlang A with
 * exponential patience) predict at the class's average rate with the counter staff it has, how
 * many servers the formula says the service-level target needs, and the simulated values; then
 * the assumptions of the formulas this office breaks.
 */
import type { ErlangBaseline } from '../../analysis/report.js';
import type { RunJson } from '../../analysis/run-output.js';
import { figure } from './numbers.js';
import { renderTable, type TextColumn } from './text-table.js';

const percent = (v: number | null | undefined): string => figure(v == null ? v : v * 100, 1);
const minutes = (v: number | null | undefined): string => figure(v, v != null && Math.abs(v) < 10 ? 2 : 1);

export function baselineTable(baseline: ErlangBaseline, run: RunJson): string {
  if (baseline.rows.length === 0) return '';
  const simulated = (name: string, metric: string): number | null => run.metrics[`customer.${name}.${metric}`]?.mean ?? null;
  const columns: TextColumn[] = [
    { header: 'class', align: 'left' },
    { header: 'model', align: 'left' },
    { header: 'arrivals/h', align: 'right' },
    { header: 'service min', align: 'right' },
    { header: 'servers', align: 'right' },
    { header: 'needed', align: 'right' },
    { header: 'P(wait) %', align: 'right' },
    { header: 'wait min', align: 'right' },
    { header: 'sim wait', align: 'right' },
    { header: 'SL %', align: 'right' },
    { header: 'sim SL', align: 'right' },
    { header: 'abandon %', align: 'right' },
    { header: 'sim abandon', align: 'right' },
  ];
  const rows = baseline.rows.map((r) => [
    r.customerClass,
    r.model,
    figure(r.arrivalsPerHour, 1),
    minutes(r.serviceMinutes),
    String(r.servers),
    r.serversForTarget == null ? '–' : String(r.serversForTarget),
    percent(r.probWait),
    minutes(r.waitMean),
    minutes(simulated(r.customerClass, 'waitMean')),
    percent(r.serviceLevel),
    percent(simulated(r.customerClass, 'serviceLevel')),
    r.abandonRate === undefined ? '' : percent(r.abandonRate),
    r.abandonRate === undefined ? '' : percent(simulated(r.customerClass, 'abandonRate')),
  ]);
  const notes = baseline.notes?.length ? `This office breaks the formulas' assumptions:\n${baseline.notes.map((n) => `  - ${n}`).join('\n')}\n` : '';
  return (
    `\nErlang baseline (steady average rate, identical servers always at the counter; "needed" = fewest\n` +
    `servers meeting the service-level target; "–" = unstable at this staffing)\n` +
    renderTable(columns, rows) +
    notes
  );
}
