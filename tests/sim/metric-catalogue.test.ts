import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMetric, KPI_KEYS, METRIC_FAMILIES, metricKeys, metricSpec, parsePerEntityKey, skillNames } from '../../src/sim/metric-catalogue.js';
import { runReplication } from '../../src/sim/office.js';
import { parseScenario } from '../../src/sim/schema.js';

function scenarioOf(file: string) {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.scenario;
}

describe('the metric catalogue', () => {
  it('lists exactly the keys a replication reports, in its order, for every example office', () => {
    for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && f !== 'reference-office.yaml' && f !== 'mm5.yaml')) {
      const scenario = scenarioOf(file);
      const result = runReplication({ ...scenario, calendar: { ...scenario.calendar, days: 1 } }, 0);
      expect(Object.keys(result.metrics), file).toEqual(metricKeys(scenario));
    }
  });

  it('describes every key it lists: label, unit, family, kind, range, direction, per-day flag', () => {
    const keys = metricKeys(scenarioOf('default.yaml'));
    for (const key of keys) {
      const spec = metricSpec(key);
      expect(spec.key).toBe(key);
      expect(spec.label).not.toBe(key);
      expect(METRIC_FAMILIES).toContain(spec.family);
      expect(spec.range[0]).toBeLessThan(spec.range[1]);
    }
  });

  it('gives rates the range [0, 1] and counts, waits and costs a floor of 0; only profit can be negative', () => {
    expect(metricSpec('back.lateRate')).toMatchObject({ kind: 'rate', unit: 'fraction', range: [0, 1], perDay: false });
    expect(metricSpec('staff.ana#1.utilization').range).toEqual([0, 1]);
    expect(metricSpec('front.waitMean')).toMatchObject({ kind: 'mean', range: [0, Infinity], perDay: false });
    expect(metricSpec('front.served')).toMatchObject({ kind: 'count', range: [0, Infinity], perDay: true });
    expect(metricSpec('cost.training')).toMatchObject({ kind: 'total', unit: 'money', range: [0, Infinity], perDay: true });
    expect(metricSpec('profit').range).toEqual([-Infinity, Infinity]);
  });

  it('reads totals per day but not what is left at the end of the run', () => {
    expect(metricSpec('coverage.gapMinutes')).toMatchObject({ kind: 'time', perDay: true });
    expect(metricSpec('back.backlogEnd').perDay).toBe(false);
    expect(metricSpec('front.queueEnd').perDay).toBe(false);
    expect(metricSpec('task.claims.backlogEnd').perDay).toBe(false);
  });

  it('labels per-class, per-skill and per-person keys with their names, dots in names included', () => {
    expect(metricSpec('customer.sale.waitMean')).toMatchObject({ label: 'Mean wait, sale', unit: 'minutes', family: 'customer' });
    expect(metricSpec('staff.dr. who.utilization')).toMatchObject({ label: 'Utilization, dr. who', family: 'staff' });
    expect(parsePerEntityKey('staff.dr. who.utilization')).toEqual({ prefix: 'staff', name: 'dr. who', suffix: 'utilization' });
  });

  it('refuses keys the simulator does not report instead of guessing', () => {
    expect(findMetric('back.fooRate')).toBeNull();
    expect(findMetric('customer.sale.fooMinutes')).toBeNull();
    expect(() => metricSpec('cost.rent')).toThrow('invalid metric: cost.rent');
  });

  it('has every KPI', () => {
    for (const key of KPI_KEYS) expect(findMetric(key)).not.toBeNull();
  });

  it('orders skills as the simulator does: customers, tasks, then people', () => {
    const scenario = scenarioOf('default.yaml');
    const s = skillNames(scenario);
    expect(s.slice(0, new Set(scenario.customers.map((c) => c.skill)).size)).toEqual([...new Set(scenario.customers.map((c) => c.skill))]);
  });
});
