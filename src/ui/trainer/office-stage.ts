/**
 * `<office-stage>`: the drawing of one office at the replay's current minute (SVG). The counter shows
 * one queue lane per customer class (dots in the class's colour) and the exit door with the number of
 * customers who walked out; those who leave are seen walking to it. The back office shows a pile per
 * task type. Every person is a named token at their seat, in the colour of the work they were hired
 * for, carrying a dot in the colour of what they are serving; tokens fade when someone is on break,
 * away, sick or off duty, and glide to the other area when someone walks over to cover. A red warning
 * marks work that nobody present can do (a coverage gap).
 *
 * The replay's state changes in place; the owner sets `now` to redraw.
 */
import { LitElement, css, html, svg, nothing, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DOT_R, DOT_STEP, MAX_SHEETS, NAME_SIZE, SHEET_H, SHEET_W, TOKEN_R, stageLayout, type LaneLayout, type SeatCounts, type StageLayout } from './layout.js';
import type { OfficeReplay, PersonStatus } from './replay.js';

/** Simulated minutes a customer who gives up takes to walk to the door. */
export const WALK_MINUTES = 5;

const STATUS_LABEL: Record<PersonStatus, string> = {
  off: 'off duty',
  sick: 'off sick',
  break: 'on break',
  away: 'away',
  moving: 'walking over',
  busy: '',
  idle: '',
};

@customElement('office-stage')
export class OfficeStage extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-width: 0;
      min-height: 0;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
      font-family: var(--font, system-ui, sans-serif);
    }
    .area {
      fill: #ffffff;
      stroke: #9aa3b0;
      stroke-width: 2;
    }
    .area-title {
      font-size: 22px;
      font-weight: 800;
      letter-spacing: 0.08em;
      fill: #1c2430;
    }
    .lane-label {
      font-size: 20px;
      font-weight: 700;
      fill: #111827;
    }
    .lane-line {
      stroke: #e2e6ec;
      stroke-width: 2;
    }
    .dot {
      stroke: #ffffff;
      stroke-width: 2;
    }
    .more {
      font-size: 18px;
      font-weight: 800;
      fill: #111827;
    }
    .desk {
      fill: #8a6b4a;
    }
    .seat {
      fill: #f1f3f6;
      stroke: #cfd5dd;
      stroke-width: 1.5;
      stroke-dasharray: 4 3;
    }
    .door {
      fill: #fff1ef;
      stroke: #b42318;
      stroke-width: 2;
    }
    .door-label {
      font-size: 14px;
      font-weight: 800;
      letter-spacing: 0.06em;
      fill: #b42318;
    }
    .door-count {
      font-size: 34px;
      font-weight: 800;
      fill: #b42318;
    }
    .walker {
      stroke: #b42318;
      stroke-width: 3;
    }
    .gap-warning {
      font-size: 17px;
      font-weight: 800;
      fill: #b42318;
    }
    .gap-box {
      fill: #fdecea;
      stroke: #b42318;
      stroke-width: 2;
    }
    .sheet {
      stroke: #ffffff;
      stroke-width: 1;
    }
    .pile-count {
      font-size: 28px;
      font-weight: 800;
      fill: #111827;
    }
    .pile-name {
      font-size: 18px;
      font-weight: 700;
      fill: #111827;
    }
    .token {
      transition: transform 0.6s ease-in-out;
    }
    .token .body {
      stroke: #1c2430;
      stroke-width: 2.5;
    }
    .token .name {
      font-size: ${NAME_SIZE}px;
      font-weight: 800;
      fill: #111827;
    }
    .token .status {
      font-size: 16px;
      font-weight: 700;
      fill: #374151;
    }
    .token .item {
      stroke: #ffffff;
      stroke-width: 2.5;
    }
    .token.faded .body {
      opacity: 0.22;
      stroke-dasharray: 5 4;
    }
    .token.faded .name {
      fill: #6b7280;
    }
    .token.sick .status {
      fill: #b42318;
    }
    .token.moving .body {
      stroke-dasharray: 6 4;
    }
    .token.covering .ring {
      fill: none;
      stroke: #146c43;
      stroke-width: 4;
    }
    .token.covering .status {
      fill: #146c43;
    }
    .instant .token {
      transition: none;
    }
  `;

  /** The replay to draw. Its state changes in place; set `now` to redraw. */
  @property({ attribute: false }) replay: OfficeReplay | null = null;
  /** The simulated minute shown (changing it redraws). */
  @property({ type: Number }) now = 0;
  /** The office's name, for screen readers. */
  @property() label = '';
  /**
   * Seats to make room for per area at least: offices side by side get the same room (and with it the
   * same scale and lined-up areas) even when one has more people coming over to cover.
   */
  @property({ attribute: false }) room: SeatCounts | null = null;
  /** Skip the walking animation of tokens (after a jump, so nobody glides across the room). */
  @property({ type: Boolean }) instant = false;

  private layoutFor: OfficeReplay | null = null;
  private layoutRoom: SeatCounts | null = null;
  private layout: StageLayout | null = null;

  private currentLayout(replay: OfficeReplay): StageLayout {
    if (this.layoutFor !== replay || this.layoutRoom !== this.room || this.layout === null) {
      this.layout = stageLayout(replay.scenario, replay.visitsFront, replay.visitsBack, this.room ?? undefined);
      this.layoutFor = replay;
      this.layoutRoom = this.room;
    }
    return this.layout;
  }

  /** Desks: everyone's own always (an empty one shows who is missing); a cover desk only while used. */
  private renderSeats(r: OfficeReplay, layout: StageLayout, area: 'front' | 'back'): SVGTemplateResult[] {
    const seats: SVGTemplateResult[] = [];
    for (const s of layout.seats) {
      if (s.area !== area || (!s.home && r.area(s.person) !== area)) continue;
      seats.push(svg`<rect class="seat" x=${s.x - 34} y=${s.y - 30} width="68" height="60" rx="10"></rect>`);
    }
    return seats;
  }

  override render(): unknown {
    const r = this.replay;
    if (r === null) return nothing;
    const layout = this.currentLayout(r);
    return html`<svg viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label=${`${this.label}: the office at this moment`}
      class=${this.instant ? 'instant' : ''} preserveAspectRatio="xMidYMin meet">
      ${this.renderCounter(r, layout)} ${this.renderBack(r, layout)} ${this.renderTokens(r, layout)} ${this.renderWalkers(r, layout)}
    </svg>`;
  }

  private renderCounter(r: OfficeReplay, layout: StageLayout): SVGTemplateResult | typeof nothing {
    const c = layout.counter;
    if (c === null) return nothing;
    const walkedOut = r.walkouts;
    return svg`<g class="counter">
      <rect class="area" x="8" y=${c.top} width=${layout.width - 16} height=${c.bottom - c.top} rx="14"></rect>
      <text class="area-title" x="28" y=${c.top + 29}>COUNTER</text>
      ${c.lanes.map((lane) => this.renderLane(r, lane))}
      <rect class="door" x=${c.door.x} y=${c.door.y - 6} width="96" height=${c.door.h + 6} rx="6"></rect>
      <text class="door-label" x=${c.door.x + 48} y=${c.door.y + 14} text-anchor="middle">GAVE UP</text>
      <text class="door-count" x=${c.door.x + 48} y=${c.door.y + 50} text-anchor="middle">${walkedOut}</text>
      <rect class="desk" x="28" y=${c.deskY} width=${layout.width - 56} height="16" rx="4"></rect>
      ${this.renderSeats(r, layout, 'front')}
    </g>`;
  }

  private renderLane(r: OfficeReplay, lane: LaneLayout): SVGTemplateResult {
    const waiting = r.queues[lane.cls]!.length;
    const shown = waiting > lane.maxDots ? lane.maxDots - 1 : waiting;
    const dots: SVGTemplateResult[] = [];
    for (let k = 0; k < shown; k++) dots.push(svg`<circle class="dot" cx=${lane.dotX + k * DOT_STEP} cy=${lane.y} r=${DOT_R} fill=${lane.color}></circle>`);
    const gap = r.gapOpen(lane.skill);
    return svg`<g class="lane" data-class=${lane.name}>
      <line class="lane-line" x1=${lane.dotX - 14} x2=${lane.dotX + lane.maxDots * DOT_STEP - 10} y1=${lane.y} y2=${lane.y}></line>
      <circle cx="36" cy=${lane.y} r="9" fill=${lane.color} stroke="#1c2430" stroke-width="1.5"></circle>
      <text class="lane-label" x=${lane.labelX} y=${lane.y + 7}>${lane.name}</text>
      ${dots}
      ${waiting > shown ? svg`<text class="more" x=${lane.dotX + shown * DOT_STEP - 6} y=${lane.y + 6}>+${waiting - shown}</text>` : nothing}
      ${gap ? svg`<text class="gap-warning" x=${lane.dotX + Math.min(waiting, lane.maxDots) * DOT_STEP + 12} y=${lane.y + 6}>nobody here can serve</text>` : nothing}
    </g>`;
  }

  private renderBack(r: OfficeReplay, layout: StageLayout): SVGTemplateResult | typeof nothing {
    const b = layout.back;
    if (b === null) return nothing;
    return svg`<g class="back">
      <rect class="area" x="8" y=${b.top} width=${layout.width - 16} height=${b.bottom - b.top} rx="14"></rect>
      <text class="area-title" x="28" y=${b.top + 29}>BACK OFFICE</text>
      ${b.piles.map((pile) => {
        const n = r.piles[pile.cls]!;
        const sheets: SVGTemplateResult[] = [];
        for (let k = 0; k < Math.min(n, MAX_SHEETS); k++) {
          const dx = k % 2 === 0 ? -2 : 2;
          sheets.push(svg`<rect class="sheet" x=${pile.x - SHEET_W / 2 + dx} y=${pile.baseY - (k + 1) * (SHEET_H + 1)} width=${SHEET_W} height=${SHEET_H} rx="2" fill=${pile.color}></rect>`);
        }
        const topY = pile.baseY - Math.min(n, MAX_SHEETS) * (SHEET_H + 1);
        const gap = r.gapOpen(pile.skill);
        return svg`<g class="pile" data-task=${pile.name}>
          ${gap ? svg`<rect class="gap-box" x=${pile.x - 86} y=${pile.baseY - 134} width="172" height="186" rx="8"></rect>` : nothing}
          ${sheets}
          <text class="pile-count" x=${pile.x} y=${topY - 8} text-anchor="middle">${n}</text>
          <text class="pile-name" x=${pile.x} y=${pile.baseY + 22} text-anchor="middle">${pile.name}</text>
          ${gap ? svg`<text class="gap-warning" x=${pile.x} y=${pile.baseY + 44} text-anchor="middle">nobody here for it</text>` : nothing}
        </g>`;
      })}
      ${this.renderSeats(r, layout, 'back')}
    </g>`;
  }

  private renderTokens(r: OfficeReplay, layout: StageLayout): SVGTemplateResult {
    const staff = r.scenario.staff;
    return svg`<g class="people">${staff.map((person, p) => {
      const area = r.area(p);
      const seat = layout.seatOf[p]![area] ?? layout.seatOf[p]![person.area]!;
      const status = r.status(p);
      const item = r.serving[p]!;
      let itemColor: string | null = null;
      let helping = area !== person.area;
      if (item >= 0) {
        const front = r.itemFront[item] === 1;
        const cls = r.itemCls[item]!;
        itemColor = layout.classColors[front ? cls : r.scenario.customers.length + cls]!;
        const skill = front ? r.scenario.customers[cls]!.skill : r.scenario.tasks[cls]!.skill;
        if (skill !== person.home) helping = true;
      }
      const faded = status === 'off' || status === 'sick' || status === 'break' || status === 'away';
      const covering = helping && !faded;
      // Someone from the back office at the counter covers it; anyone else off their own work helps.
      const label = STATUS_LABEL[status] || (covering ? (area === 'front' && person.area === 'back' ? 'covering' : 'helping') : '');
      const classes = `token ${status}${faded ? ' faded' : ''}${covering ? ' covering' : ''}`;
      return svg`<g class=${classes} data-person=${person.name} data-status=${status} style=${`transform:translate(${seat.x}px,${seat.y}px)`}>
        ${covering ? svg`<circle class="ring" r=${TOKEN_R + 5}></circle>` : nothing}
        <circle class="body" r=${TOKEN_R} fill=${layout.personColor[p]!}></circle>
        ${itemColor !== null ? svg`<circle class="item" cx="18" cy="-18" r="11" fill=${itemColor}></circle>` : nothing}
        <text class="name" y=${TOKEN_R + 22} text-anchor="middle" textLength=${layout.nameFit[p] ?? nothing} lengthAdjust=${layout.nameFit[p] === null ? nothing : 'spacingAndGlyphs'}>${person.name}</text>
        ${label !== '' ? svg`<text class="status" y=${TOKEN_R + 41} text-anchor="middle">${label}</text>` : nothing}
      </g>`;
    })}</g>`;
  }

  /** Customers who left in the last few simulated minutes, walking from their place in the queue to the door. */
  private renderWalkers(r: OfficeReplay, layout: StageLayout): SVGTemplateResult | typeof nothing {
    const c = layout.counter;
    if (c === null || r.walkouts === 0) return nothing;
    const walkers: SVGTemplateResult[] = [];
    const doorX = c.door.x + 48;
    const doorY = c.door.y + c.door.h / 2 + 10;
    for (let w = r.walkouts - 1; w >= 0; w--) {
      const age = r.now - r.walkoutT[w]!;
      if (age >= WALK_MINUTES) break;
      const lane = c.lanes[r.walkoutCls[w]!]!;
      const slot = Math.min(Math.max(r.walkoutSlot[w]!, 0), lane.maxDots - 1);
      const x0 = lane.dotX + slot * DOT_STEP;
      const f = Math.max(0, age) / WALK_MINUTES;
      walkers.push(svg`<circle class="walker" cx=${x0 + (doorX - x0) * f} cy=${lane.y + (doorY - lane.y) * f} r=${DOT_R} fill=${lane.color} opacity=${1 - 0.6 * f}></circle>`);
    }
    return svg`<g class="walkers">${walkers}</g>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'office-stage': OfficeStage;
  }
}
