/**
 * `<office-app>`: the page. It owns the store (the page's one state), opens the office to start
 * with (a share link in the URL, else the office saved in this browser, else the default example)
 * and runs it, lays out the editor beside the results, and turns what bubbles up from the elements
 * (edits, commands, imports, drops) into store calls. Everything below it gets state as properties.
 *
 * Input from elsewhere is handled with care: files and links are parsed and validated in a worker
 * (the page never blocks), refused when too large or of the wrong shape (the office shown stays),
 * a link pasted into the address bar of an open page is opened too (`hashchange`), an office from a
 * link is not saved over the one saved in this browser until it is edited or kept (Undo brings the
 * saved one back), and a run that would take more than a few seconds waits for the user to ask.
 *
 * Reflects the run's status and number in its `run-status` and `run-id` attributes, and marks
 * `office-sim:run-start`, `office-sim:first-result` and `office-sim:run-end` on the performance
 * timeline, so tests and the benchmark can wait for a run without reaching into the page.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { CommandEvent, ScenarioEditEvent, type Command } from './events.js';
import { Store, isStale, type AppState, type Draft, type LoadOptions } from './state/store.js';
import { DEFAULT_FILE, EXAMPLES, LESSON_EXAMPLES, blankOffice, findExample } from './state/examples.js';
import { browserStorage, loadSaved } from './state/persistence.js';
import { decodeScenarioText, shareUrl, sharedValue } from './state/share-link.js';
import { WorkerPool } from './worker/pool.js';
import { importOffPage } from './worker/input-client.js';
import { errorLines, hasScenarioShape, importScenario, isScenarioFileName, toJson, toYaml, tooLarge, type ImportResult } from './io/scenario-io.js';
import { formatBytes, LIMITS, utf8Length } from '../sim/scenario-file/limits.js';
import { downloadText, fileStem } from './io/download.js';
import { controlStyles, menuStyles } from './styles/shared.js';
import { closeMenuOnEscape } from './menu-keys.js';
import './editor/scenario-editor.js';
import './results/run-panel.js';
import './results/results-view.js';
import './planner/training-planner.js';
import type { ApplyTrainingPlanEvent } from './planner/training-planner.js';
import './fit/fit-view.js';
import { isRecordFileName, sortRecordFiles } from './fit/fit-client.js';
import type { UseFittedOfficeEvent } from './fit/fit-view.js';
import './staffing/staffing-view.js';
import type { StaffingApplyDetail } from './staffing/staffing-view.js';

/** Most error lines a notice lists (a hostile file can have tens of thousands); the rest are counted. */
const NOTICE_LINES = 30;

function shortList(lines: readonly string[]): string[] {
  if (lines.length <= NOTICE_LINES) return [...lines];
  return [...lines.slice(0, NOTICE_LINES), `… and ${(lines.length - NOTICE_LINES).toLocaleString('en-US')} more (the command line's \`office-sim validate\` lists them all)`];
}

export const MARKS = { start: 'office-sim:run-start', first: 'office-sim:first-result', end: 'office-sim:run-end' } as const;

@customElement('office-app')
export class OfficeApp extends LitElement {
  static override styles = [
    controlStyles,
    menuStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        height: 100vh;
        min-height: 0;
        position: relative;
      }
      header {
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.55rem 1.1rem;
        background: #13233f;
        color: #fff;
        min-width: 0;
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 0.6rem;
        min-width: 0;
      }
      .brand svg {
        flex-shrink: 0;
      }
      h1 {
        font-size: 1.05rem;
        font-weight: 650;
        margin: 0;
        white-space: nowrap;
      }
      .scenario-name {
        color: #b8c7e0;
        font-size: 0.95rem;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        min-width: 0;
      }
      .scenario-name::before {
        content: '/';
        margin-right: 0.6rem;
        color: #5d7396;
      }
      .actions {
        margin-left: auto;
        display: flex;
        align-items: center;
        gap: 0.4rem;
        flex-shrink: 0;
      }
      header button,
      header select,
      header summary {
        box-sizing: border-box;
        height: 2rem;
        background: rgba(255, 255, 255, 0.08);
        border: 1px solid rgba(255, 255, 255, 0.22);
        color: #fff;
        min-height: 2rem;
        font-size: 0.9rem;
      }
      header a.trainer-link {
        display: inline-flex;
        align-items: center;
        box-sizing: border-box;
        height: 2rem;
        padding: 0 0.75rem;
        border-radius: 4px;
        border: 1px solid rgba(255, 255, 255, 0.22);
        color: #fff;
        font-size: 0.9rem;
        text-decoration: none;
      }
      header a.trainer-link:hover {
        background: rgba(255, 255, 255, 0.16);
      }
      header button:hover:not(:disabled),
      header summary:hover {
        background: rgba(255, 255, 255, 0.16);
      }
      header select option {
        color: var(--text);
        background: var(--surface);
      }
      header select {
        max-width: 13rem;
        cursor: pointer;
      }
      details.menu summary {
        height: 2rem;
        padding: 0 0.8rem;
      }
      details.menu .items {
        min-width: 12rem;
      }
      details.menu .items button {
        color: var(--text);
        justify-content: flex-start;
        font-weight: 400;
      }
      main {
        display: grid;
        grid-template-columns: var(--editor-width, minmax(22rem, 31rem)) minmax(0, 1fr);
        min-height: 0;
      }
      .editor-pane {
        position: relative;
        display: flex;
        flex-direction: column;
        min-height: 0;
        border-right: 1px solid var(--border);
        background: var(--surface-2);
      }
      .pane-title {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.5rem;
        padding: 0.7rem 1rem 0.4rem;
        font-size: 0.8rem;
        text-transform: uppercase;
        letter-spacing: 0.07em;
        font-weight: 700;
        color: var(--text-3);
        margin: 0;
      }
      .pane-title .state {
        text-transform: none;
        letter-spacing: 0;
        font-weight: 500;
        font-size: 0.8rem;
      }
      .state.ok {
        color: var(--good);
      }
      .state.bad {
        color: var(--bad);
      }
      .keeping {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        flex-wrap: wrap;
        margin: 0 1rem 0.4rem;
        padding: 0.35rem 0.6rem;
        border-radius: var(--radius);
        font-size: 0.85rem;
        background: #fff6e0;
        border: 1px solid #e9c46a;
        color: var(--text);
      }
      .keeping.full {
        background: #fdecec;
        border-color: #e3a3a3;
      }
      .keeping span {
        flex: 1;
        min-width: 12rem;
      }
      .keeping button {
        min-height: 1.8rem;
        padding: 0 0.6rem;
      }
      .prompt {
        margin-top: 0.7rem;
        padding: 0.7rem 0.9rem;
        border: 1px solid #e9c46a;
        border-left: 5px solid #d99a00;
        border-radius: var(--radius);
        background: #fff9ec;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem 1rem;
      }
      .prompt p {
        margin: 0;
        flex: 1 1 24rem;
      }
      .prompt .buttons {
        display: flex;
        gap: 0.4rem;
      }
      scenario-editor {
        flex: 1;
        min-height: 0;
      }
      /* The editor's right edge: drag it (or focus it and press the arrow keys) to widen the editor,
         for a skills matrix with many skills or long names. */
      .splitter {
        position: absolute;
        top: 0;
        right: -5px;
        width: 9px;
        height: 100%;
        cursor: col-resize;
        z-index: 6;
        touch-action: none;
      }
      .splitter::after {
        content: '';
        position: absolute;
        left: 3px;
        top: 0;
        bottom: 0;
        width: 3px;
        background: transparent;
      }
      .splitter:hover::after,
      .splitter:focus-visible::after,
      .splitter.dragging::after {
        background: var(--accent);
      }
      .splitter:focus-visible {
        outline: none;
      }
      .results-pane {
        overflow-y: auto;
        min-height: 0;
        padding: 0 1.25rem 2rem;
      }
      .run-bar {
        position: sticky;
        top: 0;
        z-index: 5;
        background: var(--bg);
        padding: 0.9rem 0 0.8rem;
        margin-bottom: 0.2rem;
        border-bottom: 1px solid var(--border);
      }
      .results-pane results-view,
      .results-pane training-planner,
      .results-pane staffing-view {
        margin-top: 0.8rem;
      }
      .pane-switch {
        display: flex;
        gap: 0.3rem;
        margin-top: 0.6rem;
        border-bottom: 1px solid var(--border);
      }
      .pane-switch button {
        border: none;
        border-bottom: 3px solid transparent;
        border-radius: 0;
        background: none;
        font-weight: 600;
        color: var(--text-2);
      }
      .pane-switch button[aria-selected='true'] {
        color: var(--text-1, inherit);
        border-bottom-color: var(--accent, #2c6bc4);
      }
      /* Bottom left, over the editor: the results (Compare above all, right after "Keep as
         baseline") stay readable while a confirmation shows. */
      .notice {
        position: fixed;
        left: 1.2rem;
        bottom: 1.2rem;
        z-index: 50;
        box-sizing: border-box;
        max-width: min(27rem, calc(100vw - 2.4rem));
        background: var(--surface);
        border: 1px solid var(--border);
        border-left: 5px solid var(--accent);
        border-radius: var(--radius);
        box-shadow: 0 10px 30px rgba(16, 24, 40, 0.22);
        padding: 0.75rem 0.9rem;
        display: flex;
        flex-direction: column;
        gap: 0.45rem;
      }
      .notice.success {
        border-left-color: var(--good);
      }
      .notice.error {
        border-left-color: var(--bad);
      }
      .notice .row {
        display: flex;
        gap: 0.8rem;
        align-items: flex-start;
      }
      .notice .text {
        flex: 1;
      }
      .notice ul {
        margin: 0;
        padding-left: 1.1rem;
        max-height: 10rem;
        overflow: auto;
        font-family: var(--mono);
        font-size: 0.78rem;
        color: var(--bad);
      }
      .notice input {
        width: 100%;
        font-family: var(--mono);
        font-size: 0.78rem;
      }
      .notice .buttons {
        display: flex;
        gap: 0.4rem;
        justify-content: flex-end;
      }
      .drop {
        position: fixed;
        inset: 0;
        z-index: 100;
        display: grid;
        place-items: center;
        background: rgba(19, 35, 63, 0.72);
        color: #fff;
        font-size: 1.4rem;
        font-weight: 600;
        pointer-events: none;
      }
      .drop div {
        border: 3px dashed rgba(255, 255, 255, 0.8);
        border-radius: 16px;
        padding: 3rem 4rem;
        text-align: center;
      }
      .drop small {
        display: block;
        font-size: 0.95rem;
        font-weight: 400;
        margin-top: 0.5rem;
        opacity: 0.85;
      }
      .loading {
        display: grid;
        place-items: center;
        color: var(--text-2);
      }
      /* On a large screen the editor takes two fifths, so a matrix of five skills fits it. */
      @media (min-width: 1600px) {
        main {
          grid-template-columns: var(--editor-width, minmax(22rem, 40vw)) minmax(0, 1fr);
        }
      }
      @media (max-width: 1000px) {
        :host {
          height: auto;
          min-height: 100vh;
        }
        main {
          grid-template-columns: 1fr;
        }
        .splitter {
          display: none;
        }
        .editor-pane {
          border-right: none;
          border-bottom: 1px solid var(--border);
          max-height: 75vh;
        }
        .results-pane {
          overflow: visible;
        }
        .scenario-name {
          display: none;
        }
      }
    `,
  ];

  @state() private appState: AppState | null = null;
  @state() private dragging = false;
  /** The editor's width in pixels once the user has resized it; null: the layout's default. */
  @state() private editorWidth: number | null = null;
  @state() private resizing = false;
  /** What the results pane shows: the run's results, the training planner ("Who should I train?") or the staffing planner ("How many people, when?"). */
  @state() private pane: 'results' | 'training' | 'staffing' = 'results';
  @query('#import-input') private importInput!: HTMLInputElement;
  @query('#records-input') private recordsInput!: HTMLInputElement;
  /** Record files being fitted (the fit view is open while set). */
  @state() private fitFiles: { visits: File; tasks?: File; absences?: File } | null = null;
  @query('details.menu') private exportMenu!: HTMLDetailsElement;

  private store: Store | null = null;
  private pool: WorkerPool | null = null;
  private unsubscribe: (() => void) | null = null;
  private dragDepth = 0;
  private lastStatus: string | null = null;
  private lastCount = 0;
  /** Numbers each file or link being read, so only the latest one read is loaded. */
  private reads = 0;
  /** The address still carries the share link whose office is shown and not saved yet. */
  private linkInAddress = false;
  /** The text the scenario was opened from, so an export keeps its comments and layout. */
  private source: { fileName: string; text: string } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragenter', this.onDragEnter);
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('dragleave', this.onDragLeave);
    window.addEventListener('drop', this.onDrop);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('hashchange', this.onHashChange);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('dragenter', this.onDragEnter);
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('dragleave', this.onDragLeave);
    window.removeEventListener('drop', this.onDrop);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHashChange);
    this.unsubscribe?.();
    this.store?.cancel();
    this.pool?.terminate();
  }

  /**
   * The office saved in this browser, else the default example. A saved office the editor cannot
   * show (values of the wrong type, saved by an older version) is not opened, but stays saved until
   * the user opens or changes an office.
   */
  private fallbackDraft(): { draft: Draft; fileName: string; error?: string } {
    const saved = loadSaved(browserStorage());
    if (saved !== null && hasScenarioShape(saved.file)) return { draft: saved.file as Draft, fileName: saved.fileName };
    const example = this.exampleDraft(DEFAULT_FILE) ?? { draft: blankOffice(), fileName: 'new-office.yaml' };
    if (saved === null) return example;
    return { ...example, error: `The office saved in this browser (${saved.fileName}) has values of the wrong type and cannot be opened; the example is shown instead. The saved office stays until you open or change one.` };
  }

  private exampleDraft(fileName: string): { draft: Draft; fileName: string } | null {
    const example = findExample(fileName) ?? EXAMPLES[0];
    if (example === undefined) return null;
    const result = importScenario(example.text, example.fileName);
    if (result.kind === 'unreadable') return null;
    this.source = { fileName: example.fileName, text: example.text };
    return { draft: result.draft, fileName: example.fileName };
  }

  private async start(): Promise<void> {
    const initial = this.fallbackDraft();
    this.pool = new WorkerPool();
    const store = new Store(initial.draft, initial.fileName, { runner: this.pool, storage: browserStorage(), workers: this.pool.size });
    this.store = store;
    this.unsubscribe = store.subscribe((s) => this.onState(s));
    this.appState = store.state;
    if (initial.error !== undefined) store.notify({ kind: 'error', text: initial.error });
    const shared = sharedValue(location.hash);
    if (shared !== null) await this.openLink(shared);
    else void store.runOrAsk();
  }

  /** A link pasted into the address bar of the open page. */
  private onHashChange = (): void => {
    const shared = sharedValue(location.hash);
    if (shared !== null) void this.openLink(shared);
  };

  private dropLinkFromAddress(): void {
    this.linkInAddress = false;
    if (sharedValue(location.hash) !== null) history.replaceState(null, '', location.pathname + location.search);
  }

  /**
   * Opens the office in a share link (inflated within the size limit, read in the worker). It is
   * shown but not saved over the office saved in this browser until it is edited or kept, and Undo
   * brings back the office shown before; the address keeps the link until then, so a reload shows
   * the same office. A link that cannot be opened leaves the office shown as it was.
   */
  private async openLink(value: string): Promise<void> {
    const store = this.store;
    if (store === null) return;
    const read = ++this.reads;
    let result: ImportResult;
    let text: string | null = null;
    try {
      text = await decodeScenarioText(value, LIMITS.fileBytes);
      result = await importOffPage(text, 'shared.yaml');
    } catch (error) {
      result = { kind: 'unreadable', reason: 'syntax', errors: [{ file: 'shared link', line: null, column: null, path: '', message: error instanceof Error ? error.message : String(error) }] };
    }
    if (read !== this.reads) return; // something else was opened meanwhile
    if (result.kind === 'unreadable') {
      this.dropLinkFromAddress();
      store.notify({ kind: 'error', text: 'The shared link could not be opened; the office shown is unchanged.', details: shortList(errorLines(result.errors)) });
      if (store.state.run === null) void store.runOrAsk();
      return;
    }
    this.linkInAddress = true;
    this.apply(result, 'shared.yaml', 'Opened the office from the shared link. Your saved office stays saved until you change or keep this one; Undo goes back to it.', { save: false }, text);
  }

  private onState(s: AppState): void {
    // The link's office was saved (edited or kept) or undone: the address stops carrying it.
    if (this.linkInAddress && s.saved !== 'pending') this.dropLinkFromAddress();
    const notice = s.notice;
    if (notice !== null && notice.id !== this.appState?.notice?.id && notice.kind !== 'error' && notice.link === undefined) {
      // Confirmations fade on their own; errors and share links stay until closed.
      setTimeout(() => this.store?.state.notice?.id === notice.id && this.store.dismissNotice(), notice.undoable ? 12_000 : 6_000);
    }
    this.appState = s;
    const run = s.run;
    const status = run?.status ?? 'idle';
    this.setAttribute('run-status', status);
    this.setAttribute('run-id', String(run?.id ?? 0));
    if (run !== null) {
      if (status === 'running' && (this.lastStatus !== 'running' || run.results.length < this.lastCount)) performance.mark(MARKS.start);
      if (status === 'running' && run.results.length >= 1 && this.lastCount === 0) performance.mark(MARKS.first);
      if (status !== 'running' && this.lastStatus === 'running') performance.mark(MARKS.end);
      this.lastCount = status === 'running' ? run.results.length : 0;
    }
    this.lastStatus = status;
  }

  /**
   * The staffing planner's answer as a variant: today's office is run (if its results are not
   * current) and kept as the baseline, then the designed office opens in the editor and runs, so
   * the Compare tab sets it against today on the same seed.
   */
  private onStaffingApply = async (event: CustomEvent<StaffingApplyDetail>): Promise<void> => {
    const store = this.store;
    if (store === null) return;
    if (!(store.state.run?.status === 'done' && !isStale(store.state))) await store.run();
    if (store.state.run?.status === 'done') store.keepBaseline();
    store.load(event.detail.file as Draft, event.detail.fileName, { kind: 'info', text: 'The designed office is open, compared with today’s office (the baseline) on the same seed.', undoable: true });
    this.pane = 'results';
    await store.run();
  };

  private onEdit(event: ScenarioEditEvent): void {
    this.store?.edit(event.path, event.value);
  }

  private onCommand(event: CommandEvent): void {
    this.command(event.command);
  }

  private command(command: Command): void {
    const store = this.store;
    if (store === null) return;
    switch (command) {
      case 'run':
        void store.run();
        break;
      case 'cancel':
        store.cancel();
        break;
      case 'keep-baseline':
        store.keepBaseline();
        break;
      case 'clear-baseline':
        store.clearBaseline();
        break;
      case 'restore-baseline':
        store.restoreBaseline();
        break;
      case 'rerun-baseline':
        void store.rerunBaseline();
        break;
      case 'dismiss-notice':
        store.dismissNotice();
        break;
      case 'undo-load':
        this.reads++;
        if (this.linkInAddress) this.dropLinkFromAddress();
        store.undoLoad();
        void store.runOrAsk();
        break;
    }
  }

  private onKey = (event: KeyboardEvent): void => {
    // Ctrl/Cmd+Enter runs from anywhere, the way a form is submitted.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      // Commit the field being typed in first: edits are committed on change.
      (event.composedPath()[0] as HTMLElement | undefined)?.blur?.();
      setTimeout(() => this.command('run'), 0);
    } else if (event.key === 'Escape' && this.appState?.notice) {
      this.command('dismiss-notice');
    }
  };

  private openExample(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    select.value = '';
    if (value === '') return;
    const store = this.store;
    if (store === null) return;
    if (value === '#blank') {
      this.reads++;
      store.load(blankOffice(), 'new-office.yaml', { kind: 'info', text: 'Started a blank office.', undoable: true });
    } else {
      const example = findExample(value);
      if (example === undefined) return;
      this.loadText(example.text, example.fileName, `Opened the example “${example.title}”.`);
      return;
    }
    void store.runOrAsk();
  }

  /** Loads our own example text (small, trusted: read on the page); runs it when it is valid. */
  private loadText(text: string, fileName: string, success: string): void {
    this.reads++;
    this.apply(importScenario(text, fileName), fileName, success, {}, text);
  }

  /**
   * Loads what a file or link held: a valid office is run (or, when long, offered to run); one
   * with problems to fix opens with them listed; one that cannot be opened is refused with the
   * CLI's messages and the office shown stays.
   */
  private apply(result: ImportResult, fileName: string, success: string, options: LoadOptions = {}, text: string | null = null): void {
    const store = this.store;
    if (store === null) return;
    if (result.kind === 'unreadable') {
      const why =
        result.reason === 'size'
          ? 'it is too large'
          : result.reason === 'types'
            ? 'some of its values have the wrong type'
            : 'it could not be read as a scenario';
      store.notify({ kind: 'error', text: `${fileName} was not opened: ${why}. The office shown is unchanged.`, details: shortList(errorLines(result.errors)) });
      return;
    }
    // The text it came from, so an export keeps its comments and layout.
    this.source = text === null ? null : { fileName, text };
    if (result.kind === 'invalid') {
      const n = result.errors.length;
      store.load(
        result.draft,
        fileName,
        {
          kind: 'error',
          text: `Opened ${fileName}, but it has ${n === 1 ? 'a problem' : `${n} problems`} to fix before it can run.`,
          details: shortList(errorLines(result.errors)),
          undoable: true,
        },
        { ...options, validation: result.validation },
      );
      return;
    }
    store.load(result.draft, fileName, { kind: 'success', text: success, undoable: true }, { ...options, validation: result.validation });
    void store.runOrAsk();
  }

  /** Reads a file in the input worker (refused at once when over the size limit) and loads it. */
  private async importFile(file: File): Promise<void> {
    const store = this.store;
    if (store === null) return;
    if (!isScenarioFileName(file.name)) {
      store.notify({ kind: 'error', text: `${file.name} is not a scenario file: open a .yaml, .yml or .json file.` });
      return;
    }
    const read = ++this.reads;
    if (file.size > LIMITS.fileBytes) {
      this.apply(tooLarge(file.name, file.size), file.name, '');
      return;
    }
    const slow = setTimeout(() => read === this.reads && store.notify({ kind: 'info', text: `Reading ${file.name}…` }), 400);
    let result: ImportResult;
    let text: string | null = null;
    try {
      text = await file.text();
      result = await importOffPage(text, file.name);
    } catch (error) {
      result = { kind: 'unreadable', reason: 'syntax', errors: [{ file: file.name, line: null, column: null, path: '', message: error instanceof Error ? error.message : String(error) }] };
    } finally {
      clearTimeout(slow);
    }
    if (read !== this.reads) return;
    this.apply(result, file.name, `Opened ${file.name}.`, {}, text);
  }

  private onImportChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file !== undefined) void this.importFile(file);
  }

  private exportAs(kind: 'yaml' | 'json'): void {
    const s = this.appState;
    if (s === null) return;
    this.exportMenu.open = false;
    const stem = fileStem(typeof s.draft.name === 'string' ? s.draft.name : s.fileName.replace(/\.\w+$/, ''));
    const source = this.source?.fileName === s.fileName ? this.source.text : undefined;
    if (kind === 'yaml') downloadText(toYaml(s.draft, source), `${stem}.yaml`, 'application/yaml');
    else downloadText(toJson(s.draft), `${stem}.json`, 'application/json');
  }

  private async share(): Promise<void> {
    const s = this.appState;
    const store = this.store;
    if (s === null || store === null) return;
    const bytes = utf8Length(JSON.stringify(s.draft));
    if (bytes > LIMITS.fileBytes) {
      store.notify({ kind: 'error', text: `This office is too large to share as a link (${formatBytes(bytes)}; links open offices up to ${formatBytes(LIMITS.fileBytes)}). Export it as a file instead.` });
      return;
    }
    const link = await shareUrl(location.href, s.draft);
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // Clipboard access needs a secure context and permission; the link is shown to copy by hand.
    }
    store.notify({ kind: 'success', text: copied ? 'Share link copied. Anyone who opens it sees this office.' : 'Share link: copy it to send this office.', link });
  }

  private hasFiles(event: DragEvent): boolean {
    return Array.from(event.dataTransfer?.types ?? []).includes('Files');
  }

  private onDragEnter = (event: DragEvent): void => {
    if (!this.hasFiles(event)) return;
    event.preventDefault();
    this.dragDepth++;
    this.dragging = true;
  };

  private onDragOver = (event: DragEvent): void => {
    if (!this.hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  private onDragLeave = (event: DragEvent): void => {
    if (!this.hasFiles(event)) return;
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (this.dragDepth === 0) this.dragging = false;
  };

  private onDrop = (event: DragEvent): void => {
    if (!this.hasFiles(event)) return;
    event.preventDefault();
    this.dragDepth = 0;
    this.dragging = false;
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.some((f) => isRecordFileName(f.name))) this.fitRecords(files);
    else if (files[0] !== undefined) void this.importFile(files[0]);
  };

  /** Opens the fit view on record files (CSV): a visit log, and tasks or absences named so. */
  private fitRecords(files: readonly File[]): void {
    const sorted = sortRecordFiles(files.filter((f) => isRecordFileName(f.name)));
    if (sorted.visits === undefined) {
      this.store?.notify({ kind: 'error', text: 'No visit log among the records: give a CSV of visits (tasks and absences are read beside one).' });
      return;
    }
    this.fitFiles = { visits: sorted.visits, ...(sorted.tasks ? { tasks: sorted.tasks } : {}), ...(sorted.absences ? { absences: sorted.absences } : {}) };
  }

  private useFittedOffice(event: UseFittedOfficeEvent): void {
    this.fitFiles = null;
    this.reads++;
    this.apply(importScenario(event.yaml, event.fileName), event.fileName, 'Loaded the office fitted from the records.', {}, event.yaml);
  }

  override render() {
    const s = this.appState;
    const name = s !== null && typeof s.draft.name === 'string' && s.draft.name !== '' ? s.draft.name : (s?.fileName ?? '');
    return html`
      <header>
        <div class="brand">
          <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#2c6bc4" /><path d="M8 22h4v-7H8zm6 0h4V10h-4zm6 0h4v-10h-4z" fill="#fff" /></svg>
          <h1>Office staffing simulator</h1>
          <span class="scenario-name" title=${name}>${name}</span>
        </div>
        <div class="actions">
          <label class="visually-hidden" for="examples">Open an example office</label>
          <select id="examples" @change=${this.openExample}>
            <option value="" selected>Open an example…</option>
            <optgroup label="Examples">
              ${EXAMPLES.map((e) => html`<option value=${e.fileName}>${e.title}</option>`)}
              <option value="#blank">Blank office</option>
            </optgroup>
            <optgroup label="Trainer lessons’ offices">
              ${LESSON_EXAMPLES.map((e) => html`<option value=${e.fileName}>${e.title}</option>`)}
            </optgroup>
          </select>
          <button type="button" @click=${() => this.importInput.click()} title="Open a scenario file (.yaml or .json); you can also drop one on the page">Import…</button>
          <input id="import-input" type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" hidden @change=${this.onImportChange} />
          <button type="button" @click=${() => this.recordsInput.click()} title="Fit an office from its records: a visit log (CSV), optionally task and absence records; you can also drop them on the page">Import records…</button>
          <input id="records-input" type="file" multiple accept=".csv,.tsv,.txt,text/csv" hidden @change=${(e: Event) => { const input = e.target as HTMLInputElement; const files = Array.from(input.files ?? []); input.value = ''; if (files.length > 0) this.fitRecords(files); }} />
          <details class="menu" @keydown=${closeMenuOnEscape}>
            <summary>Export</summary>
            <div class="items">
              <button type="button" @click=${() => this.exportAs('yaml')}>Scenario as YAML</button>
              <button type="button" @click=${() => this.exportAs('json')}>Scenario as JSON</button>
            </div>
          </details>
          <button type="button" @click=${this.share} ?disabled=${s === null}>Share link</button>
          <a class="trainer-link" href="./trainer.html" title="Replay a day side by side, with and without cross-training">Trainer mode</a>
        </div>
      </header>
      ${s === null ? html`<div class="loading" role="status">Opening the office…</div>` : this.renderMain(s)}
      ${s?.notice ? this.renderNotice(s) : nothing}
      ${this.fitFiles !== null ? html`<fit-view .files=${this.fitFiles} @use-fitted-office=${this.useFittedOffice} @close-fit=${() => (this.fitFiles = null)}></fit-view>` : nothing}
      ${this.dragging ? html`<div class="drop" aria-hidden="true"><div>Drop a scenario file to open it<small>YAML or JSON, as the command line reads; or office records (CSV) to fit an office from them</small></div></div>` : nothing}
    `;
  }

  /** Editor widths allowed: from a narrow form to most of the window, leaving the results readable. */
  private widthRange(): { min: number; max: number; now: number } {
    const main = this.renderRoot.querySelector('main');
    const total = main?.clientWidth ?? window.innerWidth;
    const now = this.editorWidth ?? this.renderRoot.querySelector<HTMLElement>('.editor-pane')?.offsetWidth ?? 480;
    return { min: 320, max: Math.max(320, Math.round(total * 0.7)), now };
  }

  private setEditorWidth(px: number): void {
    const { min, max } = this.widthRange();
    this.editorWidth = Math.round(Math.min(max, Math.max(min, px)));
  }

  private onSplitterDown(event: PointerEvent): void {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    this.resizing = true;
    const left = this.renderRoot.querySelector('main')!.getBoundingClientRect().left;
    const move = (e: PointerEvent) => this.setEditorWidth(e.clientX - left);
    const up = () => {
      this.resizing = false;
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  }

  private onSplitterKey(event: KeyboardEvent): void {
    const step = event.shiftKey ? 128 : 32;
    const { min, max, now } = this.widthRange();
    const next = { ArrowLeft: now - step, ArrowRight: now + step, Home: min, End: max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.setEditorWidth(next);
  }

  private renderMain(s: AppState) {
    const stale = isStale(s);
    const errors = s.validation.errors.length;
    const range = this.editorWidth === null ? null : this.widthRange();
    return html`<main @scenario-edit=${this.onEdit} @app-command=${this.onCommand} style=${this.editorWidth === null ? '' : `--editor-width: ${this.editorWidth}px`}>
      <section class="editor-pane" aria-label="Scenario editor">
        <div
          class="splitter ${this.resizing ? 'dragging' : ''}"
          role="separator"
          aria-orientation="vertical"
          aria-label="Editor width: drag, or use the arrow keys"
          title="Drag to widen the editor"
          tabindex="0"
          aria-valuemin=${range?.min ?? nothing}
          aria-valuemax=${range?.max ?? nothing}
          aria-valuenow=${this.editorWidth ?? nothing}
          @pointerdown=${this.onSplitterDown}
          @keydown=${this.onSplitterKey}
        ></div>
        <h2 class="pane-title">
          Scenario
          <span class="state ${errors > 0 ? 'bad' : 'ok'}">${errors > 0 ? `${errors} ${errors === 1 ? 'problem' : 'problems'}` : 'Ready to run'}</span>
        </h2>
        ${this.renderKeeping(s)}
        <scenario-editor .draft=${s.draft} .validation=${s.validation}></scenario-editor>
      </section>
      <section class="results-pane" aria-label="Results">
        <div class="run-bar">
          <run-panel .run=${s.run} .baseline=${s.baseline} .validation=${s.validation} ?stale=${stale}></run-panel>
          ${s.prompt !== null
            ? html`<div class="prompt" role="alertdialog" aria-label="Run this office?">
                <p>${s.prompt.text}</p>
                <div class="buttons">
                  <button type="button" class="primary" @click=${() => void this.store?.run()}>Run it anyway</button>
                  <button type="button" @click=${() => this.store?.dismissPrompt()}>Not now</button>
                </div>
              </div>`
            : nothing}
        </div>
        <div class="pane-switch" role="tablist" aria-label="Results or a planner">
          <button type="button" role="tab" aria-selected=${this.pane === 'results'} @click=${() => (this.pane = 'results')}>Results</button>
          <button type="button" role="tab" id="open-planner" aria-selected=${this.pane === 'training'} @click=${() => (this.pane = 'training')} title="Find who should learn which skill for a budget">Who should I train?</button>
          <button type="button" role="tab" aria-selected=${this.pane === 'staffing'} @click=${() => (this.pane = 'staffing')}>How many people, when?</button>
        </div>
        ${this.pane === 'results'
          ? html`<results-view .run=${s.run} .baseline=${s.baseline} .comparison=${s.comparison} ?baseline-rerunning=${s.baselineRerunning}></results-view>`
          : this.pane === 'training'
            ? html`<training-planner .draft=${s.draft} .scenario=${s.validation.scenario} @close-planner=${() => (this.pane = 'results')} @apply-training-plan=${this.applyTrainingPlan}></training-planner>`
            : html`<staffing-view .draft=${s.draft} .validation=${s.validation} .fileName=${s.fileName} @staffing-apply=${this.onStaffingApply}></staffing-view>`}
      </section>
    </main>`;
  }

  /**
   * A plan of the training planner, tried: today's office (run first if the run shown is not of it)
   * is kept as the baseline, the trainings are added to the office, and the variant runs on the same
   * seed; Compare then shows the differences and the payback.
   */
  private applyTrainingPlan = async (event: ApplyTrainingPlanEvent): Promise<void> => {
    const store = this.store;
    if (store === null) return;
    if (!(store.state.run?.status === 'done' && !isStale(store.state))) await store.run();
    if (store.state.run?.status !== 'done') return;
    store.keepBaseline();
    for (const t of event.trainings) {
      const index = store.state.draft.staff.findIndex((p) => p.name === t.person);
      if (index >= 0) store.edit(['staff', index, 'skills', t.skill], t.proficiency);
    }
    this.pane = 'results';
    await store.run();
    await this.updateComplete;
    const results = this.renderRoot.querySelector('results-view');
    if (results !== null) results.tab = 'compare';
  };

  /** Whether the office shown is the one kept in this browser, when it is not. */
  private renderKeeping(s: AppState) {
    if (s.saved === 'pending') {
      return html`<div class="keeping" role="status">
        <span>From a shared link, not saved in this browser yet: your saved office stays until you change or keep this one.</span>
        <button type="button" @click=${() => this.store?.keepLoaded()}>Keep this office</button>
        <button type="button" @click=${() => this.command('undo-load')}>Undo</button>
      </div>`;
    }
    if (s.saved === 'full') {
      return html`<div class="keeping full" role="status">
        <span>Not saved in this browser: its storage is full. Export the scenario to keep it.</span>
      </div>`;
    }
    return nothing;
  }

  private renderNotice(s: AppState) {
    const notice = s.notice!;
    return html`<div class="notice ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      <div class="row">
        <div class="text">${notice.text}</div>
      </div>
      ${notice.details && notice.details.length > 0 ? html`<ul>${notice.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
      ${notice.link !== undefined
        ? html`<label class="visually-hidden" for="share-link">Share link</label
            ><input id="share-link" type="text" readonly .value=${notice.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />`
        : nothing}
      <div class="buttons">
        ${notice.undoable ? html`<button type="button" @click=${() => this.command('undo-load')}>Undo</button>` : nothing}
        <button type="button" @click=${() => this.command('dismiss-notice')}>Close</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'office-app': OfficeApp;
  }
}
