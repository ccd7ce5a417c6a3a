import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/sim/schema.js';
import { runReplication } from '../../../src/sim/office.js';
import { summarizeRun } from '../../../src/analysis/run-summary.js';
import { replicationsCsv, summaryCsv } from '../../../src/ui/io/csv.js';
import { parseCsv } from '../../analysis/fixtures/parse-csv.js';

const parsed = parseScenario(readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8'), 'default.yaml');
if (!parsed.ok) throw new Error('default.yaml must be valid');
const scenario = { ...parsed.scenario, replications: 3, calendar: { ...parsed.scenario.calendar, days: 1 } };
const results = [0, 1, 2].map((r) => runReplication(scenario, r));
const summary = summarizeRun(scenario, results);

describe('results as CSV', () => {
  it('writes one summary row per metric with mean, sd, CI and n in full precision', () => {
    const rows = parseCsv(summaryCsv(summary));
    expect(rows[0]).toEqual(['scenario', 'metric', 'label', 'unit', 'mean', 'sd', 'ci95_low', 'ci95_high', 'n']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(summary.metricKeys);
    const profit = rows.find((r) => r[1] === 'profit')!;
    const s = summary.metrics['profit']!;
    expect(profit.slice(2, 4)).toEqual(['Profit', 'money']);
    expect(profit.slice(4).map(Number)).toEqual([s.mean, s.sd, s.ci95![0], s.ci95![1], s.n]);
  });

  it('writes one row per replication with every metric', () => {
    const rows = parseCsv(replicationsCsv(summary, results));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['scenario', 'replication', ...summary.metricKeys]);
    rows.slice(1).forEach((row, r) => {
      expect(row[0]).toBe(summary.scenario);
      expect(Number(row[1])).toBe(r);
      summary.metricKeys.forEach((key, k) => {
        const value = results[r]!.metrics[key];
        expect(row[k + 2] === '' ? null : Number(row[k + 2]), key).toBe(value ?? null);
      });
    });
  });
});

describe('formula cells in the web app download', () => {
  it('never lets a staff or scenario name starting with = reach a cell as a formula', () => {
    const named = { ...scenario, name: '=HYPERLINK("http://evil","x")', staff: scenario.staff.map((p, i) => (i === 0 ? { ...p, name: '=cmd|calc' } : p)) };
    const r = [0, 1].map((i) => runReplication(named, i));
    const s = summarizeRun(named, r);
    for (const text of [summaryCsv(s), replicationsCsv(s, r)]) {
      const cells = parseCsv(text).flat();
      expect(cells.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
      expect(cells).toContain(`'${named.name}`);
    }
    expect(parseCsv(summaryCsv(s)).some((row) => row[2] === 'Utilization, =cmd|calc')).toBe(true);
  });
});
