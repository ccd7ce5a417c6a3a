/**
 * The example offices: every scenario file in scenarios/, bundled into the page as text (so the app
 * works offline), the offices of trainer mode's lessons (each "as staffed today" and its
 * cross-trained variant, to explore further in the app), and a blank office to start from.
 * `default.yaml` is the office the app opens with.
 */
import { parse } from 'yaml';
import { lessonCatalog } from '../trainer/lessons.js';
import type { Draft } from './validation.js';

export interface Example {
  /** The file name, e.g. `default.yaml`. */
  readonly fileName: string;
  /** The scenario's `name`, or the file name without extension. */
  readonly title: string;
  readonly text: string;
}

/** A lesson's office: titled "lesson title: office name", its fileName `lessons/<file>`. */
export interface LessonExample extends Example {
  readonly lesson: string;
}

const texts = import.meta.glob('../../../scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const DEFAULT_FILE = 'default.yaml';

function titleOf(fileName: string, text: string): string {
  try {
    const value = parse(text) as { name?: unknown } | null;
    if (value !== null && typeof value === 'object' && typeof value.name === 'string' && value.name !== '') return value.name;
  } catch {
    // an example that does not parse still shows, under its file name, and reports its errors when loaded
  }
  return fileName.replace(/\.(ya?ml)$/i, '');
}

/** The examples, the default office first, then by title. */
export const EXAMPLES: readonly Example[] = Object.entries(texts)
  .map(([path, text]) => {
    const fileName = path.split('/').pop()!;
    return { fileName, text, title: titleOf(fileName, text) };
  })
  .sort((a, b) => (a.fileName === DEFAULT_FILE ? -1 : b.fileName === DEFAULT_FILE ? 1 : a.title.localeCompare(b.title)));

/** The lessons' offices, in the trainer's order (reference office first within each lesson). */
export const LESSON_EXAMPLES: readonly LessonExample[] = lessonCatalog().flatMap((lesson) =>
  lesson.files.map((f) => ({ fileName: `lessons/${f.name}`, text: f.text, lesson: lesson.title, title: `${lesson.title}: ${titleOf(f.name, f.text)}` })),
);

export function findExample(fileName: string): Example | undefined {
  return EXAMPLES.find((e) => e.fileName === fileName) ?? LESSON_EXAMPLES.find((e) => e.fileName === fileName);
}

/** A small valid office to start from: one counter class and one person. */
export function blankOffice(): Draft {
  return {
    version: 1,
    name: 'New office',
    seed: 1,
    replications: 30,
    calendar: { days: 5, open: '09:00', close: '17:00', warmupMinutes: 0 },
    customers: [
      {
        name: 'visitor',
        arrivals: { perHour: 8 },
        service: { dist: 'exponential', mean: 6 },
        skill: 'front',
        patience: { dist: 'exponential', mean: 15 },
        revenue: 50,
        handoffs: [],
      },
    ],
    tasks: [],
    staff: [
      {
        name: 'clerk',
        home: 'front',
        area: 'front',
        skills: { front: 1 },
        wagePerHour: 25,
        shift: { start: '09:00', end: '17:00', breaks: [{ at: '12:30', minutes: 30 }] },
        daysOff: [],
      },
    ],
  };
}
