/**
 * `<scenario-editor>`: the whole scenario in tabs (office, counter, back office, staff, skills,
 * rules), with the list of what must be fixed before the office can run. Each problem names where
 * it is in the office's words and jumps to the field, which shows the same message the CLI prints.
 *
 * @fires scenario-edit - bubbled up from the sections.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ScenarioError } from '../../sim/schema.js';
import type { Draft, Validation } from '../state/validation.js';
import { cardStyles, controlStyles, tabStyles } from '../styles/shared.js';
import { ErrorIndex } from './error-index.js';
import './office-section.js';
import './customers-section.js';
import './tasks-section.js';
import './staff-section.js';
import './skills-matrix.js';
import './rules-section.js';

export const EDITOR_TABS = [
  { id: 'office', label: 'Office' },
  { id: 'counter', label: 'Counter' },
  { id: 'back', label: 'Back office' },
  { id: 'staff', label: 'Staff' },
  { id: 'skills', label: 'Skills' },
  { id: 'rules', label: 'Rules' },
] as const;
export type EditorTab = (typeof EDITOR_TABS)[number]['id'];

/** The tab where the field of an error path lives. */
export function tabOfPath(path: string): EditorTab {
  if (path.startsWith('customers')) return 'counter';
  if (path.startsWith('tasks')) return 'back';
  if (/^staff\[\d+\]\.skills/.test(path)) return 'skills';
  if (path.startsWith('staff')) return 'staff';
  if (/^(absences|policy|costs)/.test(path)) return 'rules';
  return 'office';
}

/** An error's place in the office's words: `Counter › sale › patience.mean`. */
export function describePlace(path: string, draft: Draft): string {
  const tab = EDITOR_TABS.find((t) => t.id === tabOfPath(path))!.label;
  if (path === '') return 'Scenario';
  const match = /^(customers|tasks|staff)\[(\d+)\]\.?(.*)$/.exec(path);
  if (match !== null) {
    const list = (draft as Record<string, unknown>)[match[1]!];
    const entry = Array.isArray(list) ? (list[Number(match[2])] as { name?: unknown } | undefined) : undefined;
    const name = typeof entry?.name === 'string' && entry.name !== '' ? entry.name : `#${Number(match[2]) + 1}`;
    return [tab, name, match[3]].filter((part) => part !== '' && part !== undefined).join(' › ');
  }
  return `${tab} › ${path}`;
}

/** Finds the element for `path` (or its nearest ancestor) through nested shadow roots. */
function findPathElement(root: ParentNode, path: string): HTMLElement | null {
  const exact = (node: ParentNode): HTMLElement | null => {
    const direct = node.querySelector<HTMLElement>(`[data-path="${path.replace(/"/g, '\\"')}"]`);
    if (direct !== null) return direct;
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot !== null) {
        const found = exact(el.shadowRoot);
        if (found !== null) return found;
      }
    }
    return null;
  };
  return exact(root);
}

@customElement('scenario-editor')
export class ScenarioEditor extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    tabStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
      }
      /* The six sections wrap onto a second line rather than scroll out of sight when the pane is
         narrow or problem badges widen them: every section stays visible, with its badge. */
      [role='tablist'] {
        padding: 0 0.4rem;
        background: var(--surface);
        flex-shrink: 0;
        flex-wrap: wrap;
        overflow-x: visible;
      }
      [role='tab'] {
        padding-inline: 0.55rem;
        white-space: nowrap;
      }
      .panel {
        padding: 0.9rem 1rem 2rem;
        overflow-y: auto;
        flex: 1;
        min-height: 0;
      }
      .problems {
        margin: 0 0 1rem;
        padding: 0.7rem 0.9rem;
        border: 1px solid color-mix(in srgb, var(--bad) 40%, white);
        background: var(--bad-soft);
        border-radius: var(--radius);
      }
      .problems h2 {
        font-size: 0.95rem;
        color: var(--bad);
        margin-bottom: 0.35rem;
      }
      .problems ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      .problems button {
        display: block;
        width: 100%;
        text-align: left;
        white-space: normal;
        border: none;
        background: transparent;
        padding: 0.2rem 0.3rem;
        min-height: 0;
        font-weight: 400;
        font-size: 0.88rem;
        line-height: 1.35;
      }
      .problems button:hover {
        background: rgba(255, 255, 255, 0.6);
      }
      .place {
        font-weight: 600;
      }
      details.notes {
        margin: 0 0 1rem;
        padding: 0.5rem 0.8rem;
        border: 1px solid color-mix(in srgb, var(--warn) 35%, white);
        background: var(--warn-soft);
        border-radius: var(--radius);
        font-size: 0.88rem;
      }
      details.notes summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--warn);
      }
      details.notes ul {
        margin: 0.4rem 0 0;
        padding-left: 1.1rem;
      }
    `,
  ];

  @property({ attribute: false }) draft: Draft = { staff: [] };
  @property({ attribute: false }) validation: Validation = { ok: true, scenario: null, errors: [], warnings: [] };
  @state() tab: EditorTab = 'office';

  private errorIndex = ErrorIndex.empty;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('validation')) this.errorIndex = new ErrorIndex(this.validation.errors);
  }

  private select(tab: EditorTab): void {
    this.tab = tab;
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = EDITOR_TABS.findIndex((t) => t.id === this.tab);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % EDITOR_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + EDITOR_TABS.length) % EDITOR_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = EDITOR_TABS.length - 1;
    else return;
    event.preventDefault();
    this.tab = EDITOR_TABS[next]!.id;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  /** Shows the field of `error`: its tab, its list entry opened, scrolled into view and focused. */
  async reveal(error: ScenarioError): Promise<void> {
    this.tab = tabOfPath(error.path);
    await this.updateComplete;
    const section = this.renderRoot.querySelector('.panel > .section') as LitElement | null;
    await section?.updateComplete;
    let path = error.path;
    let target: HTMLElement | null = null;
    while (target === null && path !== '') {
      target = section?.shadowRoot ? findPathElement(section.shadowRoot, path) : null;
      if (target === null) {
        const parent = path.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
        path = parent === path ? '' : parent;
      }
    }
    if (target === null) return;
    const details = target.closest('details');
    if (details !== null && !details.hasAttribute('open')) {
      // The attribute, not the property: the same in every DOM; browsers fire "toggle" for either.
      details.setAttribute('open', '');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await (section as LitElement).updateComplete;
    }
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    const focusable = target.matches('input, select, button') ? target : target.shadowRoot?.querySelector<HTMLElement>('input, select') ?? target.querySelector<HTMLElement>('input, select, button, summary');
    focusable?.focus?.({ preventScroll: true });
  }

  private renderSection() {
    const props = { draft: this.draft, errors: this.errorIndex };
    switch (this.tab) {
      case 'office':
        return html`<office-section class="section" .draft=${props.draft} .errors=${props.errors}></office-section>`;
      case 'counter':
        return html`<customers-section class="section" .draft=${props.draft} .errors=${props.errors}></customers-section>`;
      case 'back':
        return html`<tasks-section class="section" .draft=${props.draft} .errors=${props.errors}></tasks-section>`;
      case 'staff':
        return html`<staff-section class="section" .draft=${props.draft} .errors=${props.errors}></staff-section>`;
      case 'skills':
        return html`<skills-matrix class="section" .draft=${props.draft} .errors=${props.errors}></skills-matrix>`;
      case 'rules':
        return html`<rules-section class="section" .draft=${props.draft} .errors=${props.errors}></rules-section>`;
    }
  }

  override render() {
    const errors = this.validation.errors;
    const counts = new Map<EditorTab, number>();
    for (const e of errors) counts.set(tabOfPath(e.path), (counts.get(tabOfPath(e.path)) ?? 0) + 1);
    return html`
      <div role="tablist" aria-label="Scenario sections" @keydown=${this.onTabKey}>
        ${EDITOR_TABS.map(
          (t) => html`<button
            role="tab"
            id="tab-${t.id}"
            aria-selected=${this.tab === t.id ? 'true' : 'false'}
            aria-controls="editor-panel"
            tabindex=${this.tab === t.id ? 0 : -1}
            @click=${() => this.select(t.id)}
          >
            ${t.label}${counts.get(t.id) ? html` <span class="badge" aria-label="${counts.get(t.id)} problems">${counts.get(t.id)}</span>` : nothing}
          </button>`,
        )}
      </div>
      <div class="panel" id="editor-panel" role="tabpanel" aria-labelledby="tab-${this.tab}">
        ${errors.length > 0
          ? html`<section class="problems" role="alert" aria-label="Problems to fix">
              <h2>${errors.length === 1 ? '1 problem' : `${errors.length} problems`} to fix before the office can run</h2>
              <ul>
                ${errors.map(
                  (e) => html`<li>
                    <button type="button" @click=${() => this.reveal(e)}><span class="place">${describePlace(e.path, this.draft)}</span>: ${e.message}</button>
                  </li>`,
                )}
              </ul>
            </section>`
          : nothing}
        ${this.validation.warnings.length > 0
          ? html`<details class="notes">
              <summary>${this.validation.warnings.length === 1 ? '1 note' : `${this.validation.warnings.length} notes`}: runs, but check</summary>
              <ul>
                ${this.validation.warnings.map((w) => html`<li><strong>${describePlace(w.path, this.draft)}</strong>: ${w.message}</li>`)}
              </ul>
            </details>`
          : nothing}
        ${this.renderSection()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scenario-editor': ScenarioEditor;
  }
}
