/**
 * The CSV side of reading records, shared by the CLI (a Node stream) and the web app (a File or a
 * string in a worker): papaparse splits the text into rows chunk by chunk (quotes, embedded
 * newlines and the delimiter, comma, semicolon or tab, are its job), and each row goes through a
 * RowReader as it comes, so memory holds the records, never the file.
 */
import Papa from 'papaparse';
import type { ColumnsMap } from './columns.js';
import type { ProblemLog } from './records.js';
import { RecordFileError, type RowReader } from './row-reader.js';

export type RecordInput = string | Blob | NodeJS.ReadableStream;

export type ReaderFactory<R> = (file: string, header: readonly string[], map: ColumnsMap | undefined) => RowReader<R>;

export interface ReadResult<R> {
  readonly records: R;
  readonly problems: ProblemLog;
  /** Data rows in the file (blank lines aside). */
  readonly rows: number;
}

function newlines(fields: readonly string[]): number {
  let count = 0;
  for (const f of fields) {
    for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) count++;
  }
  return count;
}

/**
 * Reads a record file. `onProgress` gets the characters consumed so far. Rejects with a
 * RecordFileError when the file cannot be read as records at all (empty, no usable header).
 */
export function readRecords<R>(input: RecordInput, file: string, factory: ReaderFactory<R>, map: ColumnsMap | undefined, onProgress?: (consumed: number) => void): Promise<ReadResult<R>> {
  return new Promise((resolve, reject) => {
    let reader: RowReader<R> | null = null;
    let line = 1;
    let failed = false;
    const fail = (error: unknown, parser?: Papa.Parser): void => {
      if (failed) return;
      failed = true;
      parser?.abort();
      reject(error);
    };
    Papa.parse<string[]>(input as never, {
      header: false,
      skipEmptyLines: false,
      chunkSize: 1 << 20,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (failed) return;
        try {
          for (const fields of results.data) {
            const at = line;
            line += 1 + newlines(fields);
            if (fields.length === 1 && fields[0]!.trim() === '') continue;
            if (reader === null) {
              const header = fields.map((h, i) => (i === 0 ? h.replace(/^\ufeff/, '') : h).trim());
              reader = factory(file, header, map);
              continue;
            }
            reader.row(fields, at);
          }
          onProgress?.(results.meta.cursor);
        } catch (error) {
          fail(error, parser);
        }
      },
      complete() {
        if (failed) return;
        if (reader === null) return fail(new RecordFileError(`${file} is empty: no header line and no rows`));
        const result = reader.done();
        if (result.rows === 0) return fail(new RecordFileError(`${file} has a header but no data rows`));
        resolve(result);
      },
      error(error: Error) {
        fail(new RecordFileError(`${file} cannot be read: ${error.message}`));
      },
    } as Papa.ParseConfig<string[]>);
  });
}
