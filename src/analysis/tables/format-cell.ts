/**
 * A table cell as people read it in the report and the web app: each value in its unit (money with
 * the scenario's currency), an interval clipped to its metric's range with the cut bound marked.
 */
import { formatNumber, formatInterval, MISSING } from '../format.js';
import { formatByUnit, formatMetricInterval, isCut } from '../metric-info.js';
import type { Quantity, TableCell } from './table-spec.js';

export interface CellFormat {
  readonly currency?: string | null;
}

function formatQuantity(unit: Quantity, value: number | null | undefined, options: CellFormat): string {
  if (unit === 'integer') return value == null ? MISSING : formatNumber(value, { digits: 0 });
  if (unit === 'perHour') return formatNumber(value);
  return formatByUnit(unit, value, { currency: options.currency ?? null });
}

/** The cell's text. */
export function formatCell(cell: TableCell, options: CellFormat = {}): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'value':
      return formatQuantity(cell.unit, cell.value, options);
    case 'interval': {
      const format = (v: number) => formatQuantity(cell.unit, v, options);
      return cell.key === undefined ? formatInterval(cell.ci, format) : formatMetricInterval(cell.key, cell.ci, { format });
    }
  }
}

/** Whether the cell shows an interval cut at its metric's range (the table then needs the cut note). */
export function cellIsCut(cell: TableCell): boolean {
  return cell.kind === 'interval' && cell.key !== undefined && isCut(cell.key, cell.ci);
}
