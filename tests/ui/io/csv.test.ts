import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/sim/schema.js';
import { runReplication } from '../../../src/sim/office/index.js';
import { summarizeRun } from '../../../src/analysis/run-summary.js';
import { csvField, replicationsCsv, summaryCsv } from '../../../src/ui/io/csv.js';

const parsed = parseScenario(readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8'), 'default.yaml');
if (!parsed.ok) throw new Error('default.yaml must be valid');
const scenario = { ...parsed.scenario, replications: 3, calendar: { ...parsed.scenario.calendar, days: 1 } };
const results = [0, 1, 2].map((r) => runReplication(scenario, r));
const summary = summarizeRun(scenario, results);

/** A minimal RFC 4180 reader, enough to read back what the writer quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('results as CSV', () => {
  it('quotes only fields that need it and leaves missing values empty', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('writes one summary row per metric with mean, sd, CI and n in full precision', () => {
    const rows = parseCsv(summaryCsv(summary));
    expect(rows[0]).toEqual(['metric', 'label', 'unit', 'mean', 'sd', 'ci95_low', 'ci95_high', 'n']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(summary.metricKeys);
    const profit = rows.find((r) => r[0] === 'profit')!;
    const s = summary.metrics['profit']!;
    expect(profit.slice(1, 3)).toEqual(['Profit', 'money']);
    expect(profit.slice(3).map(Number)).toEqual([s.mean, s.sd, s.ci95![0], s.ci95![1], s.n]);
  });

  it('writes one row per replication with every metric', () => {
    const rows = parseCsv(replicationsCsv(results, summary.metricKeys));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['replication', ...summary.metricKeys]);
    rows.slice(1).forEach((row, r) => {
      expect(Number(row[0])).toBe(r);
      summary.metricKeys.forEach((key, k) => {
        const value = results[r]!.metrics[key];
        expect(row[k + 1] === '' ? null : Number(row[k + 1]), key).toBe(value ?? null);
      });
    });
  });
});
