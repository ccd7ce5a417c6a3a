/**
 * Text from a scenario file that ends up on someone's screen: names of classes, skills and people,
 * and keys echoed back in error messages. Pure (no DOM, no Node), shared by the validation, the CLI,
 * the report and the web app, so the rules are written once.
 *
 * - Control characters (C0, DEL, C1: escape sequences that retitle a terminal or clear it) and the
 *   bidirectional embedding, override and isolate controls (which reverse the text after them) are
 *   refused in names, and escaped wherever input is echoed.
 * - Names written in right-to-left scripts are fine; where they are shown next to other text they are
 *   isolated (Unicode FSI ... PDI), so they cannot reorder the words and numbers around them.
 * - `__proto__` cannot be a name: as a key of a plain object it sets the prototype instead of adding
 *   an entry, so some library on the way (the schema validator's records) silently drops it.
 */

/** C0 controls, DEL and C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** Bidirectional formatting controls: embeddings and overrides (LRE..RLO), isolates (LRI..PDI). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/** Everything escaped when input is echoed: controls, bidi controls and the invisible marks LRM, RLM, ALM. */
const ECHO_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Names that cannot be used, whatever the context. */
export const RESERVED_NAMES: readonly string[] = ['__proto__'];

/** First-strong isolate and pop directional isolate. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** The problem with a name, as a rule ("must not ..."), or null when it can be used. */
export function nameProblem(name: string): string | null {
  if (RESERVED_NAMES.includes(name)) return `must not be ${quoteText(name)} (reserved: it cannot be a key of a mapping)`;
  const control = CONTROL.exec(name);
  if (control !== null) return `must not contain control characters (found ${codePoint(control[0])})`;
  const bidi = BIDI_CONTROL.exec(name);
  if (bidi !== null) return `must not contain bidirectional formatting characters (found ${codePoint(bidi[0])})`;
  return null;
}

/** U+001B. */
function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every control and bidirectional formatting character written as `\u{1b}`. */
export function escapeControls(text: string): string {
  return text.replace(ECHO_UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Text in double quotes for a message: JSON-style escapes, plus the characters JSON leaves raw (C1, bidi). */
export function quoteText(text: string): string {
  return escapeControls(JSON.stringify(text));
}

/** True when the text holds right-to-left letters or bidirectional marks, so its display may reorder. */
export function needsIsolation(text: string): boolean {
  return RIGHT_TO_LEFT.test(text) || /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(text);
}

/**
 * The text wrapped in FSI ... PDI when it holds right-to-left text (unchanged otherwise), so it keeps
 * its own direction without reordering what is around it.
 */
export function isolateBidi(text: string): string {
  return needsIsolation(text) ? `${FSI}${text}${PDI}` : text;
}
