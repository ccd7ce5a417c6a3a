/** A scenario as JSON with object keys sorted at every level, so equal scenarios hash equally. */
import type { Scenario } from '../scenario.js';

/** Stable JSON of a normalized scenario (keys sorted, arrays in order, no whitespace). */
export function canonicalScenarioJson(scenario: Scenario): string {
  return canonicalJson(scenario);
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error(`invalid scenario value: ${String(value)}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${entries.join(',')}}`;
}
