/**
 * Test offices for the trainer: a busy 30-person branch without and with cross-training
 * (fixtures/busy-*.yaml), used for the replay's unit tests and the browser's frame-time measurement.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../../../src/sim/schema.js';
import type { Scenario } from '../../../src/sim/scenario.js';

/** The fixture file's path. */
export function busyOfficeFile(variant: 'without' | 'with'): string {
  return fileURLToPath(new URL(`./fixtures/busy-${variant}.yaml`, import.meta.url));
}

export function busyOffice(variant: 'without' | 'with'): Scenario {
  const file = busyOfficeFile(variant);
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.scenario;
}
