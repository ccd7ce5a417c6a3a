/** A table specification written as CSV: its CSV columns, full-precision data. */
import { csvText } from '../csv.js';
import { columnsFor, csvData, type TableSpec } from './table-spec.js';

export function tableCsv<R>(spec: TableSpec<R>, rows: readonly R[]): string {
  const columns = columnsFor(spec, 'csv');
  return csvText(
    columns.map((c) => c.id),
    rows.map((r) => columns.map((c) => csvData(c.cell(r)))),
  );
}
