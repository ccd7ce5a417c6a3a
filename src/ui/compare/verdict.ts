/**
 * Compare's answer in one sentence, as a manager would say it: "Teaching Cara the counter adds 225 a
 * day (194 to 255) and pays back its 1,200 in about 5 days; waits fall from 0.9 to 0.6 min."
 *
 * - Who: the change in words (src/ui/compare/change-words.ts): one or two new skills are named
 *   ("Teaching Cara the counter"), anything else is "This change" or "These 3 changes" (listed
 *   beside the sentence).
 * - Money: the profit gained a day with its 95% interval (paired, on common random numbers): the
 *   "Profit per day" headline beside it, same number. When the change has a one-off cost, the
 *   payback comes from src/analysis/payback.ts, so the sentence and the payback card agree.
 * - Service: the counter's mean wait before and after, when the change moved it beyond chance.
 * Nothing is said more surely than the interval allows: a gain whose interval includes zero is "no
 * clear difference".
 */
import { formatMoney, formatNumber } from '../../analysis/format.js';
import { formatPaybackDays, type ChangePayback } from '../../analysis/payback.js';
import { measuredDays, type PeriodCalendar } from '../../analysis/period.js';
import type { CompareSummary } from '../../analysis/run-summary.js';
import type { ChangeWords } from './change-words.js';

export interface VerdictInput {
  /** Baseline (first) against the current run (second), whole-run totals. */
  readonly summary: CompareSummary;
  /** The current run's calendar: what the totals are divided by for "a day". */
  readonly calendar: PeriodCalendar;
  /** The changes from the baseline, in words. */
  readonly changes: readonly ChangeWords[];
  /** The change's one-off cost and payback (src/analysis/payback.ts); null when it costs nothing once. */
  readonly payback: ChangePayback | null;
}

/** The sentence's subject, and whether its verbs take the plural ("These 3 changes add"). */
function subject(changes: readonly ChangeWords[]): { text: string; plural: boolean } {
  const skills = changes.flatMap((c) => (c.newSkill === undefined ? [] : [c.newSkill]));
  if (skills.length === changes.length && skills.length <= 2) return { text: `Teaching ${skills.map((s) => `${s.person} ${s.work}`).join(' and ')}`, plural: false };
  if (skills.length === changes.length) return { text: `Cross-training ${skills.length} skills`, plural: false };
  return changes.length === 1 ? { text: 'This change', plural: false } : { text: `These ${changes.length} changes`, plural: true };
}

/** The sentence; null when nothing changed (no verdict to give). */
export function verdictSentence(input: VerdictInput): string | null {
  const { summary, changes, payback } = input;
  if (changes.length === 0) return null;
  const who = subject(changes);
  // Third person singular or plural: "adds" / "add".
  const PLURAL: Record<string, string> = { adds: 'add', costs: 'cost', makes: 'make', pays: 'pay', does: 'do' };
  const verb = (singular: string) => (who.plural ? (PLURAL[singular] ?? singular) : singular);
  const money = (v: number) => formatMoney(v, { currency: summary.runs[0]?.currency ?? null });
  const days = measuredDays(input.calendar);

  const profit = summary.metrics['profit']?.differences[0] ?? null;
  const gain = profit === null || profit.mean === null ? null : { mean: profit.mean / days, ci95: profit.ci95 === null ? null : ([profit.ci95[0] / days, profit.ci95[1] / days] as const) };

  let effect: string;
  if (gain === null || gain.mean === null) effect = who.plural ? 'have no profit figure to compare' : 'has no profit figure to compare';
  else if (gain.ci95 === null) effect = `${verb(gain.mean >= 0 ? 'adds' : 'costs')} about ${money(Math.abs(gain.mean))} a day (too few replications for an interval)`;
  else if (gain.ci95[0] > 0) effect = `${verb('adds')} ${money(gain.mean)} a day (${money(gain.ci95[0])} to ${money(gain.ci95[1])})`;
  else if (gain.ci95[1] < 0) effect = `${verb('costs')} ${money(-gain.mean)} a day (${money(-gain.ci95[1])} to ${money(-gain.ci95[0])})`;
  else effect = `${verb('makes')} no clear difference to profit (${money(gain.ci95[0])} to ${money(gain.ci95[1])} a day)`;

  let paid = '';
  if (payback !== null) {
    const cost = money(payback.oneOff.cost);
    const p = payback.payback;
    paid =
      p.status === 'pays'
        ? ` and ${verb('pays')} back its ${cost} in about ${formatPaybackDays(p.days)}`
        : p.status === 'may-not'
          ? `, so it may not pay back its ${cost}`
          : ` and ${verb('does')} not pay back its ${cost}`;
  }

  let waits = '';
  const wait = summary.metrics['front.waitMean'];
  const before = wait?.variants[0]?.mean;
  const after = wait?.variants[1]?.mean;
  const d = wait?.differences[0];
  if (typeof before === 'number' && typeof after === 'number' && d?.ci95 != null) {
    const min = (v: number) => formatNumber(v, { digits: v < 10 ? 1 : 0 });
    if (d.ci95[1] < 0) waits = `; waits fall from ${min(before)} to ${min(after)} min`;
    else if (d.ci95[0] > 0) waits = `; waits rise from ${min(before)} to ${min(after)} min`;
    else waits = `; waits stay about ${min(before)} min`;
  }
  return `${who.text} ${effect}${paid}${waits}.`;
}
