/**
 * Colours shared by every chart, the report and the web app, so a customer class, a skill, an area
 * or an activity keeps its colour from one chart to the next. Categorical colours are assigned by
 * position in the scenario's file order (class i always gets colour i), never by hashing names.
 */

/** Customer classes (and sweep series): Observable's ten-colour categorical scheme. */
export const CLASS_PALETTE = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
  '#9498a0',
] as const;

/** Skills: a different hue order from classes, so "sale" and "front" do not look like one thing. */
export const SKILL_PALETTE = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#666666',
] as const;

/** Home areas: the counter in blue, the back office in ochre. */
export const AREA_COLORS = { front: '#4269d0', back: '#c98a1c' } as const;

/** Labels for the home areas in legends and tables. */
export const AREA_LABELS = { front: 'Front office (counter)', back: 'Back office' } as const;

/** What people spend their minutes on, in stacking order (work first, idle last). */
export const ACTIVITIES = [
  { key: 'homeWork', label: 'Home work', color: '#2f5fb3' },
  { key: 'coverWork', label: 'Cover work', color: '#6cc5b0' },
  { key: 'switching', label: 'Switching', color: '#efb118' },
  { key: 'break', label: 'Break', color: '#b9c3d3' },
  { key: 'absent', label: 'Absent', color: '#e0685a' },
  { key: 'idle', label: 'Idle', color: '#e4e4e4' },
] as const;

/** Money chart: income, revenue lost, costs and the bottom line. */
export const MONEY_COLORS = {
  income: '#3ca951',
  lost: '#a8a8a8',
  cost: '#d9594c',
  profit: '#2f5fb3',
  loss: '#b2182b',
} as const;

/** Comparison: the reference variant in neutral grey, the others in class colours. */
export const VARIANT_PALETTE = ['#8d939c', '#4269d0', '#ff725c', '#3ca951', '#a463f2', '#efb118', '#ff8ab7', '#9c6b4e'] as const;

/** Paired differences: better, worse, or not distinguishable from zero. */
export const DIFFERENCE_COLORS = { better: '#2a9d4b', worse: '#cc3d2f', neutral: '#4269d0', insignificant: '#a3a8b0' } as const;

/** Ink for reference lines (targets, zero) and secondary text. */
export const INK = { rule: '#555b66', muted: '#6b7280', band: 0.18 } as const;

function cycle(palette: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => palette[i % palette.length]!);
}

/** An ordinal colour scale (Plot's `color` option) giving `names[i]` colour i of `palette`. */
export function ordinalColors(names: readonly string[], palette: readonly string[]): { domain: string[]; range: string[] } {
  return { domain: [...names], range: cycle(palette, names.length) };
}

/** The colour of customer class `index` (file order). */
export function classColor(index: number): string {
  return CLASS_PALETTE[index % CLASS_PALETTE.length]!;
}

/** The colour of skill `index` (in `RunSummary.skills` order). */
export function skillColor(index: number): string {
  return SKILL_PALETTE[index % SKILL_PALETTE.length]!;
}

/** The colour of variant `index` (0 = the reference). */
export function variantColor(index: number): string {
  return VARIANT_PALETTE[index % VARIANT_PALETTE.length]!;
}
