/**
 * Reading a finished output directory back: its manifest (unit ids checked: they become paths), units
 * (scenario checked against its hash, results against their checksum) and plan.
 */
import type { ReplicationResult } from '../sim/result.js';
import type { Scenario } from '../sim/scenario.js';
import type { BatchUnit } from './batch.js';
import type { BatchPlan } from './finish.js';
import { InvalidManifestError, readManifest, readUnitResults, readUnitScenario, unitFiles, type Manifest } from './output-dir.js';
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
  let manifest: Manifest | null;
  try {
    manifest = await readManifest(dir);
  } catch (error) {
    if (error instanceof InvalidManifestError) throw new NotAnOutputError(error.message);
    throw error;
  }
  if (manifest === null) {
    throw new NotAnOutputError(`${dir}: no manifest.json (not a finished output of run, compare, sweep or a shard)`);
  }
  if (manifest.command === 'plan-training' || manifest.command === 'plan-staff') {
    const data = manifest.command === 'plan-training' ? 'plan.json' : 'staffing.json';
    throw new NotAnOutputError(`${dir}: an output of ${manifest.command} (its report is ${dir}/report.html, written with --report; its data ${data}), not of run, compare or sweep`);
  }
  const command = manifest.command;
  const units: BatchUnit[] = [];
  const results: ReplicationResult[][] = [];
  for (const m of manifest.units) {
    const json = await readUnitScenario(dir, m.id);
    const scenario = JSON.parse(json) as Scenario;
    const { hash } = fingerprint(scenario);
    if (hash !== m.scenarioHash) throw new Error(`${dir}: units/${m.id}/scenario.json does not match its hash in manifest.json`);
    units.push({ id: m.id, label: m.label, source: m.source, scenario, scenarioJson: json, hash, values: m.values });
    const { results: stored, sha256 } = await readUnitResults(dir, m.id);
    const file = unitFiles(m.id).results;
    // Outputs written before manifests listed checksums have none to check.
    if (manifest.files !== undefined && manifest.files[file] !== sha256) {
      throw new Error(`${dir}: ${file} does not match its checksum in manifest.json (edited or damaged)`);
    }
    for (let i = 1; i < stored.length; i++) {
      if (stored[i]!.replication <= stored[i - 1]!.replication) throw new Error(`${dir}: units/${m.id}/results.jsonl is out of order`);
    }
    results.push(stored);
  }
  return { dir, manifest, plan: { command, paths: manifest.paths, units }, results };
}
