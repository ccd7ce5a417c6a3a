/**
 * A table said once: its columns and what each cell holds. The HTML report, the web app, the CLI's
 * text output and the CSV files render the same specification, each in its own medium (the terminal
 * aligns plain figures under a unit column; HTML prints each value with its unit; CSV writes full
 * precision), so the columns of a table cannot drift apart between them.
 */
import type { CsvCell } from '../csv.js';
import type { MetricUnit } from '../metric-info.js';

/** How a number is meant: a metric unit, or a whole number of things, or a rate per hour. */
export type Quantity = MetricUnit | 'integer' | 'perHour';

/**
 * One cell: text; a number in a quantity; or a 95% interval (shown clipped to the range of `key`'s
 * metric, a cut bound marked). A `key` names the metric the value belongs to.
 */
export type TableCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly value: number | null | undefined; readonly unit: Quantity; readonly key?: string }
  | { readonly kind: 'interval'; readonly ci: readonly [number, number] | null | undefined; readonly unit: Quantity; readonly key?: string };

/** Where a column appears. */
export type Medium = 'text' | 'html' | 'csv';

export interface TableColumn<R> {
  /** Stable identifier: the CSV header. */
  readonly id: string;
  /** Heading for people. */
  readonly header: string;
  /** A short heading with its unit for the terminal's narrow columns ("wait min"); default the group and header. */
  readonly short?: string;
  /** A heading over several columns ("Mean wait" over "formula" and "simulated"). */
  readonly group?: string;
  /** What the column means, for a tooltip or a legend. */
  readonly title?: string;
  readonly align: 'left' | 'right';
  /** A styling hint: a formula's prediction or a simulated value. */
  readonly role?: 'model' | 'sim';
  /** Where the column appears; default everywhere. */
  readonly media?: readonly Medium[];
  readonly cell: (row: R) => TableCell;
}

export interface TableSpec<R> {
  /** The table's name (also its HTML class). */
  readonly name: string;
  readonly columns: readonly TableColumn<R>[];
}

/** The columns of `spec` shown in `medium`. */
export function columnsFor<R>(spec: TableSpec<R>, medium: Medium): TableColumn<R>[] {
  return spec.columns.filter((c) => c.media === undefined || c.media.includes(medium));
}

export const text = (value: string): TableCell => ({ kind: 'text', text: value });
export const value = (v: number | null | undefined, unit: Quantity, key?: string): TableCell =>
  key === undefined ? { kind: 'value', value: v, unit } : { kind: 'value', value: v, unit, key };
export const interval = (ci: readonly [number, number] | null | undefined, unit: Quantity, key?: string): TableCell =>
  key === undefined ? { kind: 'interval', ci, unit } : { kind: 'interval', ci, unit, key };

/** A cell as CSV data: numbers in full precision, an interval as "lo – hi" is not data (use two columns). */
export function csvData(cell: TableCell): CsvCell {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'value':
      return cell.value ?? null;
    case 'interval':
      throw new Error('invalid csv cell: an interval (give its bounds their own columns)');
  }
}
