/**
 * The Erlang baseline beside the simulation (src/analysis/tables/erlang-table.ts) as text, then the
 * assumptions of the formulas this office breaks.
 */
import type { ErlangBaseline } from '../../analysis/erlang-baseline.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { ERLANG_LEAD, ERLANG_NOTES_HEADING, ERLANG_TABLE, erlangRows } from '../../analysis/tables/erlang-table.js';
import { renderSpec } from './text-table.js';

/** Wraps text at `width` columns. */
function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return `${lines.join('\n')}\n`;
}

export function baselineTable(baseline: ErlangBaseline, run: RunSummary): string {
  if (baseline.rows.length === 0) return '';
  const notes = baseline.notes?.length ? `${ERLANG_NOTES_HEADING}\n${baseline.notes.map((n) => `  - ${n}`).join('\n')}\n` : '';
  return `\nErlang baseline\n${wrap(ERLANG_LEAD)}${renderSpec(ERLANG_TABLE, erlangRows(baseline, run.metrics)).text}${notes}`;
}
