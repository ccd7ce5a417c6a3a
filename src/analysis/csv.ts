/**
 * The one CSV writer of the CLI's output directory and the web app's downloads. Numbers are written
 * in full precision (JavaScript's shortest round-trip text, a dot decimal), so nothing is lost;
 * undefined values are empty cells; text is quoted per RFC 4180 when it holds a comma, a quote or a
 * line break; lines end with "\n".
 *
 * Text that a spreadsheet would run as a formula (a cell starting with =, +, -, @, a tab or a
 * carriage return, as a staff or class name may) is neutralised: prefixed with a single quote and
 * quoted, so it shows as the text it is. Numbers are never touched: a negative profit stays a number.
 */

/** A cell: a number, text, a boolean, or nothing (null/undefined: an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a text cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV document: a header line, then one line per row (cells beyond the header are dropped). */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(header.map((_, i) => csvCell(row[i])).join(','));
  return `${lines.join('\n')}\n`;
}
