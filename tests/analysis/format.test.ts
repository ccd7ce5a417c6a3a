import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCount,
  formatDuration,
  formatInterval,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  MISSING,
} from '../../src/analysis/format.js';

describe('formatClock', () => {
  it('prints minutes after midnight as HH:MM', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(540)).toBe('09:00');
    expect(formatClock(1019.6)).toBe('17:00');
    expect(formatClock(725)).toBe('12:05');
  });

  it('prints the end of the day as 24:00 and wraps later times', () => {
    expect(formatClock(1440)).toBe('24:00');
    expect(formatClock(1500)).toBe('01:00');
    expect(formatClock(-60)).toBe('23:00');
  });
});

describe('money, minutes, percentages', () => {
  it('groups thousands and keeps cents only for small amounts', () => {
    expect(formatMoney(12340.4)).toBe('12,340');
    expect(formatMoney(-1200)).toBe('−1,200');
    expect(formatMoney(69.37)).toBe('69');
    expect(formatMoney(4.35)).toBe('4.35');
    expect(formatMoney(0)).toBe('0');
    expect(formatMoney(1200, { sign: true })).toBe('+1,200');
  });

  it('prints minutes with their unit', () => {
    expect(formatMinutes(4.24)).toBe('4.2 min');
    expect(formatMinutes(312)).toBe('312 min');
    expect(formatMinutes(-1.26, { sign: true })).toBe('−1.3 min');
    expect(formatDuration(312)).toBe('5 h 12 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(-90)).toBe('−1 h 30 min');
  });

  it('prints fractions as percentages and differences as points', () => {
    expect(formatPercent(0.834)).toBe('83.4%');
    expect(formatPercent(0.8, { digits: 0 })).toBe('80%');
    expect(formatPercentPoints(0.025)).toBe('+2.5 pp');
    expect(formatPercentPoints(-0.1)).toBe('−10.0 pp');
  });

  it('never prints a negative zero', () => {
    expect(formatNumber(-0.0001, { digits: 1 })).toBe('0.0');
    expect(formatPercent(-0.00001)).toBe('0.0%');
  });

  it('prints counts and plain numbers', () => {
    expect(formatCount(1204.4)).toBe('1,204');
    expect(formatNumber(3.14159)).toBe('3.1');
    expect(formatNumber(3.14159, { digits: 3 })).toBe('3.142');
  });

  it('prints the missing mark for values with nothing to count', () => {
    for (const f of [formatMoney, formatMinutes, formatPercent, formatNumber, formatClock, formatDuration]) {
      expect(f(null)).toBe(MISSING);
      expect(f(undefined)).toBe(MISSING);
      expect(f(Number.NaN)).toBe(MISSING);
    }
    expect(formatInterval(null, String)).toBe(MISSING);
  });

  it('prints an interval with the given formatter', () => {
    expect(formatInterval([1200, 1450.2], (v) => formatMoney(v))).toBe('1,200 – 1,450');
  });
});
