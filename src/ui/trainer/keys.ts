/**
 * The presenter's keyboard: what each key does in the trainer. One table, shown on the help overlay
 * and used by the key handler, so the two cannot disagree.
 */
import type { TrainerCommand } from './events.js';

/** Minutes Shift+arrow jumps. */
export const JUMP_MINUTES = 15;

export type KeyAction = { readonly command: TrainerCommand } | { readonly seekBy: number };

export interface KeyBinding {
  /** Keys as `KeyboardEvent.key` values; `Shift+` marks the shifted variant. */
  readonly keys: readonly string[];
  /** What the help overlay shows, e.g. "Space". */
  readonly label: string;
  readonly action: KeyAction;
  readonly description: string;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { keys: [' ', 'k'], label: 'Space', action: { command: 'toggle' }, description: 'Play or pause' },
  { keys: ['ArrowRight'], label: '→', action: { command: 'step' }, description: 'Step to the next event' },
  { keys: ['ArrowLeft'], label: '←', action: { command: 'back' }, description: 'Step back to the previous event' },
  { keys: ['Shift+ArrowRight'], label: 'Shift + →', action: { seekBy: JUMP_MINUTES }, description: `Jump ${JUMP_MINUTES} minutes ahead` },
  { keys: ['Shift+ArrowLeft'], label: 'Shift + ←', action: { seekBy: -JUMP_MINUTES }, description: `Jump ${JUMP_MINUTES} minutes back` },
  { keys: ['ArrowUp', '+', '='], label: '↑', action: { command: 'faster' }, description: 'Faster' },
  { keys: ['ArrowDown', '-'], label: '↓', action: { command: 'slower' }, description: 'Slower' },
  { keys: ['Home', 'r'], label: 'Home or R', action: { command: 'restart' }, description: 'Back to the start of the day' },
  { keys: ['End'], label: 'End', action: { command: 'end' }, description: 'Jump to the end of the day' },
  { keys: ['t', 'j'], label: 'T', action: { command: 'jump-field' }, description: 'Type a clock time to jump to' },
  { keys: ['n'], label: 'N', action: { command: 'next-day' }, description: 'Replay another simulated day' },
  { keys: ['s'], label: 'S', action: { command: 'summary' }, description: 'End-of-day summary' },
  { keys: ['c'], label: 'C', action: { command: 'caption' }, description: 'Hide or show the caption and legend' },
  { keys: ['f'], label: 'F', action: { command: 'fullscreen' }, description: 'Full screen' },
  { keys: ['l'], label: 'L', action: { command: 'lessons' }, description: 'Back to the lessons' },
  { keys: ['?'], label: '?', action: { command: 'help' }, description: 'These shortcuts' },
  { keys: ['Escape'], label: 'Esc', action: { command: 'close' }, description: 'Close the summary or this help' },
];

const BY_KEY = new Map<string, KeyAction>(KEY_BINDINGS.flatMap((b) => b.keys.map((k) => [k, b.action] as const)));

/** The action for a key press, or null for keys the trainer leaves alone (and any with Ctrl, Alt or Meta). */
export function actionForKey(event: { readonly key: string; readonly shiftKey: boolean; readonly ctrlKey: boolean; readonly altKey: boolean; readonly metaKey: boolean }): KeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.shiftKey) {
    const shifted = BY_KEY.get(`Shift+${key}`);
    if (shifted !== undefined) return shifted;
  }
  return BY_KEY.get(key) ?? null;
}
