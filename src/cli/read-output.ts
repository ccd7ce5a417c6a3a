/** Reading a finished output directory back: its manifest, units (scenario and results) and plan. */
import type { ReplicationResult } from '../sim/result.js';
import type { Scenario } from '../sim/scenario.js';
import type { BatchUnit } from './batch.js';
import type { BatchPlan } from './finish.js';
import { readManifest, readUnitResults, readUnitScenario, type Manifest } from './output-dir.js';
import { fingerprint } from './scenarios.js';

export interface StoredBatch {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly plan: BatchPlan;
  /** Per unit, the results stored (a shard's slice, or all), in replication order. */
  readonly results: readonly (readonly ReplicationResult[])[];
}

/** Thrown when a directory is not a finished output; the message says why. */
export class NotAnOutputError extends Error {}

export async function readBatch(dir: string): Promise<StoredBatch> {
  const manifest = await readManifest(dir);
  if (manifest === null) {
    throw new NotAnOutputError(`${dir}: no manifest.json (not a finished output of run, compare, sweep or a shard)`);
  }
  const units: BatchUnit[] = [];
  const results: ReplicationResult[][] = [];
  for (const m of manifest.units) {
    const json = await readUnitScenario(dir, m.id);
    const scenario = JSON.parse(json) as Scenario;
    const { hash } = fingerprint(scenario);
    if (hash !== m.scenarioHash) throw new Error(`${dir}: units/${m.id}/scenario.json does not match its hash in manifest.json`);
    units.push({ id: m.id, label: m.label, source: m.source, scenario, scenarioJson: json, hash, values: m.values });
    const stored = await readUnitResults(dir, m.id);
    for (let i = 1; i < stored.length; i++) {
      if (stored[i]!.replication <= stored[i - 1]!.replication) throw new Error(`${dir}: units/${m.id}/results.jsonl is out of order`);
    }
    results.push(stored);
  }
  return { dir, manifest, plan: { command: manifest.command, paths: manifest.paths, units }, results };
}
