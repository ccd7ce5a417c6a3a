/**
 * The fit check's results as data (what fit.json holds and the report and the app draw): measures,
 * cells of simulated beside observed, the verdict. The simulation that fills them is check.ts.
 */
import type { Summary } from '../statistics.js';
import type { Weekday } from './week.js';

export const CHECK_MEASURES = ['arrivals', 'served', 'abandoned', 'waitMean', 'serviceLevel'] as const;
export type CheckMeasure = (typeof CHECK_MEASURES)[number];

export const MEASURE_LABELS: Readonly<Record<CheckMeasure, string>> = {
  arrivals: 'arrivals',
  served: 'served',
  abandoned: 'abandoned',
  waitMean: 'mean wait (min)',
  serviceLevel: 'service level',
};

export interface CheckCell {
  readonly weekday: Weekday;
  /** Minutes after midnight the hour starts; null for the whole day. */
  readonly start: number | null;
  readonly observed: Readonly<Record<CheckMeasure, Summary>>;
  readonly simulated: Readonly<Record<CheckMeasure, Summary>>;
  /** Measures whose simulated mean departs from the observed one. */
  readonly departs: readonly CheckMeasure[];
}

export interface FitCheck {
  /** How the week was simulated: whole weeks, or each weekday alone (engine without the week). */
  readonly mode: 'week' | 'per-weekday';
  /** Simulated days per weekday. */
  readonly simulatedDays: number;
  /** Service level target used: served within this many minutes (the scenario default). */
  readonly targetMinutes: number;
  readonly cells: readonly CheckCell[];
  readonly verdict: string;
}

