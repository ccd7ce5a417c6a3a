/**
 * The Erlang baseline table: what textbook queueing formulas predict for each counter class at the
 * scenario's average rate, beside what the simulation found, with the assumptions the office breaks.
 */
import type { ErlangBaseline } from '../erlang-baseline.js';
import type { RunSummary } from '../run-summary.js';
import { ERLANG_LEAD, ERLANG_NOTES_HEADING, ERLANG_TABLE, ERLANG_TITLE, erlangRows } from '../tables/erlang-table.js';
import { esc, tableHtml } from '../tables/table-html.js';

/** The section; `run` supplies the simulated columns (per-class mean wait, service level, abandonment). */
export function erlangSection(baseline: ErlangBaseline, run: RunSummary | null): string {
  if (baseline.rows.length === 0) return '';
  const notes = baseline.notes?.length
    ? `<p class="lead">${esc(ERLANG_NOTES_HEADING)}</p><ul class="notes">${baseline.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`
    : '';
  return `<section><h2>${esc(ERLANG_TITLE)}</h2>
<p class="lead">${esc(ERLANG_LEAD)}</p>
${tableHtml(ERLANG_TABLE, erlangRows(baseline, run?.metrics ?? null), { currency: run?.currency ?? null })}
${notes}
</section>`;
}
