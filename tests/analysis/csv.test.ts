import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/analysis/csv.js';
import { parseCsv } from './fixtures/parse-csv.js';

describe('the CSV writer', () => {
  it('quotes only fields that need it and leaves missing values empty', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes numbers in full precision, negative numbers as numbers', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(-1250.5)).toBe('-1250.5');
    expect(csvCell(-0.014)).toBe('-0.014');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const cell = csvCell(text);
      expect(cell.startsWith(`"'`), text).toBe(true);
      expect(parseCsv(`${cell}\n`)[0]![0]).toBe(`'${text}`);
    }
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header and rows, one line each', () => {
    expect(csvText(['a', 'b'], [[1, 'x'], [null, '=1']])).toBe('a,b\n1,x\n,"\'=1"\n');
  });
});
