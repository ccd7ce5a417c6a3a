import { describe, expect, it } from 'vitest';
import { replicationKeys, replicationsCsv } from '../../../src/analysis/tables/replications-table.js';
import type { ReplicationResult } from '../../../src/sim/result.js';
import { parseCsv } from '../fixtures/parse-csv.js';

const result = (replication: number, metrics: Record<string, number | null>) => ({ replication, metrics }) as unknown as ReplicationResult;

describe('the replications table', () => {
  const units = [
    { describe: ['A'], results: [result(0, { profit: -12.5, 'front.waitMean': null }), result(1, { profit: 3, 'front.waitMean': 1.25 })] },
    { describe: ['=B'], results: [result(0, { profit: 4, 'staff.bo.utilization': 0.5 })] },
  ];

  it('has a column per metric, the union over units in order of first appearance', () => {
    expect(replicationKeys(units)).toEqual(['profit', 'front.waitMean', 'staff.bo.utilization']);
  });

  it('writes one row per replication, empty where a metric is undefined, names guarded, numbers kept', () => {
    const rows = parseCsv(replicationsCsv(['variant'], units));
    expect(rows).toEqual([
      ['variant', 'replication', 'profit', 'front.waitMean', 'staff.bo.utilization'],
      ['A', '0', '-12.5', '', ''],
      ['A', '1', '3', '1.25', ''],
      ["'=B", '0', '4', '', '0.5'],
    ]);
  });
});
