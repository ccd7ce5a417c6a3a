import { describe, expect, it } from 'vitest';
import { formatMetric, formatMetricDifference, KPI_KEYS, metricInfo, parsePerEntityKey } from '../../src/analysis/metric-info.js';

describe('metricInfo', () => {
  it('knows the contract keys: label, unit and better direction', () => {
    expect(metricInfo('profit')).toEqual({ key: 'profit', label: 'Profit', unit: 'money', better: 'higher' });
    expect(metricInfo('front.waitMean')).toMatchObject({ unit: 'minutes', better: 'lower' });
    expect(metricInfo('front.serviceLevel')).toMatchObject({ unit: 'fraction', better: 'higher' });
    expect(metricInfo('coverage.gapMinutes')).toMatchObject({ unit: 'minutes', better: 'lower' });
    expect(metricInfo('utilization.front').better).toBeNull();
  });

  it('labels per-class, per-skill and per-person keys with their names', () => {
    expect(metricInfo('customer.sale.waitMean')).toMatchObject({ label: 'Mean wait, sale', unit: 'minutes' });
    expect(metricInfo('staff.ana#1.utilization')).toMatchObject({ label: 'Utilization, ana#1', unit: 'fraction' });
    expect(metricInfo('skill.front.gapMinutes')).toMatchObject({ label: 'Coverage gaps, front', unit: 'minutes' });
    expect(parsePerEntityKey('staff.dr. who.utilization')).toEqual({ prefix: 'staff', name: 'dr. who', suffix: 'utilization' });
  });

  it('guesses a unit for keys it does not know', () => {
    expect(metricInfo('back.fooRate').unit).toBe('fraction');
    expect(metricInfo('back.idleMinutes').unit).toBe('minutes');
    expect(metricInfo('cost.rent').unit).toBe('money');
    expect(metricInfo('events').unit).toBe('number');
  });

  it('has a label for every KPI', () => {
    for (const key of KPI_KEYS) expect(metricInfo(key).label).not.toBe(key);
  });
});

describe('formatMetric', () => {
  it('formats a value in its unit', () => {
    expect(formatMetric('profit', 16504.2)).toBe('16,504');
    expect(formatMetric('front.waitMean', 4.21)).toBe('4.2 min');
    expect(formatMetric('front.abandonRate', 0.061)).toBe('6.1%');
    expect(formatMetric('front.queueMean', 0.9)).toBe('0.90');
    expect(formatMetric('front.served', null)).toBe('–');
  });

  it('formats differences signed, fractions in percentage points', () => {
    expect(formatMetricDifference('profit', 120)).toBe('+120');
    expect(formatMetricDifference('front.waitMean', -1.26)).toBe('−1.3 min');
    expect(formatMetricDifference('front.serviceLevel', 0.05)).toBe('+5.0 pp');
  });
});
