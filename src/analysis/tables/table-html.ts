/**
 * A table specification as an HTML string (the report): grouped headings over paired columns, a
 * row per family when the spec groups rows, each value in its unit, cut intervals marked and
 * explained under the table.
 */
import { CUT_NOTE } from '../metric-info.js';
import { cellIsCut, formatCell, type CellFormat } from './format-cell.js';
import { columnsFor, type TableColumn, type TableSpec } from './table-spec.js';
import { isolateBidi } from '../../sim/scenario-file/text-safety.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe inside HTML elements and attribute values. Text holding right-to-left names is isolated
 * (FSI ... PDI, which work in attributes too, where <bdi> cannot go) so it cannot reorder its line.
 */
export function esc(text: string | number): string {
  return isolateBidi(String(text)).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface HtmlTableOptions<R> extends CellFormat {
  /** A full-width heading row whenever this changes from one row to the next. */
  readonly groupOf?: (row: R) => string;
  /** Cell HTML in place of the formatted text, for a column id (a label with its key beneath). */
  readonly html?: Readonly<Record<string, (row: R, text: string) => string>>;
}

function classes(c: TableColumn<unknown>): string {
  const list = [c.align === 'right' ? 'num' : '', c.role ?? ''].filter((x) => x !== '');
  return list.length === 0 ? '' : ` class="${list.join(' ')}"`;
}

function head<R>(columns: readonly TableColumn<R>[]): string {
  const th = (c: TableColumn<R>, extra = '') => `<th${classes(c as TableColumn<unknown>)}${extra} scope="col"${c.title ? ` title="${esc(c.title)}"` : ''}>${esc(c.header)}</th>`;
  if (!columns.some((c) => c.group !== undefined)) return `<tr>${columns.map((c) => th(c)).join('')}</tr>`;
  const top: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (c.group === undefined) {
      top.push(th(c, ' rowspan="2"'));
      continue;
    }
    let span = 1;
    while (columns[i + span]?.group === c.group) span++;
    top.push(`<th colspan="${span}" class="num pair" scope="colgroup">${esc(c.group)}</th>`);
    for (let j = i; j < i + span; j++) bottom.push(th(columns[j]!));
    i += span - 1;
  }
  return `<tr>${top.join('')}</tr><tr>${bottom.join('')}</tr>`;
}

/** Body rows, with a full-width heading row whenever `groupOf` changes from one row to the next. */
export function groupedRows<R>(rows: readonly R[], width: number, groupOf: ((row: R) => string) | undefined, rowHtml: (row: R) => string): string {
  let group: string | null = null;
  const body: string[] = [];
  for (const row of rows) {
    const g = groupOf?.(row);
    if (g !== undefined && g !== group) {
      group = g;
      body.push(`<tr class="group"><th colspan="${width}" scope="rowgroup">${esc(g)}</th></tr>`);
    }
    body.push(rowHtml(row));
  }
  return body.join('');
}

/** The table as HTML; the cut-interval note follows it when a shown interval was cut. */
export function tableHtml<R>(spec: TableSpec<R>, rows: readonly R[], options: HtmlTableOptions<R> = {}): string {
  const columns = columnsFor(spec, 'html');
  let cut = false;
  const body = groupedRows(rows, columns.length, options.groupOf, (row) => {
    const cells = columns.map((c) => {
      const cell = c.cell(row);
      cut ||= cellIsCut(cell);
      const text = formatCell(cell, options);
      const custom = options.html?.[c.id];
      return `<td${classes(c as TableColumn<unknown>)}>${custom ? custom(row, text) : esc(text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const note = cut ? `<p class="cut-note">${esc(CUT_NOTE)}</p>` : '';
  return `<table class="data ${esc(spec.name)}"><thead>${head(columns)}</thead><tbody>${body}</tbody></table>${note}`;
}
