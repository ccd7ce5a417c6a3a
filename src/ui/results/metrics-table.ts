/**
 * `<metrics-table>`: every metric of the run, grouped (counter, customer classes, back office,
 * money, staff and coverage), with mean, 95% CI, standard deviation and the number of replications
 * that define it. With a comparison it shows the baseline and the paired difference instead.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CompareSummary, RunSummary } from '../../analysis/run-summary.js';
import { formatInterval } from '../../analysis/format.js';
import { formatByUnit, metricInfo } from '../../analysis/metric-info.js';
import { metricGroup, metricTable, periodLabel, type MetricTableRow } from '../../analysis/tables/metric-table.js';
import { specHead, specRow } from './spec-table.js';
import { differenceFormatter, differenceText } from './difference.js';
import { controlStyles, tableStyles } from '../styles/shared.js';
import { verdict } from './kpi-card.js';

/** The metric keys of each family (the catalogue's), in the simulator's order. */
export function groupMetrics(keys: readonly string[]): { title: string; keys: string[] }[] {
  const groups: { title: string; keys: string[] }[] = [];
  for (const key of keys) {
    const title = metricGroup(key);
    const last = groups.at(-1);
    if (last !== undefined && last.title === title) last.keys.push(key);
    else groups.push({ title, keys: [key] });
  }
  return groups;
}

@customElement('metrics-table')
export class MetricsTable extends LitElement {
  static override styles = [
    controlStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      .tools {
        display: flex;
        gap: 0.6rem;
        align-items: center;
        margin-bottom: 0.6rem;
      }
      .tools input {
        width: 18rem;
        max-width: 100%;
      }
      .wrap {
        background: var(--surface);
        border: 1px solid var(--border);
        border-radius: var(--radius);
        overflow: auto;
      }
      th.group {
        background: var(--surface-3);
        color: var(--text);
        font-size: 0.82rem;
        text-transform: uppercase;
        letter-spacing: 0.05em;
        position: static;
      }
      .key {
        display: block;
        font-family: var(--mono);
        font-size: 0.72rem;
        color: var(--text-3);
      }
      .better {
        color: var(--good);
        font-weight: 600;
      }
      .worse {
        color: var(--bad);
        font-weight: 600;
      }
      .insignificant {
        color: var(--text-3);
      }
      td.ci {
        color: var(--text-2);
        font-size: 0.88rem;
      }
    `,
  ];

  @property({ attribute: false }) summary: RunSummary | null = null;
  /** When given, the table shows baseline, current and their paired difference. */
  @property({ attribute: false }) comparison: CompareSummary | null = null;
  @state() private filter = '';

  override render() {
    const comparison = this.comparison;
    const keys = comparison?.metricKeys ?? this.summary?.metricKeys ?? [];
    if (keys.length === 0) return html`<p class="muted">Run the simulation to see every metric.</p>`;
    const needle = this.filter.trim().toLowerCase();
    const shown = needle === '' ? keys : keys.filter((k) => k.toLowerCase().includes(needle) || metricInfo(k).label.toLowerCase().includes(needle));
    const columns = 5;
    const spec = metricTable(this.summary?.period, this.summary?.currency ?? null);
    return html`
      <div class="tools">
        <label for="filter">Find a metric</label>
        <input id="filter" type="search" placeholder="e.g. wait, ana, profit" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="wrap">
        <table>
          <thead>
            ${comparison !== null
              ? html`<tr>
                  <th scope="col">Metric</th>
                  <th scope="col" class="num">${comparison.variants[0]}</th>
                  <th scope="col" class="num">${comparison.variants[1]}</th>
                  <th scope="col" class="num">Difference</th>
                  <th scope="col" class="num">95% CI of the difference</th>
                </tr>`
              : specHead(spec)}
          </thead>
          ${groupMetrics(shown).map(
            (group) => html`<tbody>
              <tr><th class="group" colspan=${columns} scope="colgroup">${group.title}</th></tr>
              ${group.keys.map((key) => (comparison !== null ? this.comparisonRow(comparison, key) : this.summaryRow(spec, key)))}
            </tbody>`,
          )}
        </table>
      </div>
    `;
  }

  private label(key: string, period = this.comparison?.period ?? this.summary?.period) {
    return html`<td>${periodLabel(key, period)}<span class="key">${key}</span></td>`;
  }

  private summaryRow(spec: ReturnType<typeof metricTable>, key: string) {
    const summary = this.summary;
    const s = summary?.metrics[key];
    if (summary == null || s === undefined) return nothing;
    const row: MetricTableRow = { scenario: summary.scenario, key, summary: s };
    return specRow(spec, row, { currency: summary.currency, rowKey: (r) => r.key, cells: { label: (r, text) => html`${text}<span class="key">${r.key}</span>` } });
  }

  private comparisonRow(comparison: CompareSummary, key: string) {
    const m = comparison.metrics[key];
    if (m === undefined) return nothing;
    const unit = metricInfo(key).unit;
    const currency = comparison.runs[0]?.currency ?? null;
    const d = m.differences[0] ?? null;
    const kind = d === null ? 'insignificant' : verdict(key, d);
    return html`<tr data-metric=${key}>
      ${this.label(key)}
      <td class="num">${formatByUnit(unit, m.variants[0]?.mean, { currency })}</td>
      <td class="num">${formatByUnit(unit, m.variants[1]?.mean, { currency })}</td>
      <td class="num ${kind}">${d === null ? '' : differenceText(key, d.mean, currency)}</td>
      <td class="num ci">${d === null ? '' : formatInterval(d.ci95, differenceFormatter(key, d.mean, currency))}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'metrics-table': MetricsTable;
  }
}
