/**
 * The draft being edited and its validation by the scenario schema: the same function the CLI's
 * `validate` uses, so the editor shows the CLI's messages at the same paths.
 */
import type { Scenario } from '../../sim/scenario.js';
import { validateScenarioFile, type ScenarioError, type ScenarioFileInput } from '../../sim/schema.js';

/** The scenario as edited: the file format, defaults optional; may break the schema mid-edit. */
export type Draft = ScenarioFileInput;

export interface Validation {
  readonly ok: boolean;
  /** The runnable scenario when `ok`. */
  readonly scenario: Scenario | null;
  readonly errors: readonly ScenarioError[];
  /** Runnable but probably not meant; shown, never blocking. */
  readonly warnings: readonly ScenarioError[];
}

export function validateDraft(draft: Draft, fileName: string): Validation {
  const result = validateScenarioFile(draft, fileName);
  return result.ok
    ? { ok: true, scenario: result.scenario, errors: [], warnings: result.warnings }
    : { ok: false, scenario: null, errors: result.errors, warnings: [] };
}
