/**
 * Will a batch fit in memory? Summaries need every replication's result at once, so a batch holds
 * them all before its outputs are written (streamed, so no single string limits it). A run that
 * cannot fit is refused before it starts (exit 2) rather than computing for an hour and failing at
 * the end; the estimate is checked again against the size of the first result computed.
 */
import { getHeapStatistics } from 'node:v8';
import type { Scenario } from '../sim/scenario.js';
import { UsageError } from './exit.js';

/** Heap bytes per character of a result's JSON, measured on parsed results (about 0.9), with a margin. */
const HEAP_PER_JSON_CHAR = 1.5;
/** Share of the heap limit results may take: summaries, charts and writing need the rest. */
const HEAP_SHARE = 0.7;

/**
 * Result JSON size of one replication, estimated from the scenario's shape: metrics per class, skill
 * and person, 15-minute series per class and skill, activity per person, wait histograms per class.
 */
export function estimateResultChars(s: Scenario): number {
  const skills = new Set<string>();
  for (const c of s.customers) skills.add(c.skill);
  for (const t of s.tasks) skills.add(t.skill);
  for (const p of s.staff) for (const k of Object.keys(p.skills)) skills.add(k);
  const people = s.staff.length;
  // Calibrated on the example offices (the estimate is within 40% of their real results, mostly above).
  const metrics = 30 + 5 * s.customers.length + 5 * s.tasks.length + 2 * skills.size + 2 * people;
  const buckets = s.calendar.continuous ? 96 : Math.ceil((s.calendar.close - s.calendar.open) / 15);
  const series = buckets * (2 * s.customers.length + 2 * skills.size + 2);
  return metrics * 34 + series * 11 + people * 160 + s.customers.length * 145 + s.calendar.days * 4 + 100;
}

/** The memory results may take, in bytes: OFFICE_SIM_MEMORY_MB when set, else a share of Node's heap limit. */
export function resultBudgetBytes(): number {
  const env = Number(process.env['OFFICE_SIM_MEMORY_MB']);
  if (Number.isFinite(env) && env > 0) return env * 1e6;
  return getHeapStatistics().heap_size_limit * HEAP_SHARE;
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.ceil(bytes / 1e6)} MB`;
}

/**
 * Throws UsageError (exit 2) when `count` results of about `charsEach` characters each cannot be held
 * in memory; `measured` says whether the size was measured on a real result or estimated.
 */
export function checkFits(count: number, charsEach: number, measured: boolean): void {
  const need = count * charsEach * HEAP_PER_JSON_CHAR;
  const budget = resultBudgetBytes();
  if (need <= budget) return;
  throw new UsageError(
    `this batch cannot fit in memory: ${count} replications of about ${Math.ceil(charsEach / 1000)} KB each ` +
      `(${measured ? 'measured on the first result' : 'estimated from the office'}) need about ${megabytes(need)}, ` +
      `and ${megabytes(budget)} is available. Run fewer replications, or give Node more memory ` +
      `(NODE_OPTIONS=--max-old-space-size=MB; OFFICE_SIM_MEMORY_MB sets the share results may take)`,
  );
}
