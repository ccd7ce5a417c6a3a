import { MISSING } from '../../analysis/format.js';
import { CUT_MARK, shownInterval } from '../../analysis/metric-info.js';
import { columnsFor, type TableCell, type TableSpec } from '../../analysis/tables/table-spec.js';
import { quantityStyle, styled, type MetricStyle } from './numbers.js';

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

/**
 * A table specification (src/analysis/tables) as terminal text: its text columns, plain figures
 * (the unit is in a column or the heading), a row's figures of one metric with the same decimals so
 * a mean, its sd and its interval line up, a cut interval bound marked †, and a blank line between
 * row groups. Returns the table and whether an interval was cut (the caller adds the note).
 */
export function renderSpec<R>(spec: TableSpec<R>, rows: readonly R[], options: { readonly groupOf?: (row: R) => string } = {}): { text: string; cut: boolean } {
  const columns = columnsFor(spec, 'text');
  const out: TextRow[] = [];
  let group: string | null = null;
  let cut = false;
  for (const row of rows) {
    const g = options.groupOf?.(row);
    if (g !== undefined && group !== null && g !== group) out.push(null);
    if (g !== undefined) group = g;
    const cells = columns.map((c) => c.cell(row));
    const styles = rowStyles(cells);
    out.push(
      cells.map((cell) => {
        if (cell.kind === 'text') return cell.text;
        const style = styles.get(styleKey(cell))!;
        if (cell.kind === 'value') return styled(style, cell.value);
        const shown = cell.key === undefined ? (cell.ci == null ? null : { lo: cell.ci[0], hi: cell.ci[1], cutLo: false, cutHi: false }) : shownInterval(cell.key, cell.ci);
        if (shown === null) return MISSING;
        cut ||= shown.cutLo || shown.cutHi;
        return `${styled(style, shown.lo)}${shown.cutLo ? CUT_MARK : ''} – ${styled(style, shown.hi)}${shown.cutHi ? CUT_MARK : ''}`;
      }),
    );
  }
  const header = columns.map((c) => ({ header: c.short ?? (c.group === undefined ? c.header : `${c.group} ${c.header}`), align: c.align }));
  return { text: renderTable(header, out), cut };
}

type NumberCell = Exclude<TableCell, { kind: 'text' }>;

function styleKey(cell: NumberCell): string {
  return cell.key ?? `unit:${cell.unit}`;
}

/** One style per metric (or per unit, for cells of no metric) in the row, from its largest figure. */
function rowStyles(cells: readonly TableCell[]): Map<string, MetricStyle> {
  const typical = new Map<string, { unit: NumberCell['unit']; key: string | undefined; magnitude: number | null }>();
  for (const cell of cells) {
    if (cell.kind === 'text') continue;
    const values = cell.kind === 'value' ? [cell.value] : [];
    const k = styleKey(cell);
    const entry = typical.get(k) ?? { unit: cell.unit, key: cell.key, magnitude: null };
    for (const v of values) if (v != null && Number.isFinite(v)) entry.magnitude = Math.max(entry.magnitude ?? 0, Math.abs(v));
    typical.set(k, entry);
  }
  const styles = new Map<string, MetricStyle>();
  for (const [k, e] of typical) styles.set(k, quantityStyle(e.unit, e.key, e.magnitude));
  return styles;
}
