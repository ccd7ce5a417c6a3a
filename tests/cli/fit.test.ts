/**
 * `office-sim fit` end to end: the files it writes, --json, --report, and the refusals: a file that
 * cannot be read (missing, empty, no usable column) or a bad columns map exits 1 with nothing written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { engineVisitLines } from '../analysis/fit/engine-records.js';
import { agreedShapeProblems } from '../analysis/fit/agreed-shape.js';
import { FACTORS, TRUTH } from '../analysis/fit/truth.js';
import { cli, tempDir } from './helpers.js';

describe('office-sim fit', () => {
  const dir = tempDir();
  const visits = join(dir, 'visits.csv');
  const lines = [...engineVisitLines({ scenario: TRUTH, weeks: 2, weekdayFactors: FACTORS })];
  // One row whose end is before its start: reported with its line number, the rest fitted.
  const bad = lines[5]!.split(',');
  bad[2] = bad[1]!.replace(/\d\d:\d\d$/, '00:00').replace(/ \d\d:/, ' 08:');
  lines[5] = bad.join(',');
  writeFileSync(visits, `${lines.join('\n')}\n`);
  const absences = join(dir, 'sick.csv');
  writeFileSync(absences, 'person,date,reason\nclerk-1,2024-01-03,sick\nclerk-2,2024-01-04,holiday\n');

  it('writes office.yaml, fit.json and fit-check.csv, lists skipped rows with line numbers and says whether it fits', () => {
    const out = join(dir, 'out');
    const r = cli(['fit', visits, '--absences', absences, '--out', out, '--check-days', '5']);
    expect(r.stderr).toContain(`skipped: ${visits}: 1 row: end before start (line 6)`);
    expect(r.stderr).toMatch(/The (fitted office matches the records|model departs from the records)/);
    expect(r.code).toBe(0);
    const office = parse(readFileSync(join(out, 'office.yaml'), 'utf8')) as Record<string, unknown>;
    expect(agreedShapeProblems(office)).toEqual([]);
    expect((office['calendar'] as Record<string, unknown>)['firstWeekday']).toBe('mon');
    expect(office['absences']).toEqual({ sickProbabilityPerDay: expect.any(Number) });
    const fit = JSON.parse(readFileSync(join(out, 'fit.json'), 'utf8'));
    expect(fit.formatVersion).toBe(1);
    expect(fit.sources[0]).toMatchObject({ kind: 'visits', rows: lines.length - 1, used: lines.length - 2 });
    expect(fit.absences.overall.sickDays).toBe(1);
    expect(fit.check.cells.length).toBeGreaterThan(6);
    const csv = readFileSync(join(out, 'fit-check.csv'), 'utf8').split('\n');
    expect(csv[0]).toMatch(/^weekday,hour,arrivals\.observed,arrivals\.observedLow/);
    expect(csv[1]).toMatch(/^mon,day,/);
  });

  it('prints fit.json with --json and writes the report with --report', () => {
    const out = join(dir, 'out-json');
    const r = cli(['fit', visits, '--out', out, '--json', '--report', '--quiet', '--check-days', '3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(out, 'fit.json'), 'utf8')));
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h2>Does it fit?</h2>');
    expect(html).toContain('sale service: Q-Q');
    expect(html).not.toContain('<script');
  });

  it('refuses a missing file, an empty file, a file without an arrival column and a bad columns map: exit 1, nothing written', () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const noArrival = join(dir, 'odd.csv');
    writeFileSync(noArrival, 'when,who\n2024-01-01 09:00,ana\n');
    const map = join(dir, 'map.yaml');
    writeFileSync(map, 'visits: { arival: When }\n');
    const cases: [string[], RegExp][] = [
      [[join(dir, 'nope.csv')], /cannot read .*nope\.csv: no such file/],
      [[empty], /empty\.csv is empty: no header line and no rows/],
      [[noArrival], /odd\.csv: no arrival column: the header has "when", "who"/],
      [[noArrival, '--columns', map], /map\.yaml: visits: Unrecognized key: "arival"/],
    ];
    for (const [args, message] of cases) {
      const out = join(dir, `refused-${cases.findIndex((c) => c[0] === args)}`);
      const r = cli(['fit', ...args, '--out', out]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('never writes into a directory of someone else\'s (exit 2 without --force), and rewrites its own', () => {
    const theirs = join(dir, 'theirs');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'notes.txt'), 'mine');
    const refused = cli(['fit', visits, '--out', theirs, '--quiet', '--check-days', '2']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty and is not an office-sim output');
    expect(readdirSync(theirs)).toEqual(['notes.txt']);
    const out = join(dir, 'again');
    expect(cli(['fit', visits, '--out', out, '--report', '--quiet', '--check-days', '2']).code).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    expect(cli(['fit', visits, '--out', out, '--quiet', '--check-days', '2']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.office-sim', 'fit-check.csv', 'fit.json', 'office.yaml']);
  });

  it('refuses an --out that is a file (usage, exit 2) before reading anything', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = cli(['fit', visits, '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a file, not a directory');
  });
});
