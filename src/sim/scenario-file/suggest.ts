/** "Did you mean" hints for near-miss names (keys, skills, classes, distribution names). */
import { quoteText } from './text-safety.js';

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `word`: equal ignoring case, else one edit away, else the only candidate
 * that starts with it ("expo" for "exponential", "wage" for "wagePerHour"), else two edits away
 * (not for words of up to 3 characters, where two edits make almost anything a match). Ties go to
 * the first candidate.
 */
export function closest(word: string, candidateList: Iterable<string>): string | undefined {
  const candidates = [...candidateList];
  const limit = word.length <= 3 ? 1 : 2;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= 1 || word.length < 3) return best;
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : best;
}

/** `; did you mean "x"?` or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : `; did you mean ${quoteText(match)}?`;
}

/**
 * A near miss between the two sides of a mismatch (a task needs "casework", someone holds
 * "caseworkk"), told in the direction that fixes it: the spelling that is also the name of a
 * customer class or task (`names`) is taken as the intended one, so a hint never asks to copy a
 * typo. Returns `match`, the candidate closest to `word`, and `wordIsTypo`: true when `word`
 * should become `match` (the usual "did you mean"), false when `match` is the misspelling.
 */
export function nearMiss(word: string, candidates: Iterable<string>, names: ReadonlySet<string>): { match: string; wordIsTypo: boolean } | undefined {
  const match = closest(word, candidates);
  if (match === undefined) return undefined;
  return { match, wordIsTypo: !(names.has(word) && !names.has(match)) };
}
