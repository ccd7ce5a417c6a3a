import { describe, expect, it } from 'vitest';
import {
  CUT_MARK,
  formatMetric,
  formatMetricDifference,
  formatMetricInterval,
  isCut,
  KPI_KEYS,
  metricInfo,
  shownInterval,
} from '../../src/analysis/metric-info.js';

describe('metricInfo', () => {
  it('reads the catalogue: label, unit, range and better direction', () => {
    expect(metricInfo('profit')).toMatchObject({ key: 'profit', label: 'Profit', unit: 'money', better: 'higher' });
    expect(metricInfo('front.waitMean')).toMatchObject({ unit: 'minutes', better: 'lower' });
    expect(metricInfo('front.serviceLevel')).toMatchObject({ unit: 'fraction', better: 'higher', range: [0, 1] });
    expect(metricInfo('utilization.front').better).toBeNull();
  });

  it('does not guess a unit from a key it does not know', () => {
    expect(() => metricInfo('back.fooRate')).toThrow('invalid metric');
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

  it('prints money with the scenario currency: a code after, a symbol before the amount', () => {
    expect(formatMetric('profit', 16504.2, { currency: 'EUR' })).toBe('16,504 EUR');
    expect(formatMetric('profit', -40, { currency: '€' })).toBe('−€40');
    expect(formatMetricDifference('profit', 120, { currency: '$' })).toBe('+$120');
    expect(formatMetric('front.waitMean', 4.21, { currency: 'EUR' })).toBe('4.2 min');
  });

  it('formats differences signed, fractions in percentage points', () => {
    expect(formatMetricDifference('profit', 120)).toBe('+120');
    expect(formatMetricDifference('front.waitMean', -1.26)).toBe('−1.3 min');
    expect(formatMetricDifference('front.serviceLevel', 0.05)).toBe('+5.0 pp');
  });
});

describe('intervals as shown', () => {
  it('cuts a wait interval at zero and marks the cut bound', () => {
    expect(shownInterval('front.waitMean', [-0.6, 1.9])).toEqual({ lo: 0, hi: 1.9, cutLo: true, cutHi: false });
    expect(formatMetricInterval('front.waitMean', [-0.6, 1.9])).toBe(`0.0 min${CUT_MARK} – 1.9 min`);
    expect(isCut('front.waitMean', [-0.6, 1.9])).toBe(true);
  });

  it('keeps a rate within 0-100% at both ends', () => {
    expect(formatMetricInterval('back.lateRate', [-0.014, 0.05])).toBe(`0.0%${CUT_MARK} – 5.0%`);
    expect(formatMetricInterval('front.serviceLevel', [0.97, 1.02])).toBe(`97.0% – 100.0%${CUT_MARK}`);
  });

  it('leaves intervals inside the range, and profit, alone', () => {
    expect(formatMetricInterval('front.waitMean', [0.5, 1.9])).toBe('0.5 min – 1.9 min');
    expect(formatMetricInterval('profit', [-500, 300])).toBe('−500 – 300');
    expect(isCut('profit', [-500, 300])).toBe(false);
    expect(formatMetricInterval('profit', null)).toBe('–');
  });
});
