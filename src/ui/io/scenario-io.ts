/**
 * Scenario files in and out of the page: reading an imported or dropped YAML/JSON file with the
 * same parser and messages as the CLI, and writing the draft back as YAML or JSON.
 */
import { Document, isMap, isSeq, isScalar, parse, visit } from 'yaml';
import { formatScenarioError, parseScenario, type ScenarioError } from '../../sim/schema.js';
import type { Draft } from '../state/validation.js';

export type ImportResult =
  /** A valid file; `draft` is its content with defaults filled in. */
  | { readonly kind: 'valid'; readonly draft: Draft }
  /** YAML that the schema rejects: loaded so the errors can be fixed in the editor. */
  | { readonly kind: 'invalid'; readonly draft: Draft; readonly errors: readonly ScenarioError[] }
  /** Not YAML, or not a mapping at the top: nothing to load. */
  | { readonly kind: 'unreadable'; readonly errors: readonly ScenarioError[] };

/** Reads scenario text (YAML or JSON; JSON is YAML 1.2). `fileName` names it in error messages. */
export function importScenario(text: string, fileName: string): ImportResult {
  const result = parseScenario(text, fileName);
  if (result.ok) return { kind: 'valid', draft: result.file as Draft };
  let value: unknown;
  try {
    value = parse(text, { merge: true });
  } catch {
    return { kind: 'unreadable', errors: result.errors };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      kind: 'unreadable',
      errors: result.errors.length > 0 ? result.errors : [{ file: fileName, line: null, column: null, path: '', message: 'not a scenario: the file must be a mapping of keys such as staff and customers' }],
    };
  }
  return { kind: 'invalid', draft: value as Draft, errors: result.errors };
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

/** The draft as a YAML file, readable by people and by the CLI. */
export function toYaml(draft: Draft): string {
  const doc = new Document(draft);
  visit(doc, {
    Map(_, node) {
      if (isFlowable(node)) node.flow = true;
    },
    Seq(_, node) {
      if (isFlowable(node)) node.flow = true;
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
