/**
 * Step 2 of the staffing planner: the covering programme is solved to optimality (pyworkforce's small
 * example; random small instances against brute-force enumeration), templates and break windows
 * are generated as the rules say, and templates that cannot cover the opening hours are refused.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { requirements } from '../../src/planning/staffing/requirements.js';
import { shiftRules } from '../../src/planning/staffing/rules.js';
import { coveredSlots, designShifts, shiftTemplates, shiftVariants, TemplatesError } from '../../src/planning/staffing/shift-design.js';
import { loadSolver, solveCover, type CoverColumn } from '../../src/planning/staffing/solver.js';
import { buildScenario } from '../sim/build-scenario.js';

const solver = await loadSolver();

/** The cheapest integer cover by enumerating every count vector up to `max` per column. */
function bruteForce(need: readonly number[], columns: readonly CoverColumn[], max: number): number {
  let best = Infinity;
  const counts = new Array<number>(columns.length).fill(0);
  const visit = (j: number, cost: number): void => {
    if (cost >= best) return;
    if (j === columns.length) {
      const cover = need.map(() => 0);
      columns.forEach((c, k) => c.rows.forEach((i, m) => (cover[i]! += counts[k]! * (c.coefficients?.[m] ?? 1))));
      if (cover.every((x, i) => x >= need[i]!)) best = cost;
      return;
    }
    for (let x = 0; x <= max; x++) {
      counts[j] = x;
      visit(j + 1, cost + x * columns[j]!.cost);
    }
    counts[j] = 0;
  };
  visit(0, 0);
  return best;
}

describe('solveCover', () => {
  it("pyworkforce's small example: 2 morning, 3 midday, 1 afternoon; early and late overlap at midday: 2 early, 1 late", () => {
    const early = { cost: 1, rows: [0, 1] };
    const late = { cost: 1, rows: [1, 2] };
    const s = solveCover(solver, [2, 3, 1], [early, late]);
    expect(s.counts).toEqual([2, 1]);
    expect(s.cost).toBe(3);
  });

  it('is optimal on 200 random small instances (brute-force enumeration)', () => {
    const rng = seedrandom('shift-design');
    for (let trial = 0; trial < 200; trial++) {
      const slots = 2 + Math.floor(rng() * 5);
      const need = Array.from({ length: slots }, () => Math.floor(rng() * 4));
      const columns: CoverColumn[] = Array.from({ length: 2 + Math.floor(rng() * 3) }, () => {
        const start = Math.floor(rng() * slots);
        const length = 1 + Math.floor(rng() * (slots - start));
        const rows = Array.from({ length }, (_, k) => start + k).filter(() => rng() < 0.85);
        return { cost: 1 + Math.floor(rng() * 9), rows: rows.length > 0 ? rows : [start] };
      });
      const coverable = need.every((n, i) => n === 0 || columns.some((c) => c.rows.includes(i)));
      if (!coverable) {
        expect(() => solveCover(solver, need, columns)).toThrow(/covered by no column/);
        continue;
      }
      const s = solveCover(solver, need, columns);
      const cover = need.map(() => 0);
      columns.forEach((c, k) => c.rows.forEach((i) => (cover[i]! += s.counts[k]!)));
      cover.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(need[i]!));
      expect(s.cost).toBe(bruteForce(need, columns, Math.max(...need)));
    }
  });

  it('is optimal with window rows (coefficients) and a headcount limit', () => {
    const rng = seedrandom('windows');
    for (let trial = 0; trial < 60; trial++) {
      const need = [1 + Math.floor(rng() * 3), Math.floor(rng() * 3), 4 + Math.floor(rng() * 6)];
      const columns: CoverColumn[] = Array.from({ length: 3 }, () => ({
        cost: 1 + Math.floor(rng() * 5),
        rows: [0, 1, 2],
        coefficients: [Math.floor(rng() * 2), Math.floor(rng() * 2), 1 + Math.floor(rng() * 4)],
      }));
      if (need.some((n, i) => n > 0 && columns.every((c) => c.coefficients![i] === 0))) continue;
      const s = solveCover(solver, need, columns);
      expect(s.cost).toBe(bruteForce(need, columns, 10));
      // A headcount limit with a penalty: brute force over the same columns plus the penalty.
      const limited = solveCover(solver, need, columns, { limit: 1, extraCost: 3 });
      const withPenalty = (counts: number[]) => counts.reduce((a, x, j) => a + x * columns[j]!.cost, 0) + 3 * Math.max(0, counts.reduce((a, b) => a + b, 0) - 1);
      let best = Infinity;
      for (let a = 0; a <= 10; a++) {
        for (let b = 0; b <= 10; b++) {
          for (let c = 0; c <= 10; c++) {
            const counts = [a, b, c];
            const ok = need.every((n, i) => counts.reduce((sum, x, j) => sum + x * columns[j]!.coefficients![i]!, 0) >= n);
            if (ok) best = Math.min(best, withPenalty(counts));
          }
        }
      }
      expect(withPenalty(limited.counts)).toBe(best);
    }
  });
});

describe('templates and breaks', () => {
  const office = buildScenario({ calendar: { open: 540, close: 1020 } });
  const rules = shiftRules({ slotMinutes: 30, startEvery: 60, lengths: [240, 480], breaks: [{ after: 180, within: 60, minutes: 30, fromLength: 360 }], maxHoursPerWeek: 40 }, office);

  it('starts every startEvery minutes inside the opening hours, each length that fits', () => {
    const t = shiftTemplates(rules);
    expect(t.filter((x) => x.length === 480).map((x) => x.start)).toEqual([540]);
    expect(t.filter((x) => x.length === 240).map((x) => x.start)).toEqual([540, 600, 660, 720, 780]);
  });

  it('places the break anywhere in its window on the slot grid; short shifts have none', () => {
    const v = shiftVariants({ start: 540, length: 480 }, rules.breaks, 30);
    expect(v.map((x) => x.breaks.map((b) => b.at))).toEqual([[720], [750], [780]]);
    expect(shiftVariants({ start: 540, length: 240 }, rules.breaks, 30)).toEqual([{ start: 540, end: 780, breaks: [] }]);
  });

  it('covers only slots wholly on duty and off the break', () => {
    const slots = Array.from({ length: 16 }, (_, i) => ({ start: 540 + 30 * i, minutes: 30 }));
    const covered = coveredSlots({ start: 540, end: 1020, breaks: [{ at: 735, minutes: 30 }] }, slots);
    expect(covered).not.toContain(6); // 12:00-12:30 overlaps the 12:15 break
    expect(covered).not.toContain(7);
    expect(covered).toHaveLength(14);
  });

  it('designs the cheapest shifts for an office and refuses templates that cannot cover its hours', () => {
    const busy = buildScenario({
      calendar: { open: 540, close: 1020 },
      customers: [{ name: 'sale', arrivals: { perHour: [10] }, service: { dist: 'exponential', mean: 6 } }],
      targets: { serviceLevel: { withinMinutes: 5, fraction: 0.8 } },
    });
    const req = requirements(busy, 30);
    const front = req.skills[0]!;
    const need = { front: { perSlot: front.counterFinal, backLoad: front.backFinal, window: front.backWindow } };
    const design = designShifts(solver, req, need, rules, { front: 20 });
    design.scheduled.front![0]!.forEach((n, s) => expect(n).toBeGreaterThanOrEqual(front.counterFinal[0]![s]!));
    const short = shiftRules({ slotMinutes: 30, lengths: [240], latestEnd: '15:00', maxHoursPerWeek: 40 }, busy);
    expect(() => designShifts(solver, req, need, short, { front: 20 })).toThrow(TemplatesError);
    expect(() => designShifts(solver, req, need, short, { front: 20 })).toThrow(/front needs \d at 15:00/);
  });
});
