/**
 * The base of the editor's list sections (`<customers-section>`, `<tasks-section>`,
 * `<staff-section>`): the draft and its errors flow in, each entry is a `<details>` the user can
 * expand, and every change goes up as a ScenarioEditEvent.
 *
 * @fires scenario-edit - for every change, with the path changed.
 */
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ScenarioEditEvent } from '../events.js';
import type { Draft } from '../state/validation.js';
import { controlStyles } from '../styles/shared.js';
import { editorStyles } from './editor-styles.js';
import { ErrorIndex } from './error-index.js';
import { withToggled } from './open-entries.js';

export abstract class ListSection extends LitElement {
  static override styles = [controlStyles, editorStyles];

  @property({ attribute: false }) draft: Draft = { staff: [] };
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;
  /** Indices of the entries shown expanded (see open-entries.ts for how they follow edits). */
  @state() protected open = new Set<number>();

  protected edit(path: (string | number)[], value: unknown): void {
    this.dispatchEvent(new ScenarioEditEvent(path, value));
  }

  /** Follows the user opening or closing entry `i` (a `<details>` toggle event). */
  protected toggle(i: number, event: Event): void {
    this.open = withToggled(this.open, i, event);
  }
}
