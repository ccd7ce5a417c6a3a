/**
 * `<kpi-grid>`: the eight headline numbers (profit, revenue, lost revenue, cost, mean wait, service
 * level, abandonment, coverage gaps) as cards, with differences from the baseline when one is kept.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CUT_NOTE, isCut, KPI_KEYS } from '../../analysis/metric-info.js';
import type { CompareSummary, RunSummary } from '../../analysis/run-summary.js';
import './kpi-card.js';

@customElement('kpi-grid')
export class KpiGrid extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .grid {
      display: grid;
      /* At most four headline cards a row (two even rows of the eight), fewer when narrow. */
      grid-template-columns: repeat(auto-fill, minmax(max(11.5rem, calc((100% - 2.1rem) / 4)), 1fr));
      gap: 0.7rem;
    }
    .cut-note {
      margin: 0.4rem 0 0;
      font-size: 0.78rem;
      color: var(--text-3);
    }
    :host([compact]) .grid {
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0.5rem;
    }
  `;

  @property({ attribute: false }) summary: RunSummary | null = null;
  /** Baseline (variant 0) against this run (variant 1). */
  @property({ attribute: false }) comparison: CompareSummary | null = null;
  @property({ type: Boolean }) partial = false;
  /** Smaller cards, for the secondary figures of a results tab. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Metric keys to show; default the headline eight. */
  @property({ attribute: false }) metrics: readonly string[] = KPI_KEYS;

  override render() {
    const cut = this.metrics.some((key) => isCut(key, this.summary?.metrics[key]?.ci95));
    return html`<div class="grid" role="list" aria-label="Key figures">
      ${this.metrics.map(
        (key) => html`<kpi-card
          role="listitem"
          metric=${key}
          ?partial=${this.partial}
          ?compact=${this.compact}
          .summary=${this.summary?.metrics[key] ?? null}
          .currency=${this.summary?.currency ?? null}
          .period=${this.summary?.period}
          .difference=${this.comparison?.metrics[key]?.differences[0] ?? null}
        ></kpi-card>`,
      )}
    </div>
    ${cut ? html`<p class="cut-note">${CUT_NOTE}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-grid': KpiGrid;
  }
}
