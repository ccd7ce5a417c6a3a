/**
 * Turns scenario files into what the trainer replays: validated scenarios, each a single day without
 * warm-up (a replay shows one day, and the counters must equal the engine's numbers for that day), all
 * on the first file's seed so the offices see the same customers at the same moments (common random
 * numbers). Built-in lessons are written that way; a trainer's own files are adjusted here, and every
 * adjustment is reported as a notice so the room is never shown something other than it thinks.
 */
import { formatScenarioError, parseScenario, validateScenarioFile, type ScenarioFile } from '../../sim/schema.js';
import type { Scenario } from '../../sim/scenario.js';
import { tooLarge } from '../io/scenario-io.js';
import { LIMITS, utf8Length } from '../../sim/scenario-file/limits.js';
import { MAX_VARIANTS, type LessonEntry, type LessonMoment } from './lessons.js';

export interface LessonVariant {
  /** What the stage calls this office: the scenario's name. */
  readonly label: string;
  readonly fileName: string;
  readonly scenario: Scenario;
}

/** A lesson ready to replay. */
export interface Lesson {
  /** The built-in lesson's id, or `own` for files the trainer loaded. */
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly variants: readonly LessonVariant[];
  readonly replication: number;
  readonly moments: readonly LessonMoment[];
  /** What was changed to make the files replayable side by side. */
  readonly notices: readonly string[];
}

export type PrepareResult = { readonly ok: true; readonly variants: LessonVariant[]; readonly notices: string[] } | { readonly ok: false; readonly errors: string[] };

/** Parses scenario files and makes them one-day offices on the first file's seed. */
export function prepareVariants(files: readonly { readonly name: string; readonly text: string }[]): PrepareResult {
  if (files.length < 2 || files.length > MAX_VARIANTS) {
    return { ok: false, errors: [`invalid files: ${files.length} (choose 2 or ${MAX_VARIANTS} scenario files to show side by side)`] };
  }
  const errors: string[] = [];
  const notices: string[] = [];
  const variants: LessonVariant[] = [];
  let seed: number | null = null;
  for (const { name, text } of files) {
    const bytes = text.length > LIMITS.fileBytes ? text.length : utf8Length(text);
    if (bytes > LIMITS.fileBytes) {
      const refused = tooLarge(name, bytes);
      if (refused.kind === 'unreadable') errors.push(...refused.errors.map(formatScenarioError));
      continue;
    }
    const parsed = parseScenario(text, name);
    if (!parsed.ok) {
      errors.push(...parsed.errors.map(formatScenarioError));
      continue;
    }
    const file = structuredClone(parsed.file) as Mutable<ScenarioFile>;
    const changes: string[] = [];
    seed ??= file.seed;
    if (file.seed !== seed) {
      changes.push(`seed ${file.seed} → ${seed} (the same customers as ${files[0]!.name})`);
      file.seed = seed;
    }
    if (file.calendar.days !== 1) {
      changes.push(`day 1 of ${file.calendar.days} is replayed`);
      file.calendar.days = 1;
      for (const person of file.staff) person.daysOff = person.daysOff.filter((d) => d <= 1);
    }
    if (file.calendar.warmupMinutes !== 0) {
      changes.push(`the ${file.calendar.warmupMinutes}-minute warm-up is counted`);
      file.calendar.warmupMinutes = 0;
    }
    const checked = changes.length === 0 ? parsed : validateScenarioFile(file, name);
    if (!checked.ok) {
      errors.push(...checked.errors.map(formatScenarioError));
      continue;
    }
    if (changes.length > 0) notices.push(`${name}: ${changes.join('; ')}.`);
    variants.push({ label: checked.scenario.name, fileName: name, scenario: checked.scenario });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, variants, notices };
}

/** A built-in lesson, ready to replay. Built-ins must need no adjustment: a notice here is a bug. */
export function loadLesson(entry: LessonEntry): Lesson {
  const prepared = prepareVariants(entry.files);
  if (!prepared.ok) throw new Error(`invalid lesson ${entry.id}: ${prepared.errors.join('; ')}`);
  if (prepared.notices.length > 0) throw new Error(`invalid lesson ${entry.id}: ${prepared.notices.join(' ')}`);
  return { id: entry.id, title: entry.title, caption: entry.caption, variants: prepared.variants, replication: entry.replication, moments: entry.moments, notices: [] };
}

/** The trainer's own files as a lesson (or the reasons they cannot be replayed). */
export function ownLesson(files: readonly { readonly name: string; readonly text: string }[]): { ok: true; lesson: Lesson } | { ok: false; errors: string[] } {
  return ownLessonFrom(prepareVariants(files));
}

/** The lesson of files already prepared (by `prepareVariants`, in the input worker). */
export function ownLessonFrom(prepared: PrepareResult): { ok: true; lesson: Lesson } | { ok: false; errors: string[] } {
  if (!prepared.ok) return prepared;
  const names = prepared.variants.map((v) => v.label);
  return {
    ok: true,
    lesson: {
      id: 'own',
      title: names.join(' vs '),
      caption: `Your own scenarios: ${prepared.variants.map((v) => v.fileName).join(', ')}, replayed on the same random streams.`,
      variants: prepared.variants,
      replication: 0,
      moments: [],
      notices: prepared.notices,
    },
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] extends object ? Mutable<T[K]> : T[K] };
