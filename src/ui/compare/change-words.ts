/**
 * A change between two drafts said in a manager's words: "Cara can now serve at the counter at
 * 70%", "Ben's wage goes from 24 to 26 an hour", "Dan joins", not `staff[2].skills.front: (none) →
 * 0.7`. People, customer classes and tasks are named, skills are said as the work they are for
 * (serving at the counter, or a back-office task), proficiencies as percentages of an expert's pace.
 * A change without its own wording still reads as "<entry>: <field> from A to B" with names for
 * indices. Used by Compare's change list and its verdict sentence.
 */
import type { Draft } from '../state/validation.js';
import { describeValue, type DraftChange } from './draft-diff.js';

/** One change in words; `skill` is set for a skill someone gains (the verdict says "Teaching Cara the counter"). */
export interface ChangeWords {
  readonly text: string;
  readonly newSkill?: { readonly person: string; readonly work: string };
}

type Entry = Record<string, unknown>;

function entries(draft: Draft, list: 'staff' | 'customers' | 'tasks'): Entry[] {
  const value = (draft as Record<string, unknown>)[list];
  return Array.isArray(value) ? (value as Entry[]) : [];
}

function nameOf(entry: unknown, fallback: string): string {
  const name = entry !== null && typeof entry === 'object' ? (entry as Entry)['name'] : undefined;
  return typeof name === 'string' && name !== '' ? capitalized(name) : fallback;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function percent(value: unknown): string {
  return typeof value === 'number' ? `${Math.round(value * 100)}%` : describeValue(value);
}

/** Skills customers need are counter work; others are back-office tasks. */
function skillWork(draft: Draft, skill: string): { doing: string; does: string; noun: string } {
  const atCounter = entries(draft, 'customers').filter((c) => (c['skill'] ?? 'front') === skill);
  if (atCounter.length > 0) {
    const classes = entries(draft, 'customers').length;
    if (skill === 'front' || atCounter.length === classes) return { doing: 'serve at the counter', does: 'serves at the counter', noun: 'the counter' };
    const names = atCounter.map((c) => String(c['name'])).join(' and ');
    return { doing: `serve ${names} customers at the counter`, does: `serves ${names} customers at the counter`, noun: `${names} at the counter` };
  }
  return { doing: `do ${skill} work`, does: `does ${skill} work`, noun: skill };
}

/** The segments of a formatted path: `staff[2].skills.front` → ['staff', 2, 'skills', 'front']. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.match(/[^.[\]]+/g) ?? []) out.push(/^\d+$/.test(part) ? Number(part) : part);
  return out;
}

const FIELD_WORDS: Record<string, string> = {
  wagePerHour: 'wage',
  home: 'home skill',
  area: 'area',
  count: 'number of people',
  daysOff: 'days off',
  sickProbabilityPerDay: 'chance of a sick day',
  perHour: 'customers per hour',
  perDay: 'tasks per day',
  revenue: 'revenue each',
  patience: 'patience',
  balkAt: 'queue they will join at most',
  service: 'service time',
  dueMinutes: 'due time',
  latePenalty: 'late penalty',
  frontMinimum: 'counter minimum',
  coverQueueThreshold: 'queue that calls for cover',
  helpBackOffice: 'counter staff help the back office',
  switchMinutes: 'time to switch areas',
  routing: 'routing',
  closing: 'closing rule',
  trainingPerSkill: 'training cost per skill',
  trainingAmortizationDays: 'days training is spread over',
  overtimeMultiplier: 'overtime rate',
  days: 'days simulated',
  replications: 'replications',
  seed: 'seed',
  open: 'opening time',
  close: 'closing time',
  warmupMinutes: 'warm-up',
  start: 'shift start',
  end: 'shift end',
  breaks: 'breaks',
  learning: 'learning',
  timeConstantHours: 'time constant (hours of practice)',
  target: 'target proficiency',
  curve: 'learning curve',
  exponent: 'curve exponent',
  forgetting: 'fading',
  halfLifeDays: 'fading half-life (days)',
  floor: 'fading floor',
};

function valueWords(value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return describeValue(value);
}

/** Says one change; `before`/`after` are the drafts it is between (for names and skills). */
export function changeWords(change: DraftChange, before: Draft, after: Draft): ChangeWords {
  const path = segments(change.path);
  const [list, index, field, key] = path;
  if ((list === 'staff' || list === 'customers' || list === 'tasks') && typeof index === 'number') {
    const entry = entries(after, list)[index] ?? entries(before, list)[index];
    const what = list === 'staff' ? 'person' : list === 'customers' ? 'customer class' : 'task';
    const name = nameOf(entry, `${capitalized(what)} ${index + 1}`);
    if (field === undefined) {
      if (change.before === undefined) return { text: list === 'staff' ? `${name} joins` : `New ${what}: ${name}` };
      if (change.after === undefined) return { text: list === 'staff' ? `${name} leaves` : `No more ${what} ${name}` };
    }
    if (list === 'staff' && field === 'skills' && typeof key === 'string' && path.length === 4) {
      const work = skillWork(after, key);
      if (change.before === undefined) return { text: `${name} can now ${work.doing} at ${percent(change.after)}`, newSkill: { person: name, work: work.noun } };
      if (change.after === undefined) return { text: `${name} no longer ${work.does}` };
      return { text: `${name} works at ${percent(change.after)} of an expert's pace at ${work.noun}, was ${percent(change.before)}` };
    }
    const last = path.at(-1);
    const words = typeof last === 'string' ? (FIELD_WORDS[last] ?? last) : `item ${Number(last) + 1}`;
    // A learning curve of one skill: "Cara's learning of front, time constant (hours of practice): 25 → 10".
    if (list === 'staff' && field === 'learning' && typeof key === 'string' && path.length > 4) {
      return { text: `${name}'s learning of ${key}, ${words}: ${valueWords(change.before)} → ${valueWords(change.after)}` };
    }
    return { text: `${name}'s ${words}: ${valueWords(change.before)} → ${valueWords(change.after)}` };
  }
  const last = path.at(-1);
  const words = typeof last === 'string' ? (FIELD_WORDS[last] ?? last) : change.path;
  if (list === 'learning' && path.length > 1) {
    return { text: `Learning, everyone's ${words}: ${valueWords(change.before)} → ${valueWords(change.after)}` };
  }
  return { text: `${capitalized(words)}: ${valueWords(change.before)} → ${valueWords(change.after)}` };
}
