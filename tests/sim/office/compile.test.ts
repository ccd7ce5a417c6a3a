/** One compiled office serves every replication: the same numbers as compiling each time. */
import { describe, expect, it } from 'vitest';
import { compileOffice, runReplication } from '../../../src/sim/office/index.js';
import { randomOffice } from '../random-office.js';

describe('compileOffice', () => {
  it('runs every replication exactly as runReplication does, trace included, in any order', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const scenario = randomOffice(seed, false, true);
      const office = compileOffice(scenario);
      for (const r of [2, 0, 1]) {
        expect(office.run(r, { trace: true })).toEqual(runReplication(scenario, r, { trace: true }));
      }
    }
  });
});
