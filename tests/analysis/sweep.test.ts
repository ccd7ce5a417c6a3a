import { describe, expect, it } from 'vitest';
import { expandGrid, formatPoint, parseSweepValues, parseVary } from '../../src/analysis/sweep.js';

describe('parseSweepValues', () => {
  it('reads a list of numbers in the order given', () => {
    expect(parseSweepValues('0,0.5,0.8,1')).toEqual([0, 0.5, 0.8, 1]);
  });

  it('reads an integer range with step 1, both ends included', () => {
    expect(parseSweepValues('1..3')).toEqual([1, 2, 3]);
  });

  it('reads a range with a step, stopping at or before the end', () => {
    expect(parseSweepValues('8..16:2')).toEqual([8, 10, 12, 14, 16]);
    expect(parseSweepValues('8..15:2')).toEqual([8, 10, 12, 14]);
  });

  it('gives decimal steps without binary noise', () => {
    expect(parseSweepValues('0..1:0.1')).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(parseSweepValues('0.5..1.5:0.25')).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
  });

  it('mixes ranges, numbers, words and booleans', () => {
    expect(parseSweepValues('1..2, 5')).toEqual([1, 2, 5]);
    expect(parseSweepValues('home-first,longest-wait')).toEqual(['home-first', 'longest-wait']);
    expect(parseSweepValues('true,false')).toEqual([true, false]);
    expect(parseSweepValues('-2..0')).toEqual([-2, -1, 0]);
  });

  it('refuses empty items, backwards ranges, zero steps, repeats and huge ranges', () => {
    expect(() => parseSweepValues('1,,2')).toThrow(/invalid values: 1,,2 \(empty item\)/);
    expect(() => parseSweepValues('3..1')).toThrow(/invalid range: 3..1/);
    expect(() => parseSweepValues('1..3:0')).toThrow(/invalid step: 0/);
    expect(() => parseSweepValues('1..3,2')).toThrow(/2 appears twice/);
    expect(() => parseSweepValues('0..1000000')).toThrow(/at most 10000/);
    expect(() => parseSweepValues('a..3')).toThrow(/invalid range start: a/);
  });
});

describe('parseVary', () => {
  it('splits PATH=VALUES at the first "="', () => {
    const axis = parseVary('staff[1].skills.front=0,0.5');
    expect(axis.path.text).toBe('staff[1].skills.front');
    expect(axis.path.steps).toEqual([
      'staff',
      1,
      'skills',
      'front',
    ]);
    expect(axis.values).toEqual([0, 0.5]);
  });

  it('refuses a missing path or values, naming the option', () => {
    expect(() => parseVary('policy.frontMinimum')).toThrow(/^invalid --vary: policy.frontMinimum \(expected PATH=VALUES/);
    expect(() => parseVary('=1,2')).toThrow(/invalid --vary/);
    expect(() => parseVary('policy.frontMinimum=')).toThrow(/invalid --vary/);
    expect(() => parseVary('staff[1.skills=1')).toThrow(/invalid --vary: .*invalid path/);
  });
});

describe('expandGrid', () => {
  it('is the Cartesian product, the first axis varying slowest', () => {
    const grid = expandGrid([parseVary('a=1..2'), parseVary('b=x,y,z')]);
    expect(grid).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 1, b: 'z' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
      { a: 2, b: 'z' },
    ]);
    expect(Object.keys(grid[0]!)).toEqual(['a', 'b']);
  });

  it('has as many points as the product of the axis sizes', () => {
    const grid = expandGrid([parseVary('a=0..9'), parseVary('b=1..3'), parseVary('c=true,false')]);
    expect(grid).toHaveLength(60);
    expect(new Set(grid.map((p) => JSON.stringify(p))).size).toBe(60);
  });

  it('refuses a path given twice, no axes, and grids past the limit', () => {
    expect(() => expandGrid([parseVary('a=1'), parseVary('a=2')])).toThrow(/a is given twice/);
    expect(() => expandGrid([])).toThrow(/no --vary/);
    expect(() => expandGrid([parseVary('a=1..1000'), parseVary('b=1..1000')])).toThrow(/1000000 points/);
  });

  it('prints a point as path=value pairs', () => {
    expect(formatPoint({ 'policy.frontMinimum': 2, 'policy.routing': 'longest-wait' })).toBe(
      'policy.frontMinimum=2, policy.routing=longest-wait',
    );
  });
});
