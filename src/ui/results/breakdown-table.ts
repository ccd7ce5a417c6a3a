/**
 * `<breakdown-table>`: one metric family broken down by class, task or skill: a row per name, a
 * column per metric (`customer.<name>.waitMean`, `customer.<name>.abandonRate`, ...), each cell the
 * mean with its 95% CI beneath.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { CUT_NOTE, formatByUnit, formatMetricInterval, isCut, metricInfo } from '../../analysis/metric-info.js';
import { periodSuffix } from '../../analysis/period.js';
import { cardStyles, tableStyles } from '../styles/shared.js';

export interface BreakdownColumn {
  /** The key's last part: `waitMean` in `customer.sale.waitMean`. */
  readonly suffix: string;
  readonly label: string;
}

@customElement('breakdown-table')
export class BreakdownTable extends LitElement {
  static override styles = [
    cardStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      .card {
        padding: 0.8rem 1rem 0.6rem;
      }
      h3 {
        font-size: 1rem;
        margin-bottom: 0.5rem;
      }
      th {
        position: static;
      }
      td.num {
        font-size: 0.95rem;
      }
      .ci {
        display: block;
        color: var(--text-3);
        font-size: 0.75rem;
      }
      tbody th {
        background: transparent;
        color: var(--text);
        font-size: 0.95rem;
      }
      tbody tr:last-child > * {
        border-bottom: none;
      }
    `,
  ];

  @property() heading = '';
  @property({ attribute: false }) summary: RunSummary | null = null;
  /** The key's first part: `customer`, `task`, `skill`, `staff`. */
  @property() family = '';
  @property({ attribute: false }) names: readonly string[] = [];
  @property({ attribute: false }) columns: readonly BreakdownColumn[] = [];
  /** What a row is called in the header: "Customer class". */
  @property() rowLabel = '';

  override render() {
    const summary = this.summary;
    if (summary === null || this.names.length === 0) return nothing;
    const columns = this.columns.filter((c) => this.names.some((n) => `${this.family}.${n}.${c.suffix}` in summary.metrics));
    return html`<section class="card" aria-label=${this.heading}>
      <h3>${this.heading}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${this.rowLabel}</th>
            ${columns.map((c) => {
              const period = periodSuffix(`${this.family}.${this.names[0]}.${c.suffix}`, summary.period);
              return html`<th scope="col" class="num">${c.label}${period ? `, ${period}` : ''}</th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${this.names.map(
            (name) => html`<tr>
              <th scope="row">${name}</th>
              ${columns.map((c) => {
                const key = `${this.family}.${name}.${c.suffix}`;
                const s = summary.metrics[key];
                const unit = metricInfo(key).unit;
                const format = (v: number) => formatByUnit(unit, v, { currency: summary.currency });
                return html`<td class="num" data-metric=${key} title=${isCut(key, s?.ci95) ? CUT_NOTE : nothing}>
                  ${formatByUnit(unit, s?.mean, { currency: summary.currency })}<span class="ci">${s?.ci95 ? formatMetricInterval(key, s.ci95, { format }) : ''}</span>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'breakdown-table': BreakdownTable;
  }
}
