/** Building the units of a batch: ids, labels and fingerprints. */
import type { SweepValue } from '../analysis/sweep.js';
import type { Scenario } from '../sim/scenario.js';
import type { BatchUnit } from './batch.js';
import { fingerprint } from './scenarios.js';

/** A directory-safe slug: lowercase letters, digits, dots and dashes, at most 40 characters. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40)
    .replace(/[-.]+$/g, '');
  return s === '' ? 'unit' : s;
}

/** Unit `index` (0-based): its id is `<index + 1>-<slug of label>`, unique by the number. */
export function makeUnit(
  index: number,
  label: string,
  source: string,
  scenario: Scenario,
  values: Readonly<Record<string, SweepValue>> | null = null,
): BatchUnit {
  const { json, hash } = fingerprint(scenario);
  return { id: `${index + 1}-${slug(label)}`, label, source, scenario, scenarioJson: json, hash, values };
}
