/**
 * Styles shared by the app's elements (each element has its own shadow root, so shared rules are
 * adopted per element). Colours, radii and fonts come from the custom properties in index.html.
 */
import { css } from 'lit';

/** Buttons, inputs, selects and focus rings. */
export const controlStyles = css`
  :host {
    font-family: var(--font);
    color: var(--text);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.1rem;
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--border-strong);
    border-radius: var(--radius-sm);
    background: var(--surface);
    cursor: pointer;
    white-space: nowrap;
    font-weight: 500;
  }
  button:hover:not(:disabled) {
    background: var(--surface-3);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--accent-ink);
  }
  button.primary:hover:not(:disabled) {
    background: var(--accent-2);
  }
  button.danger {
    color: var(--bad);
    border-color: color-mix(in srgb, var(--bad) 45%, white);
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--accent);
    padding-inline: 0.45rem;
  }
  button.quiet:hover:not(:disabled) {
    background: var(--accent-soft);
  }
  button.icon {
    min-width: 2.1rem;
    justify-content: center;
    padding: 0.2rem 0.45rem;
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    min-height: 2.1rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--border-strong);
    border-radius: var(--radius-sm);
    background: var(--surface);
    min-width: 0;
  }
  input[type='checkbox'] {
    min-height: auto;
    width: 1.05rem;
    height: 1.05rem;
    accent-color: var(--accent);
  }
  input[type='number'] {
    font-variant-numeric: tabular-nums;
    -moz-appearance: textfield;
    appearance: textfield;
  }
  /* Spin buttons take room from the digits and are slower than typing. */
  input[type='number']::-webkit-inner-spin-button,
  input[type='number']::-webkit-outer-spin-button {
    -webkit-appearance: none;
    margin: 0;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--bad);
    background: var(--bad-soft);
  }
  :is(button, input, select, textarea, summary, a, [tabindex]):focus-visible {
    outline: none;
    box-shadow: var(--focus-ring);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/** The sentence that opens an editor section: what it holds and how the office uses it. */
export const introStyles = css`
  .intro {
    margin: 0 0 0.8rem;
    color: var(--text-2);
    font-size: 0.9rem;
  }
`;

/** The host of an editor field (one input, or a group of them): a block that may shrink in a grid cell. */
export const fieldHostStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
`;

/** The bordered, titled group around a value edited with several inputs (a distribution, an hourly profile). */
export const fieldsetStyles = css`
  fieldset {
    border: 1px solid var(--border);
    border-radius: var(--radius-sm);
    margin: 0;
    padding: 0.45rem 0.6rem 0.6rem;
    min-width: 0;
  }
  legend {
    font-size: 0.82rem;
    font-weight: 500;
    color: var(--text-2);
    padding: 0 0.25rem;
  }
`;

/** White panels with a border, used for editor groups, KPI cards and chart cards. */
export const cardStyles = css`
  .card {
    background: var(--surface);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    box-shadow: var(--shadow);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
    font-weight: 600;
  }
  .muted {
    color: var(--text-2);
  }
  .hint {
    color: var(--text-3);
    font-size: 0.85rem;
  }
`;

/** A small round count of problems, white on red: on an editor tab, on a list entry's header. */
export const badgeStyles = css`
  .badge {
    display: inline-grid;
    place-items: center;
    min-width: 1.2rem;
    height: 1.2rem;
    padding: 0 0.3rem;
    border-radius: 999px;
    background: var(--bad);
    color: #fff;
    font-size: 0.72rem;
    font-weight: 700;
  }
`;

/** Tabs: a row of buttons with role="tab", the selected one underlined; a `.badge` counts a tab's problems. */
export const tabStyles = css`
  ${badgeStyles}
  [role='tablist'] {
    display: flex;
    gap: 0.15rem;
    border-bottom: 1px solid var(--border);
    overflow-x: auto;
    scrollbar-width: thin;
  }
  [role='tab'] {
    border: none;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: transparent;
    color: var(--text-2);
    padding: 0.45rem 0.7rem 0.35rem;
    min-height: 2.3rem;
    font-weight: 500;
  }
  [role='tab']:hover:not(:disabled) {
    background: var(--surface-3);
    color: var(--text);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--accent);
    border-bottom-color: var(--accent);
    font-weight: 600;
  }
`;

/**
 * A drop-down menu: `<details class="menu">` whose `<summary>` opens a panel `.items` of buttons
 * under its right edge. Each menu sizes its summary, panel and items to its place.
 */
export const menuStyles = css`
  details.menu {
    position: relative;
  }
  details.menu summary {
    list-style: none;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    box-sizing: border-box;
    border-radius: var(--radius-sm);
    cursor: pointer;
    font-weight: 500;
  }
  details.menu summary::-webkit-details-marker {
    display: none;
  }
  details.menu summary::after {
    content: '▾';
    font-size: 0.75rem;
  }
  details.menu .items {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 20;
    background: var(--surface);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    box-shadow: 0 8px 24px rgba(16, 24, 40, 0.18);
    padding: 0.3rem;
    display: flex;
    flex-direction: column;
  }
  details.menu .items button {
    border: none;
    background: transparent;
  }
  details.menu .items button:hover {
    background: var(--surface-3);
  }
`;

/** Plain data tables with tabular figures. */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.35rem 0.6rem;
    border-bottom: 1px solid var(--border);
    text-align: left;
    vertical-align: middle;
  }
  th {
    font-weight: 600;
    color: var(--text-2);
    font-size: 0.85rem;
    background: var(--surface-2);
    position: sticky;
    top: 0;
    z-index: 1;
  }
  td.num,
  th.num {
    text-align: right;
    white-space: nowrap;
  }
`;
