/**
 * The run settings a comparison needs both runs to share: the seed and the number of replications
 * (differences are paired replication by replication on the same random numbers), and the days and
 * warm-up (every total is summed over the same simulated period). When they differ, Compare says so
 * in words and offers to re-run the baseline's office with the current settings.
 */
import type { Scenario } from '../../sim/scenario.js';
import type { Draft } from '../state/validation.js';

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function described(s: Scenario): Record<string, string> {
  return {
    seed: `seed ${s.seed}`,
    replications: plural(s.replications, 'replication'),
    days: plural(s.calendar.days, 'day'),
    warmup: `${plural(s.calendar.warmupMinutes, 'minute')} of warm-up`,
  };
}

/**
 * Null when `baseline` and `current` ran with the same settings; else one sentence naming each
 * setting that differs: "The baseline ran 30 replications of 5 days; this run 50 replications of 10 days."
 */
export function settingsMismatch(baseline: Scenario, current: Scenario): string | null {
  const a = described(baseline);
  const b = described(current);
  const differ = Object.keys(a).filter((k) => a[k] !== b[k]);
  if (differ.length === 0) return null;
  return `The baseline ran with ${differ.map((k) => a[k]).join(', ')}; this run with ${differ.map((k) => b[k]).join(', ')}. Paired differences need both runs on the same settings.`;
}

/** The baseline's office with the current run's settings (seed, replications, days, warm-up). */
export function withSettings(draft: Draft, settings: Scenario): Draft {
  const calendar = draft['calendar'];
  return {
    ...draft,
    seed: settings.seed,
    replications: settings.replications,
    calendar: {
      ...(calendar !== null && typeof calendar === 'object' && !Array.isArray(calendar) ? calendar : {}),
      days: settings.calendar.days,
      warmupMinutes: settings.calendar.warmupMinutes,
    },
  };
}
