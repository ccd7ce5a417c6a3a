/**
 * The trainer's own files: made into one-day offices on one seed (and told so), or refused with the
 * CLI's error messages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownLesson, prepareVariants } from '../../../src/ui/trainer/lesson-load.js';

const example = (name: string): { name: string; text: string } => ({
  name,
  text: readFileSync(fileURLToPath(new URL(`../../../scenarios/${name}`, import.meta.url)), 'utf8'),
});

describe('prepareVariants', () => {
  it('replays day 1 of a multi-day office, counts the warm-up, and puts every office on the first seed', () => {
    const office = (seed: number, warmup: number): string => `version: 1
seed: ${seed}
calendar: { days: 5, warmupMinutes: ${warmup} }
customers: [{ name: visit, arrivals: { perHour: 5 }, service: 5 }]
staff: [{ name: ana, home: front, wagePerHour: 20 }]
`;
    const result = prepareVariants([
      { name: 'week.yaml', text: office(1, 600) },
      { name: 'other.yaml', text: office(42, 0) },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [week, other] = result.variants;
    expect(week!.scenario.calendar.days).toBe(1);
    expect(week!.scenario.calendar.warmupMinutes).toBe(0);
    expect(other!.scenario.calendar.days).toBe(1);
    expect(other!.scenario.seed).toBe(1);
    expect(result.notices).toEqual([
      'week.yaml: day 1 of 5 is replayed; the 600-minute warm-up is counted.',
      'other.yaml: seed 42 → 1 (the same customers as week.yaml); day 1 of 5 is replayed.',
    ]);
  });

  it('keeps a one-day office as written, without notices', () => {
    const text = example('busy-lunch.yaml').text.replace('days: 5', 'days: 1');
    const result = prepareVariants([
      { name: 'a.yaml', text },
      { name: 'b.yaml', text },
    ]);
    expect(result.ok && result.notices).toEqual([]);
  });

  it('drops days off beyond day 1 (they are not part of the replayed day)', () => {
    const text = `version: 1
calendar: { days: 3 }
customers: [{ name: visit, arrivals: { perHour: 5 }, service: 5 }]
staff:
  - { name: ana, home: front, daysOff: [1, 3], wagePerHour: 20 }
  - { name: ben, home: front, daysOff: [2], wagePerHour: 20 }
`;
    const result = prepareVariants([
      { name: 'a.yaml', text },
      { name: 'b.yaml', text },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.variants[0]!.scenario.staff.map((p) => p.daysOff)).toEqual([[1], []]);
  });

  it("refuses invalid files with the CLI's messages, file and line", () => {
    const result = prepareVariants([example('default.yaml'), { name: 'bad.yaml', text: 'version: 1\ncustomers: 3\n' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith('bad.yaml:2:'))).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = prepareVariants([example('default.yaml'), { name: 'huge.yaml', text: `# ${'x'.repeat(9 * 1024 * 1024)}\n` }]);
    expect(result).toEqual({ ok: false, errors: ['huge.yaml: the file is 9.4 MB; scenario files may be at most 5.0 MB (5000000 bytes)'] });
  });

  it('needs two or three files', () => {
    expect(prepareVariants([example('default.yaml')])).toEqual({ ok: false, errors: ['invalid files: 1 (choose 2 or 3 scenario files to show side by side)'] });
    const four = Array.from({ length: 4 }, () => example('default.yaml'));
    expect(prepareVariants(four).ok).toBe(false);
  });
});

describe('ownLesson', () => {
  it('names the lesson after the offices and keeps the notices for the page', () => {
    const result = ownLesson([example('flex-dedicated.yaml'), example('flex-chain.yaml')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lesson.id).toBe('own');
    expect(result.lesson.title).toBe('Flexibility - dedicated vs Flexibility - chain');
    expect(result.lesson.variants.map((v) => v.fileName)).toEqual(['flex-dedicated.yaml', 'flex-chain.yaml']);
    expect(result.lesson.notices).toHaveLength(2);
  });
});
