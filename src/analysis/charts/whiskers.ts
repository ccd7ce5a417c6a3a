/**
 * Confidence-interval whiskers for horizontal bars: a line from the CI's low to high end with a
 * short cap at each end, centred on each bar's band.
 */
import * as Plot from '@observablehq/plot';
import { INK } from './palette.js';

/** A row with a category on y and a 95% CI on x; rows without a CI are skipped. */
export interface WhiskerRow {
  readonly label: string;
  readonly lo: number | null;
  readonly hi: number | null;
}

/** Marks drawing the CI of each row across its horizontal bar (y = `label`). */
export function whiskersX<T extends WhiskerRow>(rows: readonly T[], extra: Plot.MarkOptions = {}): Plot.Markish[] {
  const defined = rows.filter((r) => r.lo !== null && r.hi !== null) as T[];
  const style = { stroke: INK.rule, strokeWidth: 1.5, ...extra };
  return [
    Plot.ruleY(defined, { y: 'label', x1: 'lo', x2: 'hi', ...style }),
    Plot.tickX(defined, { y: 'label', x: 'lo', inset: 6, ...style }),
    Plot.tickX(defined, { y: 'label', x: 'hi', inset: 6, ...style }),
  ];
}
