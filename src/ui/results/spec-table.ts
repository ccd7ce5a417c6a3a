/**
 * A table specification (src/analysis/tables) as a Lit template for the web app: the same columns
 * as the report and the CLI, grouped headings over paired columns, each value in its unit, cut
 * intervals marked with a tooltip. Rendered inside the element that styles it (the Erlang baseline,
 * the metrics table).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CUT_NOTE } from '../../analysis/metric-info.js';
import { cellIsCut, formatCell, type CellFormat } from '../../analysis/tables/format-cell.js';
import { columnsFor, type TableColumn, type TableSpec } from '../../analysis/tables/table-spec.js';

export interface SpecTableOptions<R> extends CellFormat {
  /** Cell content in place of the formatted text, for a column id (a label with its key beneath). */
  readonly cells?: Readonly<Record<string, (row: R, text: string) => TemplateResult>>;
  /** Attributes of each row: its metric key, say. */
  readonly rowKey?: (row: R) => string;
}

function cls<R>(c: TableColumn<R>): string {
  return [c.align === 'right' ? 'num' : '', c.role ?? ''].filter((x) => x !== '').join(' ');
}

/** The header rows: one, or two when columns are paired under a group heading. */
export function specHead<R>(spec: TableSpec<R>): TemplateResult {
  const columns = columnsFor(spec, 'html');
  const th = (c: TableColumn<R>, rowspan?: number) => html`<th scope="col" class=${cls(c)} title=${c.title ?? nothing} rowspan=${rowspan ?? nothing}>${c.header}</th>`;
  if (!columns.some((c) => c.group !== undefined)) return html`<tr>${columns.map((c) => th(c))}</tr>`;
  const top: TemplateResult[] = [];
  const bottom: TemplateResult[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (c.group === undefined) {
      top.push(th(c, 2));
      continue;
    }
    let span = 1;
    while (columns[i + span]?.group === c.group) span++;
    top.push(html`<th colspan=${span} class="pair" scope="colgroup">${c.group}</th>`);
    for (let j = i; j < i + span; j++) bottom.push(th(columns[j]!));
    i += span - 1;
  }
  return html`<tr>${top}</tr>
    <tr>${bottom}</tr>`;
}

/** One body row of the table. */
export function specRow<R>(spec: TableSpec<R>, row: R, options: SpecTableOptions<R> = {}): TemplateResult {
  return html`<tr data-metric=${options.rowKey?.(row) ?? nothing}>
    ${columnsFor(spec, 'html').map((c) => {
      const cell = c.cell(row);
      const text = formatCell(cell, options);
      const custom = options.cells?.[c.id];
      const cut = cellIsCut(cell);
      return html`<td class=${cls(c)} title=${cut ? CUT_NOTE : nothing}>${custom ? custom(row, text) : text}</td>`;
    })}
  </tr>`;
}
