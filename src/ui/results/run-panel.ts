/**
 * `<run-panel>`: runs the simulation and says where it stands: the run button, a progress bar while
 * replications come in, cancel, what the results shown belong to (and whether the scenario changed
 * since), the baseline to compare with, and CSV downloads of the results.
 *
 * @fires app-command - run, cancel, keep-baseline, clear-baseline, restore-baseline.
 */
import { closeMenuOnEscape } from '../menu-keys.js';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CommandEvent, type Command } from '../events.js';
import type { RunRecord, Validation } from '../state/store.js';
import { downloadText, fileStem } from '../io/download.js';
import { replicationsCsv, summaryCsv } from '../io/csv.js';
import { controlStyles, menuStyles } from '../styles/shared.js';

function seconds(ms: number | null): string {
  if (ms === null) return '';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

@customElement('run-panel')
export class RunPanel extends LitElement {
  static override styles = [
    controlStyles,
    menuStyles,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 0.6rem;
        flex-wrap: wrap;
      }
      .run {
        font-size: 1rem;
        min-height: 2.4rem;
        padding-inline: 1.1rem;
      }
      .progress {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        flex: 1;
        min-width: 12rem;
      }
      progress {
        flex: 1;
        height: 0.6rem;
        appearance: none;
        border: none;
        border-radius: 999px;
        background: var(--surface-3);
        overflow: hidden;
      }
      progress::-webkit-progress-bar {
        background: var(--surface-3);
        border-radius: 999px;
      }
      progress::-webkit-progress-value {
        background: var(--accent-2);
        border-radius: 999px;
        transition: width 0.2s;
      }
      progress::-moz-progress-bar {
        background: var(--accent-2);
      }
      .count {
        font-variant-numeric: tabular-nums;
        color: var(--text-2);
        font-size: 0.9rem;
        white-space: nowrap;
      }
      .status {
        flex: 1;
        min-width: 12rem;
        color: var(--text-2);
        font-size: 0.9rem;
      }
      .status strong {
        color: var(--text);
      }
      .spacer {
        flex: 1;
      }
      .group {
        display: flex;
        gap: 0.35rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .notice {
        margin-top: 0.6rem;
        padding: 0.45rem 0.7rem;
        border-radius: var(--radius-sm);
        font-size: 0.9rem;
        display: flex;
        align-items: center;
        gap: 0.6rem;
        flex-wrap: wrap;
      }
      .stale {
        background: var(--warn-soft);
        color: var(--warn);
        border: 1px solid color-mix(in srgb, var(--warn) 30%, white);
      }
      .failed {
        background: var(--bad-soft);
        color: var(--bad);
        border: 1px solid color-mix(in srgb, var(--bad) 30%, white);
      }
      .invalid {
        background: var(--bad-soft);
        color: var(--bad);
        border: 1px solid color-mix(in srgb, var(--bad) 30%, white);
      }
      details.menu summary {
        min-height: 2.1rem;
        padding: 0.3rem 0.8rem;
        border: 1px solid var(--border-strong);
        background: var(--surface);
        white-space: nowrap;
      }
      details.menu summary::after {
        color: var(--text-3);
      }
      details.menu .items {
        min-width: 17rem;
      }
      details.menu .items button {
        flex-direction: column;
        align-items: flex-start;
        gap: 0;
        text-align: left;
        padding: 0.4rem 0.6rem;
      }
      details.menu small {
        font-weight: 400;
        color: var(--text-3);
        font-size: 0.8rem;
      }
      .baseline-tag {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
        font-size: 0.85rem;
        color: var(--text-2);
        background: var(--surface-3);
        padding: 0.15rem 0.55rem;
        border-radius: 999px;
        white-space: nowrap;
      }
      .baseline-tag::before {
        content: '';
        width: 0.55rem;
        height: 0.55rem;
        border-radius: 50%;
        background: #8d939c;
      }
    `,
  ];

  @property({ attribute: false }) run: RunRecord | null = null;
  @property({ attribute: false }) baseline: RunRecord | null = null;
  @property({ attribute: false }) validation: Validation | null = null;
  /** The scenario changed since the run shown. */
  @property({ type: Boolean }) stale = false;

  private command(command: Command): void {
    this.dispatchEvent(new CommandEvent(command));
  }

  private closeMenu(): void {
    const menu = this.renderRoot.querySelector('details.menu');
    if (menu !== null) (menu as HTMLDetailsElement).open = false;
  }

  private downloadSummary(): void {
    this.closeMenu();
    const run = this.run;
    if (run?.summary == null) return;
    downloadText(summaryCsv(run.summary), `${fileStem(run.scenario.name)}-summary.csv`, 'text/csv');
  }

  private downloadReplications(): void {
    this.closeMenu();
    const run = this.run;
    if (run?.summary == null) return;
    downloadText(replicationsCsv(run.summary, run.results), `${fileStem(run.scenario.name)}-replications.csv`, 'text/csv');
  }

  private statusText(run: RunRecord) {
    const s = run.scenario;
    const what = html`<strong>${plural(run.results.length, 'replication')}</strong> of ${plural(s.calendar.days, 'day')}, seed ${s.seed}`;
    switch (run.status) {
      case 'running':
        return html`Running ${plural(run.total, 'replication')} of ${plural(s.calendar.days, 'day')}…`;
      case 'done':
        return html`${what} · took ${seconds(run.elapsedMs)}`;
      case 'cancelled':
        return html`Cancelled: showing ${what} (of ${run.total})`;
      case 'failed':
        return html`The run failed`;
    }
  }

  override render() {
    const run = this.run;
    const running = run?.status === 'running';
    const valid = this.validation?.ok ?? false;
    const replications = this.validation?.scenario?.replications;
    const done = run?.results.length ?? 0;
    return html`
      <div class="bar">
        <button
          type="button"
          class="primary run"
          ?disabled=${!valid}
          title=${valid ? '' : 'Fix the problems in the scenario first'}
          @click=${() => this.command('run')}
        >
          ${running ? 'Restart run' : run === null ? 'Run simulation' : 'Run again'}${replications !== undefined && !running ? html` <span aria-hidden="true">·</span> ${plural(replications, 'replication')}` : nothing}
        </button>
        ${running
          ? html`<div class="progress" role="status" aria-live="polite">
                <progress max=${run!.total} .value=${done} aria-label="Replications finished"></progress>
                <span class="count">${done.toLocaleString('en-US')} / ${run!.total.toLocaleString('en-US')}</span>
              </div>
              <button type="button" class="danger" @click=${() => this.command('cancel')}>Cancel</button>`
          : html`<div class="status" role="status" aria-live="polite">${run === null ? 'Not run yet.' : this.statusText(run)}</div>`}
        <div class="group">
          ${this.baseline !== null
            ? html`<span class="baseline-tag" title="Runs are compared with this one">Baseline kept</span>
                <button type="button" class="quiet" @click=${() => this.command('restore-baseline')} title="Put the baseline's scenario back in the editor">Restore</button>
                <button type="button" class="quiet" @click=${() => this.command('clear-baseline')}>Clear</button>`
            : nothing}
          <button
            type="button"
            ?disabled=${run?.status !== 'done' || this.stale}
            title="Keep this run to compare the next ones with"
            @click=${() => this.command('keep-baseline')}
          >
            ${this.baseline !== null ? 'Keep this run as baseline' : 'Keep as baseline'}
          </button>
          <details class="menu" ?hidden=${run?.summary == null} @keydown=${closeMenuOnEscape}>
            <summary>Download results</summary>
            <div class="items">
              <button type="button" @click=${this.downloadSummary}>Summary CSV<small>mean, sd and 95% CI of every metric</small></button>
              <button type="button" @click=${this.downloadReplications}>Replications CSV<small>every metric of every replication</small></button>
            </div>
          </details>
        </div>
      </div>
      ${!valid && this.validation !== null
        ? html`<div class="notice invalid" role="alert">The scenario has ${plural(this.validation.errors.length, 'problem')}; fix ${this.validation.errors.length === 1 ? 'it' : 'them'} in the editor to run.</div>`
        : nothing}
      ${this.stale && !running && valid
        ? html`<div class="notice stale" role="status">
            The scenario changed since these results were computed.
            <button type="button" @click=${() => this.command('run')}>Run again</button>
          </div>`
        : nothing}
      ${run?.status === 'failed' ? html`<div class="notice failed" role="alert">${run.error}</div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'run-panel': RunPanel;
  }
}
