/**
 * Payback of a change with a one-off cost (training someone a skill): how many working days of the
 * change's gain repay what it cost once. The simulator charges training per day (cost /
 * `trainingAmortizationDays`) so that profit stays comparable; a manager deciding whether to train
 * Cara wants the one-off amount and the days it takes to earn it back.
 */
import type { Scenario } from '../sim/scenario.js';
import { measuredDays } from './period.js';
import type { CompareSummary } from './run-summary.js';

/** A gain per day with its 95% confidence interval (a paired difference, say). */
export interface GainPerDay {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
}

/**
 * - `pays`: the gain is positive beyond chance; `days` is the payback time and `ci95` its interval.
 * - `may-not`: the gain's mean is positive but its interval includes zero (or there is no interval):
 *   `days` is the payback at the mean gain, `ci95` runs from the payback at the upper gain to
 *   infinity (it may never pay back).
 * - `never`: the gain is zero or negative on average: the change does not pay back.
 */
export type Payback =
  | { readonly status: 'pays'; readonly days: number; readonly ci95: readonly [number, number] | null }
  | { readonly status: 'may-not'; readonly days: number; readonly ci95: readonly [number, number] | null }
  | { readonly status: 'never'; readonly days: null; readonly ci95: null };

/**
 * Payback time in days of a one-off cost from a gain per day: `oneOffCost / gain`. The interval is
 * the gain's 95% interval transformed (days fall as the gain grows, so the bounds swap:
 * [cost / hi, cost / lo]); when the gain's interval reaches zero or below, the upper bound is
 * infinite and the status says the change may not pay back.
 *
 * @param oneOffCost the amount paid once (> 0)
 * @param gainPerDay the change's gain per working day (profit before the training charge), with its CI
 * @throws `invalid oneOffCost` when the cost is not a positive finite number
 */
export function payback(oneOffCost: number, gainPerDay: GainPerDay): Payback {
  if (!(oneOffCost > 0) || !Number.isFinite(oneOffCost)) throw new Error(`invalid oneOffCost: ${oneOffCost} (a positive amount)`);
  const gain = gainPerDay.mean;
  if (gain === null || !(gain > 0)) return { status: 'never', days: null, ci95: null };
  const days = oneOffCost / gain;
  const ci = gainPerDay.ci95;
  if (ci === null) return { status: 'may-not', days, ci95: null };
  const [lo, hi] = ci;
  const fastest = hi > 0 ? oneOffCost / hi : Infinity;
  if (lo > 0) return { status: 'pays', days, ci95: [fastest, oneOffCost / lo] };
  return { status: 'may-not', days, ci95: [fastest, Infinity] };
}

/** A skill someone holds in the changed office but not before: each costs training once. */
export interface NewSkill {
  readonly person: string;
  readonly skill: string;
}

/** What a change costs once: the skills trained and their price (at the changed office's `trainingPerSkill`). */
export interface OneOffCost {
  readonly newSkills: readonly NewSkill[];
  readonly cost: number;
}

/**
 * The one-off cost of going from `before` to `after`: every skill beyond a person's home that they
 * hold after and did not hold before (people matched by name; a new person's extra skills count),
 * at `after.costs.trainingPerSkill`.
 */
export function oneOffCost(before: Scenario, after: Scenario): OneOffCost {
  const held = new Map(before.staff.map((p) => [p.name, new Set(Object.keys(p.skills))]));
  const newSkills: NewSkill[] = [];
  for (const p of after.staff) {
    const had = held.get(p.name);
    for (const skill of Object.keys(p.skills)) {
      if (skill !== p.home && !(had?.has(skill) ?? false)) newSkills.push({ person: p.name, skill });
    }
  }
  return { newSkills, cost: newSkills.length * after.costs.trainingPerSkill };
}

/** A change's one-off cost, its gain per day before training charges, and its payback. */
export interface ChangePayback {
  readonly oneOff: OneOffCost;
  /** Paired profit difference per day, before the per-day training charge (which spreads the one-off cost). */
  readonly gainPerDay: GainPerDay;
  readonly payback: Payback;
}

/**
 * The payback of variant `index` (≥ 1) of a comparison against the first, given both scenarios;
 * null when the change costs nothing once. The gain is the paired profit difference plus the
 * difference of the training charge (constant in every replication, so it shifts the mean and the
 * interval alike): counting the per-day charge and the one-off cost would count training twice.
 * `compare` holds whole-run totals (not put in a period).
 */
export function changePayback(compare: CompareSummary, index: number, before: Scenario, after: Scenario): ChangePayback | null {
  const oneOff = oneOffCost(before, after);
  if (!(oneOff.cost > 0)) return null;
  if (compare.period !== undefined && compare.period.divisor !== 1) throw new Error('invalid compare: payback needs whole-run totals');
  const profit = compare.metrics['profit']?.differences[index - 1] ?? null;
  const trainingBefore = compare.metrics['cost.training']?.variants[0]?.mean ?? 0;
  const trainingAfter = compare.metrics['cost.training']?.variants[index]?.mean ?? 0;
  const shift = trainingAfter - trainingBefore;
  const days = measuredDays(after.calendar);
  const gainPerDay: GainPerDay =
    profit === null || profit.mean === null
      ? { mean: null, ci95: null }
      : {
          mean: (profit.mean + shift) / days,
          ci95: profit.ci95 === null ? null : [(profit.ci95[0] + shift) / days, (profit.ci95[1] + shift) / days],
        };
  return { oneOff, gainPerDay, payback: payback(oneOff.cost, gainPerDay) };
}

/** Days as words: "about 6 days", "about 3.5 weeks" (5 working days), "over 2 years" (250 working days). */
export function formatPaybackDays(days: number): string {
  if (!Number.isFinite(days)) return 'never';
  if (days < 1) return 'under a day';
  if (days < 20) return `${Math.round(days)} ${Math.round(days) === 1 ? 'day' : 'days'}`;
  if (days < 250) return `${Math.round(days / 5)} weeks`;
  const years = days / 250;
  return `${years < 10 ? years.toFixed(1) : Math.round(years)} years`;
}

/**
 * The payback in one sentence, e.g. "Pays back its 1,200 in about 6 days (5 to 7 days)",
 * "May not pay back its 1,200: about 40 days at the mean gain, but the gain could be zero", "Does not
 * pay back its 1,200: the change loses money a day". `money` prints an amount with its currency.
 */
export function describePayback(p: Payback, oneOff: number, money: (amount: number) => string): string {
  const cost = money(oneOff);
  switch (p.status) {
    case 'pays': {
      const ci = p.ci95 === null ? '' : ` (95% CI ${formatPaybackDays(p.ci95[0])} to ${formatPaybackDays(p.ci95[1])})`;
      return `Pays back its one-off ${cost} in about ${formatPaybackDays(p.days)} of work${ci}.`;
    }
    case 'may-not':
      return `May not pay back its one-off ${cost}: about ${formatPaybackDays(p.days)} at the mean gain, but the gain could be zero or negative (its 95% interval includes 0).`;
    case 'never':
      return `Does not pay back its one-off ${cost}: before the training charge it earns no more a day than before.`;
  }
}
