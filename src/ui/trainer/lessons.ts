/**
 * The built-in lessons: scenarios/lessons/lessons.json and the scenario files it names, bundled into
 * the trainer page as text so the built site works offline. Trainers add a lesson by adding its
 * scenario files and an entry to lessons.json; `lessonCatalog` checks the entries on load.
 */
import { clockMinutes, clockPattern } from '../../sim/scenario-file/clock.js';

/** A moment of the day worth jumping to (a button on the timeline). */
export interface LessonMoment {
  /** Minutes after midnight. */
  readonly at: number;
  readonly label: string;
}

/** A lesson as listed: its scenario files are still text. */
export interface LessonEntry {
  /** Stable id, used in the page address (`trainer.html#lesson=lunch`). */
  readonly id: string;
  readonly title: string;
  /** Two or three sentences the trainer reads out or the room reads. */
  readonly caption: string;
  /** Scenario files shown left to right; the first is the reference the others are compared with. */
  readonly files: readonly { readonly name: string; readonly text: string }[];
  /** The replication (simulated day) shown first. */
  readonly replication: number;
  readonly moments: readonly LessonMoment[];
}

/** Most scenarios side by side: beyond three the offices get too small to read from the back of a room. */
export const MAX_VARIANTS = 3;

const texts = import.meta.glob('../../../scenarios/lessons/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

function fileText(name: string): string | undefined {
  for (const [path, text] of Object.entries(texts)) if (path.split('/').pop() === name) return text;
  return undefined;
}

function fail(name: string, value: unknown): never {
  throw new Error(`invalid ${name}: ${JSON.stringify(value)}`);
}

/** Checks the catalogue's JSON and resolves its file names against `read`. */
export function parseCatalog(json: string, read: (name: string) => string | undefined): LessonEntry[] {
  const root = JSON.parse(json) as { lessons?: unknown };
  if (root === null || typeof root !== 'object' || !Array.isArray(root.lessons)) fail('lessons', root);
  const seen = new Set<string>();
  return (root.lessons as unknown[]).map((raw, i) => {
    const entry = raw as Record<string, unknown>;
    const text = (key: string): string => {
      const value = entry[key];
      if (typeof value !== 'string' || value.trim() === '') fail(`lessons[${i}].${key}`, value);
      return value;
    };
    const id = text('id');
    if (!/^[a-z0-9-]+$/.test(id) || seen.has(id)) fail(`lessons[${i}].id`, id);
    seen.add(id);
    const files = entry['files'];
    if (!Array.isArray(files) || files.length < 2 || files.length > MAX_VARIANTS) fail(`lessons[${i}].files`, files);
    const replication = entry['replication'] ?? 0;
    if (!Number.isInteger(replication) || (replication as number) < 0) fail(`lessons[${i}].replication`, replication);
    const moments = (entry['moments'] ?? []) as unknown;
    if (!Array.isArray(moments)) fail(`lessons[${i}].moments`, moments);
    return {
      id,
      title: text('title'),
      caption: text('caption'),
      files: files.map((name, j) => {
        const content = typeof name === 'string' ? read(name) : undefined;
        if (content === undefined) fail(`lessons[${i}].files[${j}]`, name);
        return { name: name as string, text: content };
      }),
      replication: replication as number,
      moments: moments.map((m: { at?: unknown; label?: unknown }, j) => {
        if (typeof m?.at !== 'string' || !clockPattern.test(m.at)) fail(`lessons[${i}].moments[${j}].at`, m?.at);
        if (typeof m.label !== 'string' || m.label === '') fail(`lessons[${i}].moments[${j}].label`, m.label);
        return { at: clockMinutes(m.at), label: m.label };
      }),
    };
  });
}

let catalog: LessonEntry[] | undefined;

/** The built-in lessons in the catalogue's order. */
export function lessonCatalog(): readonly LessonEntry[] {
  catalog ??= parseCatalog(fileText('lessons.json') ?? fail('lessons.json', null), fileText);
  return catalog;
}

export function findLesson(id: string): LessonEntry | undefined {
  return lessonCatalog().find((l) => l.id === id);
}
