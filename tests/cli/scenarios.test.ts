/** Every example scenario validates and runs from the command line (briefly: two replications each). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunJson } from '../../src/analysis/run-output.js';
import { cli } from './helpers.js';

const files = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `scenarios/${f}`);

describe('the example scenarios', () => {
  it('all validate', () => {
    const r = cli(['validate', ...files]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(files.length);
  });

  it('all run, in one call, each reporting arrivals and money', () => {
    const r = cli(['run', ...files, '--replications', '2', '--json', '--threads', '2']);
    expect(r.code, r.stderr).toBe(0);
    const { results } = JSON.parse(r.stdout) as { results: RunJson[] };
    expect(results).toHaveLength(files.length);
    for (const [i, run] of results.entries()) {
      expect(run.replications, files[i]).toBe(2);
      const arrivals = (run.metrics['front.arrivals']?.mean ?? 0) + (run.metrics['back.arrivals']?.mean ?? 0);
      expect(arrivals, files[i]).toBeGreaterThan(0);
      expect(run.metrics['profit']!.mean, files[i]).toBeCloseTo(run.metrics['revenue']!.mean! - run.metrics['cost.total']!.mean!, 6);
    }
  });
});
