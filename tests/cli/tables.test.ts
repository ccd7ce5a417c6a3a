/** The CLI's tables: CSV files guarded against formulas, and the period and currency of the text table. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunJson } from '../../src/analysis/run-output.js';
import { parseCsv } from '../analysis/fixtures/parse-csv.js';
import { cli, readTree, SMALL, tempDir } from './helpers.js';

describe('CSV files and names that look like formulas', () => {
  const dir = tempDir();
  const file = join(dir, 'evil.yaml');
  writeFileSync(
    file,
    readFileSync(SMALL, 'utf8')
      .replace('name: Small office', 'name: "=HYPERLINK(\\"http://x\\",\\"y\\")"')
      .replace('name: ana', 'name: "=cmd|calc"')
      .replace('name: sale', 'name: "@sale"'),
  );
  const out = join(dir, 'out');
  const r = cli(['run', file, '--replications', '3', '--out', out, '--threads', '1', '--quiet']);

  it('writes no cell a spreadsheet would run, and keeps negative numbers as numbers', () => {
    expect(r.code, r.stderr).toBe(0);
    const tree = readTree(out);
    for (const name of ['summary.csv', 'replications.csv']) {
      const cells = parseCsv(tree[name]!).flat();
      expect(cells.filter((c) => /^[=+@\t\r]/.test(c)), name).toEqual([]);
      expect(cells.filter((c) => /^-/.test(c)).every((c) => Number.isFinite(Number(c))), name).toBe(true);
    }
    const summary = parseCsv(tree['summary.csv']!);
    expect(summary[1]![0]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(summary.some((row) => row[2] === 'Utilization, =cmd|calc')).toBe(true);
  });
});

describe('periods and currency in the text table', () => {
  const dir = tempDir();
  const file = join(dir, 'euro.yaml');
  writeFileSync(file, `currency: EUR\n${readFileSync(SMALL, 'utf8')}`);
  const json = JSON.parse(cli(['run', file, '--replications', '4', '--json', '--threads', '1']).stdout) as RunJson;
  const row = (text: string, key: string) => text.split('\n').find((l) => l.startsWith(`${key} `))!;
  const mean = (line: string) => Number(line.split(/\s{2,}/)[2]!.replace(/,/g, ''));

  it('shows totals per day by default, per week or over the run on request, and the JSON keeps whole-run totals', () => {
    const day = cli(['run', file, '--replications', '4', '--threads', '1']).stdout;
    const week = cli(['run', file, '--replications', '4', '--threads', '1', '--per', 'week']).stdout;
    const run = cli(['run', file, '--replications', '4', '--threads', '1', '--per', 'run']).stdout;
    expect(day).toContain('counts, money and minutes per day; money in EUR');
    expect(row(day, 'profit')).toMatch(/^profit\s+EUR\/day\s/);
    expect(row(week, 'profit')).toMatch(/^profit\s+EUR\/week\s/);
    expect(row(day, 'front.waitMean')).toMatch(/^front\.waitMean\s+min\s/);
    const profit = json.metrics['profit']!.mean!;
    expect(mean(row(run, 'front.arrivals'))).toBeCloseTo(json.metrics['front.arrivals']!.mean!, 0);
    expect(mean(row(day, 'profit'))).toBeCloseTo(profit / 2, -1);
    expect(mean(row(week, 'profit'))).toBeCloseTo((profit / 2) * 5, -1);
  });

  it('refuses an unknown period as a usage error', () => {
    const r = cli(['run', file, '--per', 'month']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid --per: month (day, week or run)');
  });
});
