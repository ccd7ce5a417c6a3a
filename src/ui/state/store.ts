/**
 * The page's state, in one place: the scenario being edited (a draft in the file format, valid or
 * not), its validation, the current run with its results as they arrive, the run kept as baseline,
 * and their comparison. Elements read it as properties passed down from the app shell and change it
 * only through the methods here (the shell calls them when events bubble up). Every change makes a
 * new state object, so Lit's property checks see it.
 *
 * A run is a task in the @lit/task sense: a new run aborts the one in progress, whose late results
 * are dropped; cancelling keeps the replications finished so far (their summary is shown, marked
 * partial). Replications run through a `Runner` (the Web Worker pool in the page, an in-process
 * runner in tests) and are summarized in index order, exactly as the CLI summarizes them.
 */
import type { Scenario } from '../../sim/scenario.js';
import type { ReplicationResult } from '../../sim/result.js';
import { summarizeComparison, summarizeRun, type CompareSummary, type RunSummary } from '../../analysis/run-summary.js';
import { isAbortError, replicationIndices, type PoolRun } from '../worker/pool.js';
import { save, type KeyValueStorage, type SaveOutcome } from './persistence.js';
import { estimateRun, formatDuration, needsConfirmation, type RunEstimate } from './run-estimate.js';
import { setIn, type Path } from '../../sim/scenario-file/path.js';
import { deepEqual } from './deep-equal.js';
import { validateDraft, type Draft, type Validation } from './validation.js';
import { settingsMismatch, withSettings } from '../compare/run-settings.js';

export type { Draft, Validation };
export { validateDraft };

/** Runs replications: the worker pool in the page; anything with the same contract in tests. */
export interface Runner {
  run(request: PoolRun): Promise<ReplicationResult[]>;
}

export type RunStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface RunRecord {
  readonly id: number;
  /** The draft revision this run simulated; a later edit makes the run stale. */
  readonly revision: number;
  readonly draft: Draft;
  readonly scenario: Scenario;
  /** Replications asked for. */
  readonly total: number;
  /** Finished replications in index order (all of them once done). */
  readonly results: readonly ReplicationResult[];
  /** Summary of `results`; null until the first replication finishes. */
  readonly summary: RunSummary | null;
  readonly status: RunStatus;
  readonly error: string | null;
  /** Milliseconds from the start to the first result and to the end (the page's clock). */
  readonly firstResultMs: number | null;
  readonly elapsedMs: number | null;
}

export type Comparison =
  | { readonly ok: true; readonly summary: CompareSummary }
  | { readonly ok: false; readonly reason: string; /** The runs differ only in their settings: re-running the baseline fixes it. */ readonly settingsDiffer?: boolean };

export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'success' | 'error';
  readonly text: string;
  /** Lines under the text (e.g. the errors of an imported file). */
  readonly details?: readonly string[];
  /** A link to show (and copy) with the text: the share link. */
  readonly link?: string;
  /** Offers to undo the load that replaced the draft. */
  readonly undoable?: boolean;
}

/**
 * Whether the office in the editor is the one kept in this browser. `saved`: it is. `pending`: it
 * came from a share link and is not saved yet; the office saved before stays saved until this one is
 * edited or kept. `full`: the browser's storage is full, so it stays in this page only and a reload
 * brings back the office saved before. `off`: this browser keeps nothing (storage blocked or absent).
 */
export type SaveState = 'saved' | 'pending' | 'full' | 'off';

/** A run that was not started because it would take long: the page asks first. */
export interface RunPrompt {
  readonly estimate: RunEstimate;
  /** The question, with the estimate and what it comes from. */
  readonly text: string;
}

export interface AppState {
  readonly draft: Draft;
  /** Names the scenario in errors and downloads (`default.yaml`, an imported file's name). */
  readonly fileName: string;
  /** Increases on every change of the draft. */
  readonly revision: number;
  readonly validation: Validation;
  readonly run: RunRecord | null;
  readonly baseline: RunRecord | null;
  /** Baseline against the current run, once both are complete. */
  readonly comparison: Comparison | null;
  /** True while the baseline's office is re-run with the current run's settings. */
  readonly baselineRerunning: boolean;
  readonly notice: Notice | null;
  readonly saved: SaveState;
  /** A long run waiting for the user to start it (after a link or a file opened); null: none. */
  readonly prompt: RunPrompt | null;
}

/** How a draft replaces the one in the editor. */
export interface LoadOptions {
  /** Save it in the browser now (default). False for a share link: saved once edited or kept. */
  readonly save?: boolean;
  /** Its validation when already computed off the page (by the import worker). */
  readonly validation?: Validation;
}

/** What the page says when the browser's storage is full. */
export const STORAGE_FULL_TEXT =
  'This office is too large to keep in this browser (its storage is full): it stays open in this page, but a reload brings back the office saved before. Export it to keep it.';

/** Variant names in comparisons. */
export const BASELINE_LABEL = 'Baseline';
export const CURRENT_LABEL = 'Current';

export interface StoreOptions {
  readonly runner: Runner;
  /** Where the draft is kept across reloads; null: not kept. */
  readonly storage?: KeyValueStorage | null;
  /** The page's clock in milliseconds. Default: performance.now. */
  readonly now?: () => number;
  /** Shortest time between two progressive summaries during a run. Default 250 ms. */
  readonly summaryIntervalMs?: number;
  /** Threads the runner uses, for the run-time estimate. Default 1. */
  readonly workers?: number;
}

/**
 * Whether the run shown simulated another scenario than the draft: an edit made it stale, and
 * undoing the edit (the same scenario again) makes it current again.
 */
export function isStale(state: AppState): boolean {
  const run = state.run;
  return run !== null && run.revision !== state.revision && !deepEqual(run.draft, state.draft);
}

type Listener = (state: AppState) => void;

export class Store {
  private current: AppState;
  private readonly listeners = new Set<Listener>();
  private readonly runner: Runner;
  private readonly storage: KeyValueStorage | null;
  private readonly now: () => number;
  private readonly summaryIntervalMs: number;
  private controller: AbortController | null = null;
  private readonly workers: number;
  /** The draft a load replaced, so the load can be undone; `saved` is what was saved then. */
  private beforeLoad: { draft: Draft; fileName: string; saved: SaveState } | null = null;
  private runIds = 0;
  private noticeIds = 0;

  constructor(draft: Draft, fileName: string, options: StoreOptions) {
    this.runner = options.runner;
    this.storage = options.storage ?? null;
    this.now = options.now ?? (() => performance.now());
    this.summaryIntervalMs = options.summaryIntervalMs ?? 250;
    this.workers = options.workers ?? 1;
    this.current = {
      draft,
      fileName,
      revision: 0,
      validation: validateDraft(draft, fileName),
      run: null,
      baseline: null,
      comparison: null,
      baselineRerunning: false,
      notice: null,
      saved: this.storage === null ? 'off' : 'saved',
      prompt: null,
    };
  }

  get state(): AppState {
    return this.current;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<AppState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }

  private static saveState(outcome: SaveOutcome): SaveState {
    return outcome === 'saved' ? 'saved' : outcome === 'full' ? 'full' : 'off';
  }

  /** Sets one value of the draft (`undefined` removes the key or list entry) and revalidates. */
  edit(path: Path, value: unknown): void {
    this.setDraft(setIn(this.current.draft, path, value), this.current.fileName);
  }

  /**
   * Replaces the whole draft (an example, an imported file, a share link). The draft it replaces
   * can be brought back once with `undoLoad` (the notice offers it when `undoable`).
   */
  load(draft: Draft, fileName: string, notice?: Omit<Notice, 'id'>, options: LoadOptions = {}): void {
    this.beforeLoad = { draft: this.current.draft, fileName: this.current.fileName, saved: this.current.saved };
    this.setDraft(draft, fileName, notice, options);
    if (!this.current.validation.ok && this.current.run !== null) {
      // Another office that cannot run yet: the previous office's results must not show under its name.
      this.runIds++; // a run in progress is dropped, its late news too
      this.cancel();
      this.set({ run: null, comparison: null });
    }
  }

  /** Puts back the draft the last load replaced (and saves it again, unless it never stopped being saved). */
  undoLoad(): void {
    const before = this.beforeLoad;
    if (before === null) return;
    this.beforeLoad = null;
    const stillSaved = this.current.saved === 'pending';
    this.setDraft(before.draft, before.fileName, { kind: 'info', text: 'The previous scenario is back.' }, { save: !stillSaved });
    if (stillSaved) this.set({ saved: before.saved });
  }

  /** Saves the office opened from a share link in place of the one saved before. */
  keepLoaded(): void {
    if (this.current.saved !== 'pending') return;
    const saved = Store.saveState(save(this.storage, { file: this.current.draft, fileName: this.current.fileName }));
    this.set({ saved });
    if (saved === 'saved') this.notify({ kind: 'success', text: 'Saved in this browser in place of the office saved before.' });
    else if (saved === 'full') this.notify({ kind: 'error', text: STORAGE_FULL_TEXT });
  }

  private setDraft(draft: Draft, fileName: string, notice?: Omit<Notice, 'id'>, options: LoadOptions = {}): void {
    // Saved before the state changes, so a full storage is told in the same notice as the load.
    const saved: SaveState =
      options.save === false ? (this.storage === null ? 'off' : 'pending') : Store.saveState(save(this.storage, { file: draft, fileName }));
    let shown = notice;
    if (saved === 'full' && this.current.saved !== 'full') {
      shown = { kind: 'error', text: notice === undefined ? STORAGE_FULL_TEXT : `${notice.text} ${STORAGE_FULL_TEXT}`, ...(notice?.undoable ? { undoable: true } : {}) };
    }
    this.set({
      draft,
      fileName,
      revision: this.current.revision + 1,
      validation: options.validation ?? validateDraft(draft, fileName),
      saved,
      prompt: null,
      ...(shown !== undefined ? { notice: { ...shown, id: ++this.noticeIds } } : {}),
    });
  }

  notify(notice: Omit<Notice, 'id'>): void {
    this.set({ notice: { ...notice, id: ++this.noticeIds } });
  }

  dismissNotice(): void {
    if (this.current.notice !== null) this.set({ notice: null });
  }

  /** True when the current run simulated another scenario than the one now in the editor. */
  get stale(): boolean {
    return isStale(this.current);
  }

  /**
   * Runs the draft unless it would take more than a few seconds: then it only asks (`state.prompt`),
   * and `run` (the user's answer, or the Run button) starts it. For runs nobody asked for: an office
   * opened from a link, a file or this browser's storage.
   */
  async runOrAsk(): Promise<void> {
    const { validation } = this.current;
    if (!validation.ok || validation.scenario === null) return;
    const scenario = validation.scenario;
    const estimate = estimateRun(scenario, this.workers);
    if (!needsConfirmation(estimate)) return this.run();
    const days = scenario.calendar.days;
    const size = [
      `${scenario.replications.toLocaleString('en-US')} replication${scenario.replications === 1 ? '' : 's'} of ${days.toLocaleString('en-US')} day${days === 1 ? '' : 's'}`,
      `${scenario.staff.length.toLocaleString('en-US')} ${scenario.staff.length === 1 ? 'person' : 'people'}`,
      `about ${Math.round(estimate.itemsPerDay).toLocaleString('en-US')} customers and tasks a day`,
    ].join(', ');
    this.controller?.abort();
    this.set({ prompt: { estimate, text: `Simulating this office would take ${formatDuration(estimate.seconds)} on this computer (${size}), so it was not started.` } });
  }

  /** Forgets the question about a long run (the user chose not to run it now). */
  dismissPrompt(): void {
    if (this.current.prompt !== null) this.set({ prompt: null });
  }

  /**
   * Runs the draft's replications (aborting a run in progress). Resolves when the run ends in any
   * way; its outcome is in `state.run`. Does nothing when the draft is invalid.
   */
  async run(): Promise<void> {
    const { validation, draft, revision } = this.current;
    if (!validation.ok || validation.scenario === null) return;
    if (this.current.prompt !== null) this.set({ prompt: null });
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const scenario = validation.scenario;
    const id = ++this.runIds;
    const started = this.now();
    const finished: ReplicationResult[] = [];
    let lastSummaryAt = -Infinity;
    let record: RunRecord = {
      id,
      revision,
      draft,
      scenario,
      total: scenario.replications,
      results: [],
      summary: null,
      status: 'running',
      error: null,
      firstResultMs: null,
      elapsedMs: null,
    };
    this.set({ run: record, comparison: null });

    const update = (patch: Partial<RunRecord>): void => {
      if (id !== this.runIds) return; // a newer run took over; drop late news of this one
      record = { ...record, ...patch };
      this.set({ run: record, ...(record.status === 'done' ? { comparison: this.compare(record) } : {}) });
    };

    // Progressive summaries: at most one per interval, computed after the burst of results that
    // arrived together (a busy page receives several at once), so they include all of them.
    let summaryTimer: ReturnType<typeof setTimeout> | null = null;
    const summarizeSoon = (): void => {
      if (summaryTimer !== null) return;
      const wait = Math.max(0, lastSummaryAt + this.summaryIntervalMs - this.now());
      summaryTimer = setTimeout(() => {
        summaryTimer = null;
        if (id !== this.runIds || record.status !== 'running') return;
        lastSummaryAt = this.now();
        update({ summary: summarizeRun(scenario, finished) });
      }, wait);
    };

    const onResult = (result: ReplicationResult): void => {
      // Keep finished replications in index order, as the summary requires.
      let at = finished.length;
      while (at > 0 && finished[at - 1]!.replication > result.replication) at--;
      finished.splice(at, 0, result);
      update(record.firstResultMs === null ? { results: finished.slice(), firstResultMs: this.now() - started } : { results: finished.slice() });
      if (finished.length < scenario.replications) summarizeSoon();
    };

    try {
      const results = await this.runner.run({
        scenario,
        replications: replicationIndices(scenario.replications),
        signal: controller.signal,
        onResult,
      });
      update({ results, summary: summarizeRun(scenario, results), status: 'done', elapsedMs: this.now() - started });
    } catch (error) {
      const elapsedMs = this.now() - started;
      if (isAbortError(error)) {
        const partial = finished.slice();
        update({ status: 'cancelled', results: partial, summary: partial.length > 0 ? summarizeRun(scenario, partial) : null, elapsedMs });
      } else {
        update({ status: 'failed', error: error instanceof Error ? error.message : String(error), elapsedMs });
      }
    } finally {
      if (summaryTimer !== null) clearTimeout(summaryTimer);
      if (this.controller === controller) this.controller = null;
    }
  }

  /** Cancels the run in progress; replications already finished are kept. */
  cancel(): void {
    this.controller?.abort();
  }

  /** Keeps the current (complete) run as the baseline that later runs are compared with. */
  keepBaseline(): void {
    const run = this.current.run;
    if (run === null || run.status !== 'done') return;
    this.set({ baseline: run, comparison: null });
    this.notify({ kind: 'success', text: 'Kept as baseline. Change something and run again to compare on the same seed.' });
  }

  /**
   * Re-runs the baseline's office with the current run's settings (seed, replications, days,
   * warm-up), keeps that as the baseline and compares again: what Compare offers when the two runs
   * cannot be paired because only the settings changed.
   */
  async rerunBaseline(): Promise<void> {
    const { baseline, run } = this.current;
    if (baseline === null || run === null || run.status !== 'done' || this.current.baselineRerunning) return;
    const draft = withSettings(baseline.draft, run.scenario);
    const validation = validateDraft(draft, this.current.fileName);
    if (!validation.ok || validation.scenario === null) {
      this.notify({ kind: 'error', text: 'The baseline cannot run with the current settings.', details: validation.errors.map((e) => `${e.path}: ${e.message}`) });
      return;
    }
    const scenario = validation.scenario;
    this.set({ baselineRerunning: true });
    const started = this.now();
    try {
      const results = await this.runner.run({ scenario, replications: replicationIndices(scenario.replications), signal: new AbortController().signal, onResult: () => {} });
      const record: RunRecord = {
        id: ++this.runIds,
        revision: baseline.revision,
        draft,
        scenario,
        total: scenario.replications,
        results,
        summary: summarizeRun(scenario, results),
        status: 'done',
        error: null,
        firstResultMs: null,
        elapsedMs: this.now() - started,
      };
      const current = this.current.run;
      this.set({ baseline: record, baselineRerunning: false });
      this.set({ comparison: current !== null && current.status === 'done' ? this.compare(current) : null });
    } catch (error) {
      this.set({ baselineRerunning: false });
      this.notify({ kind: 'error', text: `Re-running the baseline failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  clearBaseline(): void {
    this.set({ baseline: null, comparison: null });
  }

  /** Puts the baseline's scenario back into the editor (undoing the changes made since). */
  restoreBaseline(): void {
    const baseline = this.current.baseline;
    if (baseline === null) return;
    this.load(baseline.draft, this.current.fileName, { kind: 'info', text: 'The baseline scenario is back in the editor.', undoable: true });
  }

  private compare(run: RunRecord): Comparison | null {
    const baseline = this.current.baseline;
    if (baseline === null || baseline.id === run.id) return null;
    const a = baseline.scenario;
    const b = run.scenario;
    const mismatch = settingsMismatch(a, b);
    if (mismatch !== null) return { ok: false, reason: mismatch, settingsDiffer: true };
    try {
      const summary = summarizeComparison([
        { scenario: { ...a, name: BASELINE_LABEL }, results: baseline.results },
        { scenario: { ...b, name: CURRENT_LABEL }, results: run.results },
      ]);
      return { ok: true, summary };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
