/** The office drawing's geometry: everyone has a seat, nothing overlaps, offices side by side line up. */
import { describe, expect, it } from 'vitest';
import { CLASS_PALETTE } from '../../../src/analysis/charts/palette.js';
import { runReplication } from '../../../src/sim/office/index.js';
import type { Scenario } from '../../../src/sim/scenario.js';
import { loadLesson } from '../../../src/ui/trainer/lesson-load.js';
import { lessonCatalog } from '../../../src/ui/trainer/lessons.js';
import { seatCounts, STAGE_WIDTH, stageLayout, stageClassColors, TOKEN_R } from '../../../src/ui/trainer/layout.js';
import { OfficeReplay } from '../../../src/ui/trainer/replay.js';
import { busyOffice } from './fixtures.js';

function replayOf(scenario: Scenario): OfficeReplay {
  return new OfficeReplay(scenario, runReplication(scenario, 0, { trace: true, traceLimit: 1_000_000 }).trace!);
}

const offices: Scenario[] = [...lessonCatalog().flatMap((l) => loadLesson(l).variants.map((v) => v.scenario)), busyOffice('without'), busyOffice('with')];

describe('stageLayout', () => {
  it('gives everyone a seat at home and wherever they go to cover, inside the drawing, none overlapping', () => {
    for (const scenario of offices) {
      const r = replayOf(scenario);
      const layout = stageLayout(scenario, r.visitsFront, r.visitsBack);
      scenario.staff.forEach((p, i) => {
        expect(layout.seatOf[i]![p.area], `${scenario.name}: ${p.name}`).not.toBeNull();
        if (r.visitsFront[i]) expect(layout.seatOf[i]!.front).not.toBeNull();
        if (r.visitsBack[i]) expect(layout.seatOf[i]!.back).not.toBeNull();
      });
      for (const [i, a] of layout.seats.entries()) {
        expect(a.x - TOKEN_R).toBeGreaterThanOrEqual(0);
        expect(a.x + TOKEN_R).toBeLessThanOrEqual(STAGE_WIDTH);
        expect(a.y + TOKEN_R + 45).toBeLessThanOrEqual(layout.height);
        for (const b of layout.seats.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), scenario.name).toBeGreaterThanOrEqual(2 * TOKEN_R + 20);
      }
    }
  });

  it('puts a small back office side by side with its piles, and lines that up too', () => {
    const sick = lessonCatalog().find((l) => l.id === 'sick-day')!;
    const [alone, covered] = loadLesson(sick).variants.map((v) => replayOf(v.scenario));
    const counts = [alone!, covered!].map((r) => seatCounts(r.visitsFront, r.visitsBack));
    const shared = { front: Math.max(...counts.map((c) => c.front)), back: Math.max(...counts.map((c) => c.back)) };
    const a = stageLayout(alone!.scenario, alone!.visitsFront, alone!.visitsBack, shared);
    const b = stageLayout(covered!.scenario, covered!.visitsFront, covered!.visitsBack, shared);
    expect(a.height).toBe(b.height);
    const backSeats = a.seats.filter((s) => s.area === 'back');
    const rightmostPile = Math.max(...a.back!.piles.map((p) => p.x));
    for (const seat of backSeats) expect(seat.x).toBeGreaterThan(rightmostPile);
    expect(a.back!.bottom - a.back!.top).toBeLessThan(300);
  });

  it('puts seats in the area they belong to, home seats before cover seats', () => {
    for (const scenario of offices) {
      const r = replayOf(scenario);
      const layout = stageLayout(scenario, r.visitsFront, r.visitsBack);
      for (const seat of layout.seats) {
        const area = seat.area === 'front' ? layout.counter! : layout.back!;
        expect(seat.y).toBeGreaterThan(area.top);
        expect(seat.y).toBeLessThan(area.bottom);
        expect(seat.home).toBe(scenario.staff[seat.person]!.area === seat.area);
      }
      for (const area of ['front', 'back'] as const) {
        const homes = layout.seats.filter((s) => s.area === area).map((s) => s.home);
        expect(homes).toEqual([...homes].sort((a, b) => Number(b) - Number(a)));
      }
    }
  });

  it('draws a lane per customer class and a pile per task type, in the class colours', () => {
    for (const scenario of offices) {
      const r = replayOf(scenario);
      const layout = stageLayout(scenario, r.visitsFront, r.visitsBack);
      expect(layout.counter?.lanes.map((l) => l.name) ?? []).toEqual(scenario.customers.map((c) => c.name));
      expect(layout.back?.piles.map((p) => p.name) ?? []).toEqual(scenario.tasks.map((t) => t.name));
      expect(layout.counter?.lanes.map((l) => l.color) ?? []).toEqual(scenario.customers.map((_, i) => CLASS_PALETTE[i % CLASS_PALETTE.length]));
      if (layout.back !== null && layout.counter !== null) expect(layout.back.top).toBeGreaterThan(layout.counter.bottom);
    }
  });

  it("colours each person as the work they were hired for: their home skill's class", () => {
    const lunch = loadLesson(lessonCatalog().find((l) => l.id === 'lunch')!).variants[1]!.scenario;
    const r = replayOf(lunch);
    const layout = stageLayout(lunch, r.visitsFront, r.visitsBack);
    const colors = stageClassColors(lunch);
    expect(layout.personColor).toEqual([colors[0], colors[0], colors[2], colors[2]]);
  });

  it('lines up offices side by side when given the room the larger one needs', () => {
    const [without, withCover] = [busyOffice('without'), busyOffice('with')].map(replayOf);
    const counts = [without!, withCover!].map((r) => seatCounts(r.visitsFront, r.visitsBack));
    const shared = { front: Math.max(...counts.map((c) => c.front)), back: Math.max(...counts.map((c) => c.back)) };
    const a = stageLayout(without!.scenario, without!.visitsFront, without!.visitsBack, shared);
    const b = stageLayout(withCover!.scenario, withCover!.visitsFront, withCover!.visitsBack, shared);
    expect(a.height).toBe(b.height);
    expect(a.back!.top).toBe(b.back!.top);
    expect(counts[1]!.front).toBeGreaterThan(counts[0]!.front);
  });
});
