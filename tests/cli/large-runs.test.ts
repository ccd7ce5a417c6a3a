/**
 * Large runs: outputs are streamed (never one string, which JavaScript caps at about 512 MB), saved
 * results are read back in chunks, and a batch that cannot fit in memory is refused before it starts.
 * Reproduced cheaply: tiny chunk sizes, and a small memory budget (OFFICE_SIM_MEMORY_MB).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunksAtomic } from '../../src/cli/atomic.js';
import { jsonChunks, jsonLines } from '../../src/cli/json-stream.js';
import { readJsonLines, sha256 } from '../../src/cli/output-dir.js';
import { estimateResultChars } from '../../src/cli/run-size.js';
import { parseScenario } from '../../src/sim/schema.js';
import { MAIN, ROOT, SMALL, tempDir } from './helpers.js';

const dir = tempDir();

describe('streamed JSON', () => {
  const samples: unknown[] = [
    { formatVersion: 1, scenario: 'x', metrics: { a: { mean: 1.5, sd: null, ci95: [1, 2], n: 3 }, b: { mean: null, ci95: null } } },
    { results: [[], {}, [1, [2, [3, { deep: [4, { deeper: 'text "quoted"\n' }] }]]]], skip: undefined, fn: () => 1, list: [undefined, NaN, -0, 1e21] },
    [],
    {},
    'plain',
    null,
  ];

  it('gives exactly the characters of JSON.stringify(value, null, 2), in pieces', () => {
    for (const value of samples) expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
    const run = JSON.parse(readFileSync(join(ROOT, 'tests/cli/fixtures/small.yaml'), 'utf8').length > 0 ? '{"a":[1,2,{"b":{"c":[3,4]}}]}' : '{}');
    expect([...jsonChunks(run)].join('')).toBe(JSON.stringify(run, null, 2));
  });

  it('writes a file chunk by chunk, atomically, and returns the SHA-256 of what it wrote', async () => {
    const values = Array.from({ length: 5000 }, (_, i) => ({ replication: i, metrics: { x: i / 7, y: [i, null] } }));
    const path = join(dir, 'results.jsonl');
    const hash = await writeChunksAtomic(path, jsonLines(values));
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(values.map((v) => `${JSON.stringify(v)}\n`).join(''));
    expect(hash).toBe(sha256(text));
    // Read back in 64-byte chunks: lines split across chunks and multi-byte characters survive.
    writeFileSync(path, `${text}{"name":"زيد ✓"}\n`);
    const lines: string[] = [];
    const readHash = await readJsonLines(path, (line) => lines.push(line), 64);
    expect(lines).toHaveLength(5001);
    expect(JSON.parse(lines[5000]!)).toEqual({ name: 'زيد ✓' });
    expect(JSON.parse(lines[1234]!)).toEqual(values[1234]);
    expect(readHash).toBe(sha256(readFileSync(path, 'utf8')));
  });
});

describe('a batch that cannot fit in memory', () => {
  it('is refused before anything is computed (exit 2), saying how much it needs', () => {
    const out = join(dir, 'too-big');
    const r = spawnSync(process.execPath, [MAIN, 'run', SMALL, '-r', '100000', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, OFFICE_SIM_MEMORY_MB: '50' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/this batch cannot fit in memory: 100000 replications of about \d+ KB each \(estimated from the office\) need about \d+ MB, and 50 MB is available/);
    expect(r.stderr).toContain('--max-old-space-size');
  });

  it('the estimate is close to the real size of a result (within a factor of two)', () => {
    const text = readFileSync(join(ROOT, SMALL), 'utf8');
    const parsed = parseScenario(text, SMALL);
    if (!parsed.ok) throw new Error('invalid fixture');
    const out = join(dir, 'measure');
    const r = spawnSync(process.execPath, [MAIN, 'run', SMALL, '-r', '1', '-t', '1', '--out', out, '-q'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const actual = readFileSync(join(out, 'units/1-small-office/results.jsonl'), 'utf8').length;
    const estimate = estimateResultChars(parsed.scenario);
    expect(estimate / actual).toBeGreaterThan(0.5);
    expect(estimate / actual).toBeLessThan(2);
  });
});

describe('the engine fingerprint', () => {
  it('changes with any change to the engine sources, and only then', async () => {
    const { engineFingerprint } = (await import(join(ROOT, 'scripts/engine-fingerprint.mjs'))) as { engineFingerprint: (root: string) => string };
    const copy = mkdtempSync(join(tmpdir(), 'office-sim-engine-'));
    try {
      cpSync(join(ROOT, 'src/sim'), join(copy, 'src/sim'), { recursive: true });
      cpSync(join(ROOT, 'src/cli/replicate.ts'), join(copy, 'src/cli/replicate.ts'));
      const before = engineFingerprint(copy);
      expect(before).toMatch(/^[0-9a-f]{16}$/);
      writeFileSync(join(copy, 'src/cli/unrelated.ts'), 'export {};\n');
      expect(engineFingerprint(copy)).toBe(before);
      const office = join(copy, 'src/sim/office/replication.ts');
      writeFileSync(office, `${readFileSync(office, 'utf8')}\n// one more line\n`);
      expect(engineFingerprint(copy)).not.toBe(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
