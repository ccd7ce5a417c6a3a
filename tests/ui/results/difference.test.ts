import { describe, expect, it } from 'vitest';
import { formatMetricDifference } from '../../../src/analysis/metric-info.js';
import { differenceFormatter, differenceText } from '../../../src/ui/results/difference.js';

describe('differences as text', () => {
  it('read as the metric’s own difference format when that shows the value', () => {
    expect(differenceText('profit', 1240.4)).toBe(formatMetricDifference('profit', 1240.4));
    expect(differenceText('front.waitMean', -1.34)).toBe(formatMetricDifference('front.waitMean', -1.34));
    expect(differenceText('front.serviceLevel', 0.052)).toBe('+5.2 pp');
  });

  it('get more digits when a real difference would round to zero', () => {
    expect(differenceText('front.waitMean', 0.031)).toBe('+0.031 min');
    expect(differenceText('front.abandonRate', -0.00042)).toBe('−0.042 pp');
    expect(differenceText('front.waitMean', 0.0000001)).toBe('0.0000 min');
  });

  it('print an interval with the digits of its mean', () => {
    const format = differenceFormatter('front.waitMean', 0.031);
    expect([format(0.012), format(0.05)]).toEqual(['+0.012 min', '+0.050 min']);
  });

  it('print a missing difference as missing', () => {
    expect(differenceText('profit', null)).toBe(formatMetricDifference('profit', null));
  });
});
