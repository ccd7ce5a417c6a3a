/**
 * Scenario files in and out of the page: reading an imported or dropped YAML/JSON file with the
 * same parser and messages as the CLI, and writing the draft back as YAML or JSON.
 *
 * What may open in the editor: a valid file, or one whose values are merely out of range or
 * inconsistent (it opens with its problems listed, to fix them at the field). What may not: text
 * over the size limit, text that is not YAML or not a mapping, and a file with values of the wrong
 * type (`customers: 5`, `staff: "abc"`, an empty list entry), which the editor cannot show; those
 * are refused with the CLI's messages and the office in the page stays. The page runs
 * `importScenario` in a worker (src/ui/worker/import-worker.ts), so a huge file never blocks it.
 */
import { Document, isMap, isSeq, isScalar, parse, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { formatScenarioError, parseScenario, scenarioFileSchema, type ScenarioError } from '../../sim/schema.js';
import { getIn, type PathSegment } from '../../sim/scenario-file/path.js';
import { fileSizeProblem, LIMITS, utf8Length } from '../../sim/scenario-file/limits.js';
import { validateDraft, type Draft, type Validation } from '../state/validation.js';

/** Why a file was not opened. */
export type RefusalReason = 'size' | 'syntax' | 'types';

export type ImportResult =
  /** A valid file; `draft` is its content with defaults filled in; `validation` is the store's validation of it. */
  | { readonly kind: 'valid'; readonly draft: Draft; readonly validation: Validation }
  /** A file the schema rejects for its values, not its shape: loaded so the errors can be fixed in the editor. */
  | { readonly kind: 'invalid'; readonly draft: Draft; readonly validation: Validation; readonly errors: readonly ScenarioError[] }
  /** Nothing to load: too large, not YAML, not a mapping, or values of the wrong type. */
  | { readonly kind: 'unreadable'; readonly reason: RefusalReason; readonly errors: readonly ScenarioError[] };

/** The refusal of a text over LIMITS.fileBytes (the CLI's limit and message), before anything is parsed. */
export function tooLarge(fileName: string, bytes: number): ImportResult {
  const message = fileSizeProblem(bytes) ?? `the file is too large (${bytes} bytes)`;
  return { kind: 'unreadable', reason: 'size', errors: [{ file: fileName, line: null, column: null, path: '', message }] };
}

type Issue = z.core.$ZodIssue;

/** Whether an issue says a value that is present has the wrong type (a missing key is not a wrong type). */
function hasWrongType(issues: readonly Issue[], base: readonly PathSegment[], input: unknown): boolean {
  for (const issue of issues) {
    const path = [...base, ...(issue.path as PathSegment[])];
    if (issue.code === 'invalid_type' && getIn(input, path) !== undefined) return true;
    if (issue.code === 'invalid_union' && issue.discriminator === undefined) {
      // A union (a rate or a profile; a bare number or a distribution): wrong when no branch has the value's type.
      const meant = issue.errors.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      if (meant === undefined ? getIn(input, path) !== undefined : hasWrongType(meant, path, input)) return true;
    }
  }
  return false;
}

/**
 * Whether `value` (a parsed file, or a saved draft) has the file format's shape: every value present
 * has its key's type. Out-of-range values and missing keys do not count: the editor shows and fixes
 * those; a number where a list belongs breaks it.
 */
export function hasScenarioShape(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const parsed = scenarioFileSchema.safeParse(value);
  return parsed.success || !hasWrongType(parsed.error.issues, [], value);
}

/** Reads scenario text (YAML or JSON; JSON is YAML 1.2). `fileName` names it in error messages. */
export function importScenario(text: string, fileName: string): ImportResult {
  if (text.length > LIMITS.fileBytes || utf8Length(text) > LIMITS.fileBytes) return tooLarge(fileName, utf8Length(text));
  const result = parseScenario(text, fileName);
  if (result.ok) return { kind: 'valid', draft: result.file as Draft, validation: validateDraft(result.file as Draft, fileName) };
  let value: unknown;
  try {
    value = parse(text, { merge: true });
  } catch {
    return { kind: 'unreadable', reason: 'syntax', errors: result.errors };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      kind: 'unreadable',
      reason: 'syntax',
      errors: result.errors.length > 0 ? result.errors : [{ file: fileName, line: null, column: null, path: '', message: 'not a scenario: the file must be a mapping of keys such as staff and customers' }],
    };
  }
  if (!hasScenarioShape(value)) return { kind: 'unreadable', reason: 'types', errors: result.errors };
  return { kind: 'invalid', draft: value as Draft, validation: validateDraft(value as Draft, fileName), errors: result.errors };
}

/** Error lines as the CLI prints them: `file:line:col: path: message`. */
export function errorLines(errors: readonly ScenarioError[]): string[] {
  return errors.map(formatScenarioError);
}

/** Short collections of plain values print on one line (`{ dist: exponential, mean: 6 }`), as people write them. */
function isFlowable(node: unknown): boolean {
  if (isMap(node)) return node.items.length <= 6 && node.items.every((pair) => isScalar(pair.value));
  if (isSeq(node)) return node.items.length <= 24 && node.items.every((item) => isScalar(item));
  return false;
}

/**
 * Text that a YAML 1.1 reader (PyYAML, many older tools) takes for something else when unquoted:
 * clock times ("17:00" is the sexagesimal number 1020 there) and the 1.1 booleans (yes, no, on, off).
 */
function misreadUnquoted(text: string): boolean {
  return /^\d{1,2}:\d{2}(:\d{2})?$/.test(text) || /^(y|n|yes|no|on|off|true|false)$/i.test(text);
}

/**
 * Brings `node` (a node of the source document) to `value`, keeping every node (and the comments
 * on it) whose place is unchanged: maps by key, lists by position. Returns the node to use.
 */
function updateNode(doc: Document, node: unknown, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && isMap(node)) {
    const entries = value as Record<string, unknown>;
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in entries)) node.delete(pair.key);
    }
    for (const [key, v] of Object.entries(entries)) {
      if (v === undefined) continue;
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
      if (pair === undefined) node.set(doc.createNode(key), doc.createNode(v));
      else pair.value = updateNode(doc, pair.value, v) as typeof pair.value;
    }
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    node.items = value.map((v, i) => updateNode(doc, node.items[i], v)) as typeof node.items;
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value; // the node keeps its comments
    return node;
  }
  return doc.createNode(value);
}

/**
 * The draft as a YAML file, readable by people and by the CLI. Given the text it was loaded from,
 * the file is that text brought up to date, so its comments and layout stay where their keys do;
 * else it is written afresh, short collections on one line. Clock times and yes/no words are
 * quoted, so YAML 1.1 tools read them as the text they are.
 */
export function toYaml(draft: Draft, source?: string): string {
  let doc: Document | null = null;
  if (source !== undefined) {
    const parsed = parseDocument(source);
    if (parsed.errors.length === 0 && isMap(parsed.contents)) {
      parsed.contents = updateNode(parsed, parsed.contents, draft) as typeof parsed.contents;
      doc = parsed;
    }
  }
  const fresh = doc === null;
  doc ??= new Document(draft);
  visit(doc, {
    Map(_, node) {
      if (fresh && isFlowable(node)) node.flow = true;
    },
    Seq(_, node) {
      if (fresh && isFlowable(node)) node.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && misreadUnquoted(node.value) && (node.type === undefined || node.type === 'PLAIN')) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 100, flowCollectionPadding: true });
}

/** The draft as a JSON file (two-space indent). */
export function toJson(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** Whether a file name looks like a scenario file the app can read. */
export function isScenarioFileName(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}
