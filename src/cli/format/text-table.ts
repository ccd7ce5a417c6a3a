/**
 * Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned,
 * a rule under the header. Widths count code points (the minus and dash signs are one column).
 */
import { escapeControls, isolateBidi } from '../../sim/scenario-file/text-safety.js';

export interface TextColumn {
  readonly header: string;
  readonly align: 'left' | 'right';
}

/** A row of cells, or null for a blank separator line. */
export type TextRow = readonly string[] | null;

function width(text: string): number {
  return [...text].length;
}

/** A cell padded to its column; right-to-left text is isolated so it cannot reorder the cells beside it. */
function pad(text: string, size: number, align: TextColumn['align']): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  const shown = isolateBidi(escapeControls(text));
  return align === 'right' ? fill + shown : shown + fill;
}

export function renderTable(columns: readonly TextColumn[], rows: readonly TextRow[]): string {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => (r === null ? 0 : width(r[i] ?? '')))));
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align))
      .join('  ')
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of rows) out.push(row === null ? '' : line(row));
  return `${out.join('\n')}\n`;
}
