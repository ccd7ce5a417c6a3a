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
import { differenceFormatter, differenceText } from './difference.js';
import { controlStyles, tableStyles } from '../styles/shared.js';
import { verdict } from './kpi-card.js';

const GROUPS: readonly { readonly title: string; readonly test: (key: string) => boolean }[] = [
  { title: 'Money', test: (k) => k === 'revenue' || k === 'revenueLost' || k === 'profit' || k.startsWith('cost.') },
  { title: 'Counter', test: (k) => k.startsWith('front.') },
  { title: 'Customer classes', test: (k) => k.startsWith('customer.') },
  { title: 'Back office', test: (k) => k.startsWith('back.') || k.startsWith('task.') },
  { title: 'Coverage and utilization', test: (k) => k.startsWith('coverage.') || k.startsWith('utilization.') || k.startsWith('skill.') },
  { title: 'Staff', test: (k) => k.startsWith('staff.') },
];

/** The metric keys of each group, in the simulator's order; keys no group claims go to "Other". */
export function groupMetrics(keys: readonly string[]): { title: string; keys: string[] }[] {
  const groups = GROUPS.map((g) => ({ title: g.title, keys: keys.filter(g.test) }));
  const claimed = new Set(groups.flatMap((g) => g.keys));
  groups.push({ title: 'Other', keys: keys.filter((k) => !claimed.has(k)) });
  return groups.filter((g) => g.keys.length > 0);
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
    const columns = comparison !== null ? 5 : 5;
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
              : html`<tr>
                  <th scope="col">Metric</th>
                  <th scope="col" class="num">Mean</th>
                  <th scope="col" class="num">95% CI</th>
                  <th scope="col" class="num">SD</th>
                  <th scope="col" class="num">n</th>
                </tr>`}
          </thead>
          ${groupMetrics(shown).map(
            (group) => html`<tbody>
              <tr><th class="group" colspan=${columns} scope="colgroup">${group.title}</th></tr>
              ${group.keys.map((key) => (comparison !== null ? this.comparisonRow(comparison, key) : this.summaryRow(key)))}
            </tbody>`,
          )}
        </table>
      </div>
    `;
  }

  private label(key: string) {
    return html`<td>${metricInfo(key).label}<span class="key">${key}</span></td>`;
  }

  private summaryRow(key: string) {
    const s = this.summary?.metrics[key];
    if (s === undefined) return nothing;
    const unit = metricInfo(key).unit;
    const format = (v: number) => formatByUnit(unit, v);
    return html`<tr data-metric=${key}>
      ${this.label(key)}
      <td class="num">${formatByUnit(unit, s.mean)}</td>
      <td class="num ci">${formatInterval(s.ci95, format)}</td>
      <td class="num">${formatByUnit(unit, s.sd)}</td>
      <td class="num">${s.n}</td>
    </tr>`;
  }

  private comparisonRow(comparison: CompareSummary, key: string) {
    const m = comparison.metrics[key];
    if (m === undefined) return nothing;
    const unit = metricInfo(key).unit;
    const d = m.differences[0] ?? null;
    const kind = d === null ? 'insignificant' : verdict(key, d);
    return html`<tr data-metric=${key}>
      ${this.label(key)}
      <td class="num">${formatByUnit(unit, m.variants[0]?.mean)}</td>
      <td class="num">${formatByUnit(unit, m.variants[1]?.mean)}</td>
      <td class="num ${kind}">${d === null ? '' : differenceText(key, d.mean)}</td>
      <td class="num ci">${d === null ? '' : formatInterval(d.ci95, differenceFormatter(key, d.mean))}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'metrics-table': MetricsTable;
  }
}
