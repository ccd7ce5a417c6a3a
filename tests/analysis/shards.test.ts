import { describe, expect, it } from 'vitest';
import { formatShard, parseShard, shardRange } from '../../src/analysis/shards.js';

describe('parseShard', () => {
  it('reads k/n', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(formatShard(parseShard('1/1'))).toBe('1/1');
  });

  it('refuses k outside 1..n and malformed text', () => {
    expect(() => parseShard('0/4')).toThrow('invalid --shard: 0/4 (k must be 1 to 4)');
    expect(() => parseShard('5/4')).toThrow(/k must be 1 to 4/);
    expect(() => parseShard('1/0')).toThrow(/n must be 1/);
    expect(() => parseShard('2-4')).toThrow(/expected k\/n/);
    expect(() => parseShard('a/b')).toThrow(/expected k\/n/);
  });
});

describe('shardRange', () => {
  it('splits the items into contiguous slices that cover each exactly once, in shard order', () => {
    for (const total of [0, 1, 7, 10, 200, 1001]) {
      for (const count of [1, 2, 3, 4, 7, 16]) {
        let next = 0;
        const sizes: number[] = [];
        for (let index = 1; index <= count; index++) {
          const { start, end } = shardRange(total, { index, count });
          expect(start).toBe(next);
          next = end;
          sizes.push(end - start);
        }
        expect(next).toBe(total);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives the documented slice for shard k', () => {
    expect(shardRange(10, { index: 1, count: 3 })).toEqual({ start: 0, end: 3 });
    expect(shardRange(10, { index: 2, count: 3 })).toEqual({ start: 3, end: 6 });
    expect(shardRange(10, { index: 3, count: 3 })).toEqual({ start: 6, end: 10 });
  });
});
