/**
 * The built-in lessons: the catalogue is well formed, and what each caption tells the room is true
 * over many simulated days (paired differences on common random numbers, 95% confidence intervals
 * from the lesson's own replications), not only on the day the trainer replays.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import type { ReplicationResult } from '../../../src/sim/result.js';
import { loadLesson, type Lesson } from '../../../src/ui/trainer/lesson-load.js';
import { findLesson, lessonCatalog, parseCatalog } from '../../../src/ui/trainer/lessons.js';
import { manyDaysRows, SUMMARY_MEASURES, type ManyDaysRow } from '../../../src/ui/trainer/summary-data.js';
import { pairedDifference } from '../../../src/analysis/statistics.js';

describe('the lesson catalogue', () => {
  it('lists the four lessons of the issue, each with two or three offices and a two- or three-sentence caption', () => {
    const lessons = lessonCatalog();
    expect(lessons.map((l) => l.id)).toEqual(['lunch', 'sick-day', 'quiet-hours', 'flexibility', 'first-month']);
    for (const lesson of lessons) {
      expect(lesson.files.length).toBeGreaterThanOrEqual(2);
      expect(lesson.files.length).toBeLessThanOrEqual(3);
      const sentences = lesson.caption.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length, lesson.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, lesson.id).toBeLessThanOrEqual(3);
    }
  });

  it('puts every moment inside the opening hours of its lesson', () => {
    for (const entry of lessonCatalog()) {
      const { calendar } = loadLesson(entry).variants[0]!.scenario;
      for (const m of entry.moments) {
        expect(m.at, `${entry.id}: ${m.label}`).toBeGreaterThanOrEqual(calendar.open);
        expect(m.at, `${entry.id}: ${m.label}`).toBeLessThanOrEqual(calendar.close);
      }
    }
  });

  it('says which entry of a broken catalogue is wrong', () => {
    const read = (name: string): string | undefined => (name === 'a.yaml' ? 'version: 1' : undefined);
    const one = (lesson: object): string => JSON.stringify({ lessons: [{ id: 'x', title: 'T', caption: 'C.', files: ['a.yaml', 'a.yaml'], ...lesson }] });
    expect(() => parseCatalog(one({ files: ['a.yaml'] }), read)).toThrow('invalid lessons[0].files: ["a.yaml"]');
    expect(() => parseCatalog(one({ files: ['a.yaml', 'b.yaml'] }), read)).toThrow('invalid lessons[0].files[1]: "b.yaml"');
    expect(() => parseCatalog(one({ id: 'Not ok' }), read)).toThrow('invalid lessons[0].id: "Not ok"');
    expect(() => parseCatalog(one({ moments: [{ at: '25:00', label: 'x' }] }), read)).toThrow('invalid lessons[0].moments[0].at: "25:00"');
    expect(() => parseCatalog(one({ replication: -1 }), read)).toThrow('invalid lessons[0].replication: -1');
    expect(() => parseCatalog('{}', read)).toThrow('invalid lessons');
  });
});

/** The lesson's measures over its own replications, office by office. */
function overManyDays(lesson: Lesson): Map<string, ManyDaysRow> {
  const days = lesson.variants[0]!.scenario.replications;
  const results: ReplicationResult[][] = lesson.variants.map((v) => Array.from({ length: days }, (_, r) => runReplication(v.scenario, r)));
  return new Map(manyDaysRows(results, SUMMARY_MEASURES).map((row) => [row.measure.key, row]));
}

/** The 95% interval of office v's paired difference from the first office. */
function ci(rows: Map<string, ManyDaysRow>, key: string, v = 1): readonly [number, number] {
  const d = rows.get(key)!.cells[v]!.difference!;
  expect(d.ci95, key).not.toBeNull();
  return d.ci95!;
}

describe('what the captions claim holds over many days', () => {
  it('lunch: with Cara covering, fewer customers give up and the counter is never left without anyone who can serve', () => {
    const rows = overManyDays(loadLesson(findLesson('lunch')!));
    expect(ci(rows, 'gave-up')[1]).toBeLessThan(0);
    expect(ci(rows, 'served')[0]).toBeGreaterThan(0);
    expect(rows.get('gap')!.cells[0]!.mean.mean!).toBeGreaterThan(0);
    expect(rows.get('gap')!.cells[1]!.mean.mean).toBe(0);
  });

  it('sick day: the claims gap shrinks, more tasks are done, and the counter serves exactly the same customers', () => {
    const rows = overManyDays(loadLesson(findLesson('sick-day')!));
    expect(ci(rows, 'gap')[1]).toBeLessThan(0);
    expect(ci(rows, 'tasks-done')[0]).toBeGreaterThan(0);
    expect(ci(rows, 'tasks-open')[1]).toBeLessThan(0);
    const served = rows.get('served')!.cells[1]!.difference!;
    expect(served.mean).toBe(0);
    expect(served.sd).toBe(0);
  });

  it('quiet hours: many more orders ship, and the counter loses at most a few customers for it', () => {
    const rows = overManyDays(loadLesson(findLesson('quiet-hours')!));
    expect(ci(rows, 'tasks-done')[0]).toBeGreaterThan(10);
    expect(ci(rows, 'tasks-open')[1]).toBeLessThan(0);
    expect(ci(rows, 'profit')[0]).toBeGreaterThan(0);
    const gaveUp = ci(rows, 'gave-up');
    expect(gaveUp[1]).toBeLessThan(5);
  });

  it('flexibility: the chain buys most of the full benefit for a fifth of the training cost', () => {
    const rows = overManyDays(loadLesson(findLesson('flexibility')!));
    const training = rows.get('training')!.cells.map((c) => c.mean.mean!);
    expect(training[0]).toBe(0);
    expect(training[1]! / training[2]!).toBeCloseTo(0.2, 12);
    // Both cut walkouts; the chain gets more than half of full cross-training's gain in customers served.
    expect(ci(rows, 'gave-up', 1)[1]).toBeLessThan(0);
    expect(ci(rows, 'gave-up', 2)[1]).toBeLessThan(0);
    const chain = rows.get('served')!.cells[1]!.difference!.mean!;
    const full = rows.get('served')!.cells[2]!.difference!.mean!;
    expect(chain / full).toBeGreaterThan(0.5);
    expect(ci(rows, 'profit', 1)[0]).toBeGreaterThan(0);
  });

  it('first month: the same customers are served faster on day 30 than on day 1, and Cara ends each day above where she started', () => {
    const lesson = loadLesson(findLesson('first-month')!);
    const days = lesson.variants[0]!.scenario.replications;
    const results = lesson.variants.map((v) => Array.from({ length: days }, (_, r) => runReplication(v.scenario, r)));
    const starts = lesson.variants.map((v) => v.scenario.staff.find((p) => p.name === 'Cara')!.skills['front']!);
    expect(starts).toEqual([0.5, 0.83, 0.98]);
    results.forEach((rs, v) => {
      for (const r of rs) expect(r.metrics['learning.Cara.front.proficiencyEnd']!).toBeGreaterThan(starts[v]!);
    });
    const waits = results.map((rs) => rs.map((r) => r.metrics['front.waitMean']!));
    const d = pairedDifference(waits[0]!, waits[2]!);
    expect(d.ci95![1], `day 30 minus day 1 mean wait: ${d.mean}`).toBeLessThan(0);
  });
});
