/**
 * `<stage-legend>`: one line that tells the room how to read the office drawings, with the same
 * symbols the stage draws: a person, what they serve, someone away, someone covering, waiting
 * customers, the pile of back-office work and the door of those who gave up.
 */
import { LitElement, css, html, svg, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';

const PERSON = '#4269d0';
const CUSTOMER = '#efb118';

function symbol(content: ReturnType<typeof svg>): TemplateResult {
  return html`<svg viewBox="-16 -16 32 32" width="1.5em" height="1.5em" aria-hidden="true">${content}</svg>`;
}

const ITEMS: readonly { readonly symbol: TemplateResult; readonly text: string }[] = [
  { symbol: symbol(svg`<circle r="12" fill=${PERSON} stroke="#1c2430" stroke-width="2"></circle>`), text: 'a person (colour: their own job)' },
  {
    symbol: symbol(svg`<circle r="10" fill=${PERSON} stroke="#1c2430" stroke-width="2"></circle><circle cx="8" cy="-8" r="6" fill=${CUSTOMER} stroke="#fff" stroke-width="2"></circle>`),
    text: 'serving',
  },
  { symbol: symbol(svg`<circle r="12" fill=${PERSON} opacity="0.25" stroke="#1c2430" stroke-width="2" stroke-dasharray="4 3"></circle>`), text: 'on break, away or off' },
  { symbol: symbol(svg`<circle r="13" fill="none" stroke="#146c43" stroke-width="3.5"></circle><circle r="9" fill=${PERSON} stroke="#1c2430" stroke-width="2"></circle>`), text: 'covering or helping' },
  { symbol: symbol(svg`<circle cx="-8" r="6" fill=${CUSTOMER}></circle><circle cx="7" r="6" fill=${CUSTOMER}></circle>`), text: 'waiting customers' },
  { symbol: symbol(svg`<rect x="-11" y="2" width="22" height="6" fill="#ff725c"></rect><rect x="-10" y="-6" width="22" height="6" fill="#ff725c"></rect>`), text: 'waiting work' },
  { symbol: symbol(svg`<rect x="-12" y="-12" width="24" height="24" rx="3" fill="#fff1ef" stroke="#b42318" stroke-width="2.5"></rect><text y="6" text-anchor="middle" font-size="15" font-weight="800" fill="#b42318">3</text>`), text: 'gave up and left' },
];

@customElement('stage-legend')
export class StageLegend extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.95rem;
      font-weight: 600;
      color: #1f2937;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      white-space: nowrap;
    }
    svg {
      flex: none;
    }
  `;

  override render(): unknown {
    return html`<ul aria-label="How to read the drawings">
      ${ITEMS.map((item) => html`<li>${item.symbol}${item.text}</li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stage-legend': StageLegend;
  }
}
