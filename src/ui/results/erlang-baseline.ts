/**
 * `<erlang-baseline>`: the textbook answer beside the simulated counter. For each customer class,
 * what Erlang C (and Erlang A, with exponential patience) predicts at the class's average rate with
 * the people at the counter who can serve it, next to what the simulation found, and the office's
 * features the formulas leave out (src/analysis/erlang-baseline.ts computes all of it).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Scenario } from '../../sim/scenario.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { erlangBaseline, type ErlangBaseline } from '../../analysis/erlang-baseline.js';
import { ERLANG_LEAD, ERLANG_NOTES_HEADING, ERLANG_TABLE, ERLANG_TITLE, erlangRows } from '../../analysis/tables/erlang-table.js';
import { specHead, specRow } from './spec-table.js';
import { cardStyles, tableStyles } from '../styles/shared.js';

@customElement('erlang-baseline')
export class ErlangBaselineElement extends LitElement {
  static override styles = [
    cardStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      .card {
        padding: 0.8rem 1rem 0.9rem;
      }
      h3 {
        font-size: 1rem;
      }
      .lead {
        margin: 0.2rem 0 0.7rem;
        color: var(--text-2);
        font-size: 0.85rem;
      }
      .wrap {
        overflow-x: auto;
      }
      table {
        font-size: 0.82rem;
      }
      th,
      td {
        white-space: nowrap;
        padding: 0.3rem 0.45rem;
      }
      th.pair {
        text-align: center;
        border-left: 1px solid var(--border);
      }
      td.model,
      th.model,
      th.pair {
        border-left: 1px solid var(--border);
      }
      td.sim {
        font-weight: 600;
      }
      .notes-heading {
        margin: 0.7rem 0 0;
      }
      ul {
        margin: 0.2rem 0 0;
        padding-left: 1.1rem;
        color: var(--text-2);
        font-size: 0.82rem;
      }
      li + li {
        margin-top: 0.15rem;
      }
    `,
  ];

  @property({ attribute: false }) scenario: Scenario | null = null;
  /** Supplies the simulated columns. */
  @property({ attribute: false }) summary: RunSummary | null = null;

  private baseline: ErlangBaseline | null = null;
  private failure: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('scenario')) return;
    this.baseline = null;
    this.failure = null;
    if (this.scenario === null) return;
    try {
      this.baseline = erlangBaseline(this.scenario);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    if (this.failure !== null) return html`<section class="card"><h3>Erlang baseline</h3><p class="lead">Not available: ${this.failure}</p></section>`;
    const baseline = this.baseline;
    if (baseline === null || baseline.rows.length === 0) return nothing;
    return html`<section class="card" aria-label="Erlang baseline">
      <h3>${ERLANG_TITLE}</h3>
      <p class="lead">${ERLANG_LEAD}</p>
      <div class="wrap">
        <table>
          <thead>
            ${specHead(ERLANG_TABLE)}
          </thead>
          <tbody>
            ${erlangRows(baseline, this.summary?.metrics ?? null).map((r) => specRow(ERLANG_TABLE, r))}
          </tbody>
        </table>
      </div>
      ${baseline.notes !== undefined && baseline.notes.length > 0
        ? html`<p class="lead notes-heading">${ERLANG_NOTES_HEADING}</p>
            <ul aria-label="What the formulas leave out">
            ${baseline.notes.map((n) => html`<li>${n}</li>`)}
          </ul>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'erlang-baseline': ErlangBaselineElement;
  }
}
