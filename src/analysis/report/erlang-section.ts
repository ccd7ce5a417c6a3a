/**
 * The Erlang baseline table: what textbook queueing formulas predict for each counter class at the
 * scenario's average rate, beside what the simulation found, with the assumptions the office breaks.
 */
import type { RunSummary } from '../run-summary.js';
import { formatMinutes, formatNumber, formatPercent, MISSING } from '../format.js';
import { esc } from './html.js';

/** One counter class under one queueing model. */
export interface ErlangBaselineRow {
  /** Customer class name. */
  readonly customerClass: string;
  /** Which formula: `Erlang C` (no abandonment) or `Erlang A` (exponential patience). */
  readonly model: string;
  /** Average arrival rate over opening hours (customers per hour). */
  readonly arrivalsPerHour: number;
  /** Mean service time (minutes). */
  readonly serviceMinutes: number;
  /** Servers assumed: people at the counter who can serve the class. */
  readonly servers: number;
  /** Probability an arriving customer waits; null when the queue is unstable. */
  readonly probWait: number | null;
  /** Mean queue wait (minutes); null when unstable. */
  readonly waitMean: number | null;
  /** Share served within the target; null when unstable. */
  readonly serviceLevel: number | null;
  /** Erlang A only: share who abandon. */
  readonly abandonRate?: number | null;
  /** Fewest servers meeting the service-level target under the model; null if none tried does. */
  readonly serversForTarget?: number | null;
}

export interface ErlangBaseline {
  readonly rows: readonly ErlangBaselineRow[];
  /** Assumptions of the formulas that this office breaks (breaks, absences, time-varying rates...). */
  readonly notes?: readonly string[];
}

function simulated(run: RunSummary | null, key: string): number | null {
  return run?.metrics[key]?.mean ?? null;
}

const pct = (v: number | null | undefined) => esc(formatPercent(v));
const min = (v: number | null | undefined) => esc(formatMinutes(v));

function row(r: ErlangBaselineRow, run: RunSummary | null): string {
  const cls = `customer.${r.customerClass}`;
  const cells = [
    [esc(r.customerClass), ''],
    [esc(r.model), ''],
    [esc(formatNumber(r.arrivalsPerHour)), 'num'],
    [min(r.serviceMinutes), 'num'],
    [esc(formatNumber((r.arrivalsPerHour * r.serviceMinutes) / 60, { digits: 2 })), 'num'],
    [esc(String(r.servers)), 'num'],
    [esc(r.serversForTarget == null ? MISSING : String(r.serversForTarget)), 'num'],
    [pct(r.probWait), 'num'],
    [min(r.waitMean), 'num model'],
    [min(simulated(run, `${cls}.waitMean`)), 'num sim'],
    [pct(r.serviceLevel), 'num model'],
    [pct(simulated(run, `${cls}.serviceLevel`)), 'num sim'],
    [r.abandonRate === undefined ? MISSING : pct(r.abandonRate), 'num model'],
    [pct(simulated(run, `${cls}.abandonRate`)), 'num sim'],
  ];
  return `<tr>${cells.map(([v, c]) => `<td${c ? ` class="${c}"` : ''}>${v}</td>`).join('')}</tr>`;
}

/** The section; `run` supplies the simulated columns (per-class mean wait, service level, abandonment). */
export function erlangSection(baseline: ErlangBaseline, run: RunSummary | null): string {
  if (baseline.rows.length === 0) return '';
  const notes = baseline.notes?.length ? `<ul class="notes">${baseline.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
  const span = (label: string) => `<th colspan="2" class="num pair" scope="colgroup">${esc(label)}</th>`;
  const single = (label: string, numeric = true) => `<th rowspan="2"${numeric ? ' class="num"' : ''} scope="col">${esc(label)}</th>`;
  return `<section><h2>Erlang baseline</h2>
<p class="lead">What the classic queueing formulas predict for each counter class at its average arrival rate, beside the simulated result. The formulas assume a steady rate, identical servers who never leave the counter and no breaks or absences; differences from the simulation show what those simplifications hide.</p>
<table class="data erlang">
<thead>
<tr>${single('Class', false)}${single('Model', false)}${single('Arrivals / h')}${single('Service')}${single('Load (Erlangs)')}${single('Servers')}${single('Servers for target')}${single('P(wait)')}${span('Mean wait')}${span('Service level')}${span('Abandonment')}</tr>
<tr>${['model', 'simulated', 'model', 'simulated', 'model', 'simulated'].map((l, i) => `<th class="num${i % 2 ? ' sim' : ''}" scope="col">${l}</th>`).join('')}</tr>
</thead>
<tbody>${baseline.rows.map((r) => row(r, run)).join('')}</tbody>
</table>
${notes}
</section>`;
}
