/**
 * Times one engine build on one scenario in a fresh process, for `bench/compare.ts`:
 *   node dist-bench/bench/engine-runner.js DIST FILE REPLICATIONS [DAYS]
 * DIST is a compiled tree (its `src/sim/...`), of this revision or another: the engine is loaded
 * from there, so two revisions run the same scenario file with the same driver. Prints one JSON
 * line: the best replication's milliseconds, customers and events (a warm-up run first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, file, replications, days] = process.argv.slice(2);
if (!dist || !file) throw new Error('usage: engine-runner DIST FILE REPLICATIONS [DAYS]');
// The engine's entry moved from src/sim/office.js to src/sim/office/index.js with the room split.
const entry = ['office/index.js', 'office.js'].map((p) => join(dist, 'src/sim', p)).find((p) => existsSync(p))!;
const { runReplication } = await import(pathToFileURL(entry).href);
const { parseScenario } = await import(pathToFileURL(join(dist, 'src/sim/schema.js')).href);
const parsed = parseScenario(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error(`${file} does not parse with ${dist}`);
let scenario = parsed.scenario;
if (days) scenario = { ...scenario, calendar: { ...scenario.calendar, days: Number(days) } };

runReplication(scenario, 99);
let best = { ms: Infinity, customers: 0, events: 0 };
for (let r = 0; r < Number(replications ?? 3); r++) {
  const t0 = performance.now();
  const result = runReplication(scenario, r);
  const ms = performance.now() - t0;
  if (ms < best.ms) best = { ms, customers: result.metrics['front.arrivals'] ?? 0, events: result.events };
}
console.log(JSON.stringify(best));
