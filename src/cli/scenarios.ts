/**
 * Scenario files as the CLI reads them: parsed and validated by the schema (every error of every
 * file collected before anything runs), then the command line's --seed and --replications applied,
 * and the scenario as run hashed (SHA-256 of its canonical JSON) for the outputs and resumes.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileSizeProblem } from '../sim/scenario-file/limits.js';
import { canonicalScenarioJson, formatScenarioError, parseScenario, validateScenarioFile } from '../sim/schema.js';
import type { Scenario } from '../sim/scenario.js';
import { InvalidScenarioError } from './exit.js';
import { sha256 } from './output-dir.js';

/** A file that parsed and validated. `file` is the validated raw file object (for sweeps). */
export interface LoadedScenario {
  /** The path as named on the command line. */
  readonly source: string;
  readonly scenario: Scenario;
  readonly file: unknown;
  /** Runnable but probably not meant (`file:line:col: path: message`). */
  readonly warnings: readonly string[];
}

/** Command-line overrides of the scenario's own `seed` and `replications`. */
export interface Overrides {
  readonly seed?: number | undefined;
  readonly replications?: number | undefined;
}

/**
 * Reads and validates every file; throws InvalidScenarioError listing every error of every file
 * (`file:line:col: path: message`), unreadable files included.
 */
export async function loadScenarios(paths: readonly string[]): Promise<LoadedScenario[]> {
  const loaded: LoadedScenario[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      // The size limit is checked before reading: a huge file must not exhaust memory first.
      const tooBig = fileSizeProblem((await stat(path)).size);
      if (tooBig !== null) {
        errors.push(`${path}: ${tooBig}`);
        continue;
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      errors.push(`${path}: cannot read: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
      continue;
    }
    const parsed = parseScenario(text, path);
    if (parsed.ok) {
      loaded.push({ source: path, scenario: parsed.scenario, file: parsed.file, warnings: parsed.warnings.map(formatScenarioError) });
    }
    else for (const e of parsed.errors) errors.push(formatScenarioError(e));
  }
  if (errors.length > 0) throw new InvalidScenarioError(errors);
  return loaded;
}

/**
 * Validates a raw file object built in memory (a sweep point); throws InvalidScenarioError with
 * each error prefixed by `context` (which point it was).
 */
export function validateObject(value: unknown, source: string, context: string): Scenario {
  const result = validateScenarioFile(value, source);
  if (result.ok) return result.scenario;
  throw new InvalidScenarioError(result.errors.map((e) => `${formatScenarioError(e)} (${context})`));
}

/** The scenario with the command line's seed and replications, where given. */
export function applyOverrides(scenario: Scenario, overrides: Overrides): Scenario {
  return {
    ...scenario,
    seed: overrides.seed ?? scenario.seed,
    replications: overrides.replications ?? scenario.replications,
  };
}

/**
 * What a unit stores and reports of its scenario: `json`, the scenario as run in its own key order
 * (units/<id>/scenario.json; parsing it gives back an identical object, so a merge summarizes
 * exactly what the unsharded run did), and `hash`, the SHA-256 of its canonical JSON (keys sorted),
 * the contract's `scenarioHash`.
 */
export function fingerprint(scenario: Scenario): { json: string; hash: string } {
  return { json: `${JSON.stringify(scenario)}\n`, hash: sha256(canonicalScenarioJson(scenario)) };
}
