import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import type { ReplicationResult } from '../../../src/sim/result.js';
import { summarizeComparison, summarizeRun } from '../../../src/analysis/run-summary.js';
import { importScenario } from '../../../src/ui/io/scenario-io.js';
import { STORAGE_KEY, loadSaved, type KeyValueStorage } from '../../../src/ui/state/persistence.js';
import { setIn } from '../../../src/sim/scenario-file/path.js';
import { STORAGE_FULL_TEXT, Store, type Draft, type Runner } from '../../../src/ui/state/store.js';
import { abortError, type PoolRun } from '../../../src/ui/worker/pool.js';

function smallOffice(): Draft {
  const result = importScenario(readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8'), 'default.yaml');
  if (result.kind !== 'valid') throw new Error('default.yaml must be valid');
  return { ...result.draft, replications: 4, calendar: { ...result.draft.calendar, days: 2 } };
}

/** Runs replications in this thread, one per macrotask, as JSON round trips like the worker's. */
class InProcessRunner implements Runner {
  runs = 0;
  async run(request: PoolRun): Promise<ReplicationResult[]> {
    this.runs++;
    const results: ReplicationResult[] = [];
    for (const [i, replication] of request.replications.entries()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (request.signal?.aborted) throw abortError();
      const result = JSON.parse(JSON.stringify(runReplication(request.scenario, replication))) as ReplicationResult;
      results.push(result);
      request.onResult?.(result, i + 1, request.replications.length);
    }
    return results;
  }
}

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

function directResults(store: Store): ReplicationResult[] {
  const scenario = store.state.validation.scenario!;
  return Array.from({ length: scenario.replications }, (_, r) => JSON.parse(JSON.stringify(runReplication(scenario, r))) as ReplicationResult);
}

describe('the state store', () => {
  it('validates the draft it starts with', () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    expect(store.state.validation.ok).toBe(true);
    expect(store.state.validation.scenario?.name).toBe('Main street branch');
    expect(store.state.run).toBeNull();
  });

  it('applies an edit, revalidates with the schema messages, and saves the draft', () => {
    const storage = new MemoryStorage();
    const store = new Store(smallOffice(), 'office.yaml', { runner: new InProcessRunner(), storage });
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.revision));
    store.edit(['staff', 1, 'wagePerHour'], -5);
    expect(seen).toEqual([1]);
    expect(store.state.validation.ok).toBe(false);
    expect(store.state.validation.errors.map((e) => e.path)).toContain('staff[1].wagePerHour');
    expect(store.state.validation.errors[0]!.file).toBe('office.yaml');
    const saved = loadSaved(storage);
    expect(saved?.fileName).toBe('office.yaml');
    expect((saved?.file as Draft).staff[1]!.wagePerHour).toBe(-5);
    expect(storage.map.has(STORAGE_KEY)).toBe(true);
  });

  it('runs every replication and summarizes them exactly as the CLI does', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    await store.run();
    const run = store.state.run!;
    expect(run.status).toBe('done');
    expect(run.results.map((r) => r.replication)).toEqual([0, 1, 2, 3]);
    expect(run.summary).toEqual(summarizeRun(store.state.validation.scenario!, directResults(store)));
    expect(run.elapsedMs).not.toBeNull();
    expect(run.firstResultMs).not.toBeNull();
  });

  it('shows results as they come, before the run ends', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner(), summaryIntervalMs: 0 });
    const progress: [number, boolean][] = [];
    store.subscribe((s) => s.run !== null && progress.push([s.run.results.length, s.run.summary !== null]));
    await store.run();
    expect(progress[0]).toEqual([0, false]);
    expect(progress).toContainEqual([1, true]);
    expect(progress.at(-1)).toEqual([4, true]);
  });

  it('keeps the finished replications when cancelled', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    store.subscribe((s) => s.run?.results.length === 2 && s.run.status === 'running' && store.cancel());
    await store.run();
    const run = store.state.run!;
    expect(run.status).toBe('cancelled');
    expect(run.results.map((r) => r.replication)).toEqual([0, 1]);
    expect(run.summary?.replications).toBe(2);
  });

  it('lets a new run replace one in progress, dropping the old one’s results', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    const first = store.run();
    const second = store.run();
    await Promise.all([first, second]);
    expect(store.state.run!.id).toBe(2);
    expect(store.state.run!.status).toBe('done');
  });

  it('does not run an invalid draft', async () => {
    const runner = new InProcessRunner();
    const store = new Store(setIn(smallOffice(), ['calendar', 'open'], '25:00'), 'default.yaml', { runner });
    await store.run();
    expect(runner.runs).toBe(0);
    expect(store.state.run).toBeNull();
  });

  it('marks the results stale after an edit', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    await store.run();
    expect(store.stale).toBe(false);
    store.edit(['policy', 'frontMinimum'], 2);
    expect(store.stale).toBe(true);
    store.edit(['policy', 'frontMinimum'], 1); // back to what was run
    expect(store.stale).toBe(false);
  });

  it('compares a run with the kept baseline by paired differences on the same seed', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    await store.run();
    store.keepBaseline();
    const baselineScenario = store.state.validation.scenario!;
    const baselineResults = directResults(store);
    store.edit(['staff', 1, 'skills', 'fulfilment'], 0.7);
    await store.run();
    const comparison = store.state.comparison;
    expect(comparison?.ok).toBe(true);
    if (!comparison?.ok) return;
    const expected = summarizeComparison([
      { scenario: { ...baselineScenario, name: 'Baseline' }, results: baselineResults },
      { scenario: { ...store.state.validation.scenario!, name: 'Current' }, results: directResults(store) },
    ]);
    expect(comparison.summary).toEqual(expected);
    expect(comparison.summary.variants).toEqual(['Baseline', 'Current']);
  });

  it('explains why runs on different seeds cannot be compared', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    await store.run();
    store.keepBaseline();
    store.edit(['seed'], 7);
    await store.run();
    expect(store.state.comparison).toEqual({ ok: false, reason: expect.stringContaining('seed 42'), settingsDiffer: true });
  });

  it('re-runs the baseline with new settings (replications, days) and then compares them', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    await store.run();
    store.keepBaseline();
    const baselineDraft = store.state.draft;
    store.edit(['replications'], 5);
    store.edit(['calendar', 'days'], 3);
    store.edit(['staff', 1, 'skills', 'fulfilment'], 0.7);
    await store.run();
    const refused = store.state.comparison;
    expect(refused).toMatchObject({ ok: false, settingsDiffer: true });
    expect(refused?.ok === false && refused.reason).toBe(
      'The baseline ran with 4 replications, 2 days; this run with 5 replications, 3 days. Paired differences need both runs on the same settings.',
    );
    await store.rerunBaseline();
    expect(store.state.baselineRerunning).toBe(false);
    // The baseline keeps its office (no cross-training) and takes the run's settings.
    expect(store.state.baseline!.draft).toEqual({ ...baselineDraft, replications: 5, calendar: { ...baselineDraft.calendar, days: 3, warmupMinutes: 0 } });
    const comparison = store.state.comparison;
    expect(comparison?.ok).toBe(true);
    if (!comparison?.ok) return;
    const rerun = store.state.baseline!.scenario;
    const expected = summarizeComparison([
      { scenario: { ...rerun, name: 'Baseline' }, results: Array.from({ length: 5 }, (_, r) => JSON.parse(JSON.stringify(runReplication(rerun, r))) as ReplicationResult) },
      { scenario: { ...store.state.validation.scenario!, name: 'Current' }, results: directResults(store) },
    ]);
    expect(comparison.summary).toEqual(expected);
  });

  it('shows no results under an office loaded invalid: the previous office’s run is dropped', async () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    await store.run();
    expect(store.state.run?.status).toBe('done');
    store.load({ ...smallOffice(), name: 'Imported', replications: 0 }, 'imported.yaml', { kind: 'error', text: 'invalid' });
    expect(store.state.validation.ok).toBe(false);
    expect(store.state.run).toBeNull();
    store.undoLoad();
    await store.run();
    expect(store.state.run?.status).toBe('done');
  });

  it('undoes a load, and restores the baseline scenario into the editor', async () => {
    const office = smallOffice();
    const store = new Store(office, 'default.yaml', { runner: new InProcessRunner() });
    await store.run();
    store.keepBaseline();
    store.edit(['policy', 'switchMinutes'], 9);
    store.restoreBaseline();
    expect(store.state.draft).toEqual(office);
    store.undoLoad();
    expect(store.state.draft.policy?.switchMinutes).toBe(9);
    store.load({ staff: [] }, 'blank.yaml', { kind: 'info', text: 'blank', undoable: true });
    expect(store.state.notice?.undoable).toBe(true);
    store.undoLoad();
    expect(store.state.fileName).toBe('default.yaml');
  });

  it('opens a shared office without saving it over the saved one until it is edited or kept', () => {
    const storage = new MemoryStorage();
    const mine = smallOffice();
    const store = new Store(mine, 'mine.yaml', { runner: new InProcessRunner(), storage });
    store.edit(['name'], 'My branch');
    const savedBefore = storage.map.get(STORAGE_KEY);
    store.load({ ...mine, name: 'Shared branch' }, 'shared.yaml', { kind: 'success', text: 'Opened', undoable: true }, { save: false });
    expect(store.state.saved).toBe('pending');
    expect(storage.map.get(STORAGE_KEY)).toBe(savedBefore);
    store.undoLoad();
    expect(store.state.draft.name).toBe('My branch');
    expect(store.state.saved).toBe('saved');
    expect(storage.map.get(STORAGE_KEY)).toBe(savedBefore);

    store.load({ ...mine, name: 'Shared branch' }, 'shared.yaml', undefined, { save: false });
    store.keepLoaded();
    expect(store.state.saved).toBe('saved');
    expect((loadSaved(storage)?.file as Draft).name).toBe('Shared branch');

    store.load({ ...mine, name: 'Another link' }, 'shared.yaml', undefined, { save: false });
    store.edit(['policy', 'switchMinutes'], 3); // the user's own change saves it
    expect(store.state.saved).toBe('saved');
    expect((loadSaved(storage)?.file as Draft).name).toBe('Another link');
  });

  it('says so when the browser’s storage is full, keeps the office in the page and the saved one as it was', () => {
    const storage = new MemoryStorage();
    const limited: KeyValueStorage = {
      getItem: (k) => storage.getItem(k),
      removeItem: (k) => storage.removeItem(k),
      setItem: (k, v) => {
        if (v.length > 20_000) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        storage.setItem(k, v);
      },
    };
    const store = new Store(smallOffice(), 'small.yaml', { runner: new InProcessRunner(), storage: limited });
    store.edit(['name'], 'Small');
    const big = { ...smallOffice(), name: 'Big', customers: smallOffice().customers!.map((c) => ({ ...c, service: { dist: 'empirical' as const, values: Array.from({ length: 5000 }, (_, i) => 1 + i / 5000) } })) };
    store.load(big, 'big.yaml', { kind: 'success', text: 'Opened big.yaml.', undoable: true });
    expect(store.state.saved).toBe('full');
    expect(store.state.draft.name).toBe('Big');
    expect(store.state.notice).toMatchObject({ kind: 'error', text: `Opened big.yaml. ${STORAGE_FULL_TEXT}`, undoable: true });
    expect((loadSaved(storage)?.file as Draft).name).toBe('Small');
    const id = store.state.notice!.id;
    store.edit(['policy', 'switchMinutes'], 3); // still full: said once, not at every edit
    expect(store.state.notice!.id).toBe(id);
    store.undoLoad();
    expect(store.state.saved).toBe('saved');
    expect((loadSaved(storage)?.file as Draft).name).toBe('Small');
  });

  it('asks before a long run nobody asked for, and runs short ones at once', async () => {
    const runner = new InProcessRunner();
    const store = new Store(smallOffice(), 'default.yaml', { runner, workers: 2 });
    await store.runOrAsk();
    expect(runner.runs).toBe(1);
    expect(store.state.prompt).toBeNull();
    store.edit(['replications'], 100_000);
    store.edit(['calendar', 'days'], 250);
    await store.runOrAsk();
    expect(runner.runs).toBe(1);
    expect(store.state.prompt?.estimate.seconds).toBeGreaterThan(60);
    expect(store.state.prompt?.text).toMatch(/^Simulating this office would take about [\d.]+ (minutes|hours) on this computer \(100,000 replications of 250 days, 6 people, about \d+ customers and tasks a day\), so it was not started\.$/);
    store.dismissPrompt();
    expect(store.state.prompt).toBeNull();
  });

  it('takes a validation computed off the page with the draft it belongs to', () => {
    const store = new Store(smallOffice(), 'default.yaml', { runner: new InProcessRunner() });
    const other = { ...smallOffice(), name: 'Other' };
    const validation = { ok: false, scenario: null, errors: [{ file: 'x.yaml', line: 3, column: 1, path: 'name', message: 'from the worker' }], warnings: [] };
    store.load(other, 'x.yaml', undefined, { validation });
    expect(store.state.validation).toBe(validation);
  });
});
