/** Layout shared by the editor's sections: field grids, list entries and their headers. */
import { css } from 'lit';
import { badgeStyles, introStyles } from '../styles/shared.js';

export const editorStyles = css`
  :host {
    display: block;
  }
  ${introStyles}
  h3.group {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--text-3);
    margin: 1.1rem 0 0.5rem;
  }
  h3.group:first-child {
    margin-top: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: 0.65rem 0.75rem;
    align-items: start;
  }
  .grid .wide {
    grid-column: 1 / -1;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: 0.65rem;
  }
  details.item {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--surface);
    margin-bottom: 0.6rem;
  }
  details.item[open] {
    box-shadow: var(--shadow);
  }
  details.item > summary {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0.55rem 0.75rem;
    cursor: pointer;
    list-style: none;
    border-radius: var(--radius);
  }
  details.item > summary::-webkit-details-marker {
    display: none;
  }
  details.item > summary::before {
    content: '';
    width: 0.45rem;
    height: 0.45rem;
    border-right: 2px solid var(--text-3);
    border-bottom: 2px solid var(--text-3);
    transform: rotate(-45deg);
    transition: transform 0.15s;
    flex-shrink: 0;
  }
  details.item[open] > summary::before {
    transform: rotate(45deg);
  }
  details.item > summary:hover {
    background: var(--surface-2);
  }
  .item-title {
    font-weight: 600;
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-meta {
    color: var(--text-3);
    font-size: 0.82rem;
    white-space: nowrap;
  }
  .item-body {
    padding: 0.2rem 0.75rem 0.8rem;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .item-actions {
    display: flex;
    gap: 0.4rem;
    justify-content: flex-end;
    border-top: 1px solid var(--border);
    padding-top: 0.6rem;
  }
  .list-actions {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.2rem;
  }
  ${badgeStyles}
  .sub {
    border: 1px solid var(--border);
    border-radius: var(--radius-sm);
    padding: 0.5rem 0.6rem 0.6rem;
  }
  .sub-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    font-size: 0.82rem;
    font-weight: 500;
    color: var(--text-2);
    margin-bottom: 0.4rem;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr auto;
    gap: 0.5rem;
    align-items: end;
    margin-bottom: 0.4rem;
  }
  .empty-note {
    color: var(--text-3);
    font-size: 0.85rem;
    margin: 0.2rem 0 0.6rem;
  }
  .error {
    color: var(--bad);
    font-size: 0.8rem;
    margin: 0.2rem 0;
  }
`;
