/**
 * Scenario files in, validated Scenarios out: the edge where bad input is stopped with clear errors.
 *
 * `parseScenario` reads YAML or JSON text (JSON is YAML 1.2), checks it against the version 1 format of
 * scenario-format.md and the rules that relate its values, and returns either the normalized Scenario or
 * every error found, each with its file, line, column and path (`staff[2].skills.fulfilment`).
 * Pure: no Node built-ins; callers read files.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { z } from 'zod';
import type { Scenario } from './scenario.js';
import { checkRelations } from './scenario-file/checks.js';
import { formatPath, type Finding } from './scenario-file/finding.js';
import { scenarioFileSchema, type ScenarioFile } from './scenario-file/file-schema.js';
import { findingsFromIssues } from './scenario-file/issues.js';
import { normalizeScenario } from './scenario-file/normalize.js';
import { positionOf, type SourcePosition } from './scenario-file/positions.js';
import { fileSizeProblem, LIMITS, utf8Length } from './scenario-file/limits.js';

export { canonicalScenarioJson } from './scenario-file/canonical.js';
export { normalizeScenario } from './scenario-file/normalize.js';
export { LIMITS } from './scenario-file/limits.js';
export { scenarioFileSchema } from './scenario-file/file-schema.js';
export type { ScenarioFile, ScenarioFileInput } from './scenario-file/file-schema.js';

export interface ScenarioError {
  readonly file: string;
  /** 1-based; null when the input had no text (validateScenarioFile) or the place is unknown. */
  readonly line: number | null;
  /** 1-based. */
  readonly column: number | null;
  /** Where in the scenario, e.g. `staff[2].skills.fulfilment`; empty for the file as a whole. */
  readonly path: string;
  /** What is wrong and what is allowed, e.g. `proficiency must be in (0, 1], got 1.5`. */
  readonly message: string;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** The file's content with defaults filled in. */
      readonly file: ScenarioFile;
      /**
       * Runnable but probably not meant (a skill no class needs, a late penalty without a due time);
       * worth showing, never fatal.
       */
      readonly warnings: ScenarioError[];
    }
  | { readonly ok: false; readonly errors: ScenarioError[] };

/** Parses and validates YAML or JSON scenario text; `file` names it in errors and is the default name. */
export function parseScenario(text: string, file: string): ParseResult {
  const tooBig = fileSizeProblem(utf8Length(text));
  if (tooBig !== null) return { ok: false, errors: [{ file, line: null, column: null, path: '', message: tooBig }] };
  const lines = new LineCounter();
  // Unique keys are checked below in linear time: yaml's own check compares each key with every
  // earlier one, which took seconds on a file with 20,000 keys.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, merge: true, uniqueKeys: false });
  if (doc.errors.length > 0) return { ok: false, errors: sortErrors(doc.errors.map((e) => yamlError(e, file, lines))) };
  const keys = checkKeys(doc);
  if (keys.count > LIMITS.fileKeys) {
    return {
      ok: false,
      errors: [{ file, line: null, column: null, path: '', message: `the file has ${keys.count} keys; scenario files may have at most ${LIMITS.fileKeys}` }],
    };
  }
  if (keys.duplicates.length > 0) {
    return {
      ok: false,
      errors: sortErrors(
        keys.duplicates.map((offset) => {
          const { line, col } = lines.linePos(offset);
          return { file, line, column: col, path: '', message: 'invalid YAML: Map keys must be unique' };
        }),
      ),
    };
  }
  if (doc.contents === null) {
    return {
      ok: false,
      errors: [{ file, line: null, column: null, path: '', message: 'the file is empty; a scenario needs at least staff and customers or tasks' }],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    return { ok: false, errors: [{ file, line: null, column: null, path: '', message: `invalid YAML: ${(error as Error).message}` }] };
  }
  return validate(value, file, (finding) => positionOf(finding, doc, lines));
}

/** Validates a scenario object (e.g. built by a form); errors carry paths but no line numbers. */
export function validateScenarioFile(value: unknown, file: string): ParseResult {
  return validate(value, file, () => null);
}

/** `file:line:col: path: message`, leaving out what is unknown. */
export function formatScenarioError(e: ScenarioError): string {
  const location = [e.file, e.line, e.column].filter((part) => part !== null && part !== '').join(':');
  return `${location === '' ? '' : `${location}: `}${e.path === '' ? '' : `${e.path}: `}${e.message}`;
}

let jsonSchema: object | undefined;

/** JSON Schema (draft-07) of the file format, with descriptions for editor help; scenarios/schema.json. */
export function scenarioJsonSchema(): object {
  jsonSchema ??= z.toJSONSchema(scenarioFileSchema, { target: 'draft-7', io: 'input' });
  return structuredClone(jsonSchema);
}

function validate(value: unknown, file: string, locate: (finding: Finding) => SourcePosition | null): ParseResult {
  const parsed = scenarioFileSchema.safeParse(value);
  const relations = checkRelations(value);
  const findings = unique([...(parsed.success ? [] : findingsFromIssues(parsed.error.issues, value, scenarioFileSchema)), ...relations.errors]);
  const toError = (finding: Finding): ScenarioError => {
    const position = locate(finding);
    return { file, line: position?.line ?? null, column: position?.column ?? null, path: formatPath(finding.path), message: finding.message };
  };
  if (findings.length > 0 || !parsed.success) return { ok: false, errors: sortErrors(findings.map(toError)) };
  return {
    ok: true,
    scenario: normalizeScenario(parsed.data, baseName(file)),
    file: parsed.data,
    warnings: sortErrors(unique(relations.warnings).map(toError)),
  };
}

/**
 * Counts the keys of every mapping and finds keys given twice in one mapping (their offsets), in one
 * pass with a set per mapping. Keys are compared as the object key they become (`1` and "1" collide).
 */
function checkKeys(doc: Document): { count: number; duplicates: number[] } {
  let count = 0;
  const duplicates: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        count++;
        if (!isScalar(pair.key)) continue;
        const key = pair.key.source === '<<' || pair.key.value === '<<' ? null : String(pair.key.value);
        if (key === null || typeof pair.key.value === 'symbol') continue;
        if (seen.has(key)) duplicates.push(pair.key.range?.[0] ?? 0);
        seen.add(key);
      }
    },
  });
  return { count, duplicates };
}

function yamlError(e: YAMLError, file: string, lines: LineCounter): ScenarioError {
  const { line, col } = lines.linePos(e.pos[0]);
  const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { file, line, column: col, path: '', message: `invalid YAML: ${message}` };
}

function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${formatPath(f.path)}\n${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** By line and column; errors without a place last; otherwise in the order found (the sort is stable). */
function sortErrors(errors: ScenarioError[]): ScenarioError[] {
  const rank = (n: number | null): number => n ?? Number.MAX_SAFE_INTEGER;
  return errors.sort((a, b) => rank(a.line) - rank(b.line) || rank(a.column) - rank(b.column));
}

/** The file's name without folders and extension: the scenario's name when the file gives none. */
function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop()!.replace(/\.(ya?ml|json)$/i, '');
  return name === '' ? 'scenario' : name;
}
