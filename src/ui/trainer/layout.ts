/**
 * Where things stand on the office drawing (SVG user units; the drawing scales to its box): the
 * counter with one queue lane per customer class and the exit door, the back office with one pile per
 * task type, and a fixed seat for every person in every area they visit today, so tokens only move
 * when someone really walks over. Computed once per replay; drawing a frame only looks positions up.
 */
import { AREA_COLORS, classColor } from '../../analysis/charts/palette.js';
import type { Scenario } from '../../sim/scenario.js';

export const STAGE_WIDTH = 800;
const PAD = 20;
/** Height of an area's title row. */
const TITLE_H = 40;
const LANE_H = 34;
/** Where the queue's dots start (after the class name). */
const LANE_DOTS_X = 200;
export const DOT_R = 10;
export const DOT_STEP = 24;
const DOOR_W = 96;
const DESK_H = 16;
const SEAT_W = 95;
const SEAT_H = 104;
/** Token centre below the top of its seat. */
const SEAT_TOKEN_Y = 34;
export const TOKEN_R = 24;
/** The name label's font size (SVG units) and the widest a name may be before it is squeezed. */
export const NAME_SIZE = 20;
const NAME_MAX_W = SEAT_W - 9;
const PILE_W = 180;
/** A pile's block: its count, up to MAX_SHEETS sheets, its name and room for the gap warning. */
const PILE_H = 190;
/** From the top of a pile's block to the bottom of its sheets. */
const PILE_BASE = 136;
export const SHEET_W = 76;
export const SHEET_H = 9;
/** Sheets drawn per pile at most; the count above the pile tells the rest. */
export const MAX_SHEETS = 10;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LaneLayout {
  readonly cls: number;
  readonly name: string;
  readonly skill: string;
  readonly color: string;
  /** Centre line of the lane. */
  readonly y: number;
  readonly labelX: number;
  /** Centre of the first waiting customer's dot. */
  readonly dotX: number;
  /** Dots that fit before the door; more waiting shows as "+N". */
  readonly maxDots: number;
}

export interface PileLayout {
  readonly cls: number;
  readonly name: string;
  readonly skill: string;
  readonly color: string;
  /** Centre of the pile. */
  readonly x: number;
  /** Bottom of the pile (the sheets stack upwards from here). */
  readonly baseY: number;
}

export interface AreaLayout {
  readonly top: number;
  readonly bottom: number;
  readonly title: string;
}

export interface Seat extends Point {
  readonly area: 'front' | 'back';
  readonly person: number;
  /** The person's own place (home area), as opposed to where they come to cover. */
  readonly home: boolean;
}

export interface StageLayout {
  readonly width: number;
  readonly height: number;
  readonly counter: (AreaLayout & { readonly lanes: readonly LaneLayout[]; readonly deskY: number; readonly door: Point & { readonly h: number } }) | null;
  readonly back: (AreaLayout & { readonly piles: readonly PileLayout[] }) | null;
  readonly seats: readonly Seat[];
  /** Per person: the token's centre when posted at the counter / in the back office. */
  readonly seatOf: readonly { readonly front: Point | null; readonly back: Point | null }[];
  /** Per person: the colour of the work they were hired for (their home skill's class colour). */
  readonly personColor: readonly string[];
  /** Per person: the width to squeeze the name label into when it would run into the next seat, else null. */
  readonly nameFit: readonly (number | null)[];
  /** Colour of counter class i, then of task type j at index customers.length + j. */
  readonly classColors: readonly string[];
}

/** Customer class i gets colour i; task type j the colour after the last customer class. */
export function stageClassColors(scenario: Scenario): string[] {
  return [...scenario.customers.map((_, i) => classColor(i)), ...scenario.tasks.map((_, j) => classColor(scenario.customers.length + j))];
}

function personColors(scenario: Scenario, classColors: readonly string[]): string[] {
  return scenario.staff.map((p) => {
    const c = scenario.customers.findIndex((k) => k.skill === p.home);
    if (c >= 0 && p.area === 'front') return classColors[c]!;
    const t = scenario.tasks.findIndex((k) => k.skill === p.home);
    if (t >= 0) return classColors[scenario.customers.length + t]!;
    return c >= 0 ? classColors[c]! : AREA_COLORS[p.area];
  });
}

/** Seats in rows, centred, `count` of them starting at `top`; returns their token centres. */
function seatGrid(count: number, top: number): Point[] {
  const perRow = Math.floor((STAGE_WIDTH - 2 * PAD) / SEAT_W);
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const x0 = (STAGE_WIDTH - inRow * SEAT_W) / 2;
    points.push({ x: x0 + SEAT_W * ((i % perRow) + 0.5), y: top + row * SEAT_H + SEAT_TOKEN_Y });
  }
  return points;
}

function rows(count: number): number {
  return Math.ceil(count / Math.floor((STAGE_WIDTH - 2 * PAD) / SEAT_W));
}

/** Seats an office needs at the counter and in the back office: everyone who is ever posted there. */
export interface SeatCounts {
  readonly front: number;
  readonly back: number;
}

export function seatCounts(visitsFront: readonly boolean[], visitsBack: readonly boolean[]): SeatCounts {
  return { front: visitsFront.filter(Boolean).length, back: visitsBack.filter(Boolean).length };
}

/**
 * The drawing of `scenario`'s office. `visitsFront[p]` / `visitsBack[p]`: whether person p is ever
 * posted there today (their home area, or where a cover rule sends them), from the replay.
 * `room` reserves space for at least that many seats per area, so offices shown side by side (one
 * with more people coming over to cover than the other) share one scale and line their areas up.
 */
export function stageLayout(
  scenario: Scenario,
  visitsFront: readonly boolean[],
  visitsBack: readonly boolean[],
  room: SeatCounts = { front: 0, back: 0 },
): StageLayout {
  const classColors = stageClassColors(scenario);
  const P = scenario.staff.length;
  const seatOf: { front: Point | null; back: Point | null }[] = scenario.staff.map(() => ({ front: null, back: null }));
  const seats: Seat[] = [];
  // Home people first, in file order, then those who come to cover: cover seats sit at the end.
  const order = (area: 'front' | 'back', visits: readonly boolean[]): number[] => {
    const all = Array.from({ length: P }, (_, p) => p).filter((p) => visits[p]);
    return [...all.filter((p) => scenario.staff[p]!.area === area), ...all.filter((p) => scenario.staff[p]!.area !== area)];
  };
  const place = (area: 'front' | 'back', people: number[], top: number): void => {
    seatGrid(people.length, top).forEach((point, i) => {
      const person = people[i]!;
      seatOf[person]![area] = point;
      seats.push({ ...point, area, person, home: scenario.staff[person]!.area === area });
    });
  };

  let y = PAD;
  let counter: StageLayout['counter'] = null;
  const frontPeople = order('front', visitsFront);
  if (scenario.customers.length > 0 || frontPeople.length > 0) {
    const top = y;
    const lanesTop = top + TITLE_H;
    const doorX = STAGE_WIDTH - PAD - DOOR_W;
    const lanes: LaneLayout[] = scenario.customers.map((c, i) => ({
      cls: i,
      name: c.name,
      skill: c.skill,
      color: classColors[i]!,
      y: lanesTop + LANE_H * (i + 0.5),
      labelX: PAD + 26,
      dotX: LANE_DOTS_X,
      maxDots: Math.max(1, Math.floor((doorX - 48 - LANE_DOTS_X) / DOT_STEP) + 1),
    }));
    const lanesH = Math.max(LANE_H * scenario.customers.length, 64);
    const deskY = lanesTop + lanesH + 14;
    place('front', frontPeople, deskY + DESK_H + 10);
    const bottom = deskY + DESK_H + 10 + rows(Math.max(frontPeople.length, room.front)) * SEAT_H;
    counter = { top, bottom, title: 'Counter', lanes, deskY, door: { x: doorX, y: lanesTop, h: lanesH } };
    y = bottom + 16;
  }

  let back: StageLayout['back'] = null;
  const backPeople = order('back', visitsBack);
  if (scenario.tasks.length > 0 || backPeople.length > 0) {
    const top = y;
    const seatsNeeded = Math.max(backPeople.length, room.back);
    // A small back office puts its piles and desks side by side: a shorter drawing, drawn larger.
    const sideBySide = scenario.tasks.length * PILE_W + seatsNeeded * SEAT_W <= STAGE_WIDTH - 2 * PAD;
    const pilesW = scenario.tasks.length * PILE_W;
    const rowW = pilesW + seatsNeeded * SEAT_W;
    const perRow = Math.max(1, Math.floor((STAGE_WIDTH - 2 * PAD) / PILE_W));
    const pileRows = sideBySide ? 1 : Math.ceil(scenario.tasks.length / perRow);
    const piles: PileLayout[] = scenario.tasks.map((t, j) => {
      const row = sideBySide ? 0 : Math.floor(j / perRow);
      const inRow = sideBySide ? scenario.tasks.length : Math.min(perRow, scenario.tasks.length - row * perRow);
      const x0 = sideBySide ? (STAGE_WIDTH - rowW) / 2 : (STAGE_WIDTH - inRow * PILE_W) / 2;
      return {
        cls: j,
        name: t.name,
        skill: t.skill,
        color: classColors[scenario.customers.length + j]!,
        x: x0 + PILE_W * ((sideBySide ? j : j % perRow) + 0.5),
        baseY: top + TITLE_H + row * PILE_H + PILE_BASE,
      };
    });
    let bottom: number;
    if (sideBySide) {
      const x0 = (STAGE_WIDTH - rowW) / 2 + pilesW;
      const y0 = top + TITLE_H + PILE_BASE - SEAT_TOKEN_Y - 20;
      backPeople.forEach((person, i) => {
        const point = { x: x0 + SEAT_W * (i + 0.5), y: y0 + SEAT_TOKEN_Y };
        seatOf[person]!.back = point;
        seats.push({ ...point, area: 'back', person, home: scenario.staff[person]!.area === 'back' });
      });
      bottom = top + TITLE_H + PILE_H;
    } else {
      const seatsTop = top + TITLE_H + pileRows * PILE_H;
      place('back', backPeople, seatsTop);
      bottom = seatsTop + rows(seatsNeeded) * SEAT_H;
    }
    back = { top, bottom, title: 'Back office', piles };
    y = bottom + 16;
  }

  return {
    width: STAGE_WIDTH,
    height: y - 16 + PAD,
    counter,
    back,
    seats,
    seatOf,
    personColor: personColors(scenario, classColors),
    // Bold sans-serif runs about 0.64 em per character: a rough width that errs on the wide side.
    nameFit: scenario.staff.map((p) => (p.name.length * NAME_SIZE * 0.64 > NAME_MAX_W ? NAME_MAX_W : null)),
    classColors,
  };
}
