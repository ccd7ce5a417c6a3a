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
import { formatMinutes, formatNumber, formatPercent, MISSING } from '../../analysis/format.js';
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
      th.model {
        border-left: 1px solid var(--border);
      }
      td.sim {
        font-weight: 600;
      }
      ul {
        margin: 0.7rem 0 0;
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

  private simulated(key: string): number | null {
    return this.summary?.metrics[key]?.mean ?? null;
  }

  override render() {
    if (this.failure !== null) return html`<section class="card"><h3>Erlang baseline</h3><p class="lead">Not available: ${this.failure}</p></section>`;
    const baseline = this.baseline;
    if (baseline === null || baseline.rows.length === 0) return nothing;
    return html`<section class="card" aria-label="Erlang baseline">
      <h3>Erlang baseline: the textbook answer beside the simulation</h3>
      <p class="lead">
        What the classic queueing formulas predict for each counter class at its average arrival rate, with the people at the counter who can serve it. They assume a
        steady rate and servers who never leave; the gap to the simulated figures shows what breaks, absences and peaks add. <em>Needed</em>: the fewest servers
        that meet the service-level target by the formula.
      </p>
      <div class="wrap">
        <table>
          <thead>
            <tr>
              <th rowspan="2" scope="col">Class</th>
              <th rowspan="2" scope="col">Model</th>
              <th rowspan="2" class="num" scope="col">Per hour</th>
              <th rowspan="2" class="num" scope="col">Service</th>
              <th rowspan="2" class="num" scope="col">Servers</th>
              <th rowspan="2" class="num" scope="col" title="Fewest servers that meet the service-level target">Needed</th>
              <th colspan="2" class="pair" scope="colgroup">Mean wait</th>
              <th colspan="2" class="pair" scope="colgroup">Service level</th>
              <th colspan="2" class="pair" scope="colgroup">Abandonment</th>
            </tr>
            <tr>
              ${['formula', 'simulated', 'formula', 'simulated', 'formula', 'simulated'].map((l, i) => html`<th class="num ${i % 2 === 0 ? 'model' : ''}" scope="col">${l}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${baseline.rows.map((r) => {
              const key = `customer.${r.customerClass}`;
              return html`<tr>
                <td>${r.customerClass}</td>
                <td>${r.model}</td>
                <td class="num">${formatNumber(r.arrivalsPerHour)}</td>
                <td class="num">${formatMinutes(r.serviceMinutes)}</td>
                <td class="num">${r.servers}</td>
                <td class="num">${r.serversForTarget == null ? MISSING : r.serversForTarget}</td>
                <td class="num model">${formatMinutes(r.waitMean)}</td>
                <td class="num sim">${formatMinutes(this.simulated(`${key}.waitMean`))}</td>
                <td class="num model">${formatPercent(r.serviceLevel)}</td>
                <td class="num sim">${formatPercent(this.simulated(`${key}.serviceLevel`))}</td>
                <td class="num model">${r.abandonRate === undefined ? MISSING : formatPercent(r.abandonRate)}</td>
                <td class="num sim">${formatPercent(this.simulated(`${key}.abandonRate`))}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${baseline.notes !== undefined && baseline.notes.length > 0
        ? html`<ul aria-label="What the formulas leave out">
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
