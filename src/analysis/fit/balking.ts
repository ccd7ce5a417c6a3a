/**
 * Balking where the records show it: a balked customer looked at the queue and left at once. The
 * queue each customer found (same class, arrived earlier, not yet served or gone) is rebuilt from
 * the records; the scenario format's rule is a threshold (`balkAt`: leave when that many of the
 * class wait), so the estimate is the smallest queue anyone balked at, accepted when almost no one
 * who joined found a queue that long (at most 5%): otherwise balking here is no threshold rule and
 * the fitted scenario leaves it out (the balked are then reported, not modelled).
 */

export interface BalkingFit {
  readonly balked: number;
  readonly joined: number;
  /** Queue lengths found by balking customers: length -> count (lengths above 20 pooled at 20). */
  readonly queueAtBalk: Readonly<Record<string, number>>;
  readonly balkAt: number | null;
  /** Share of joiners who found at least `balkAt` waiting (a threshold rule would make it 0). */
  readonly joinedAboveThreshold: number | null;
  readonly note: string;
}

/** Indexes of one class's visits; times in minutes on one absolute scale (day * 1440 + minute). */
export function fitBalking(arrival: ArrayLike<number>, wait: ArrayLike<number>, outcome: ArrayLike<number>, which: readonly number[]): BalkingFit {
  // Events: +1 when a customer joins the queue, -1 when they leave it (served or gone).
  const events: { t: number; d: number }[] = [];
  for (const i of which) if (outcome[i] !== 2) events.push({ t: arrival[i]!, d: 1 }, { t: arrival[i]! + wait[i]!, d: -1 });
  events.sort((a, b) => a.t - b.t || a.d - b.d);
  const order = [...which].sort((a, b) => arrival[a]! - arrival[b]!);
  const found = new Map<number, number>();
  let e = 0;
  let queue = 0;
  for (const i of order) {
    // Everyone who left strictly before, and everyone who joined strictly before, is counted.
    while (e < events.length && (events[e]!.t < arrival[i]! || (events[e]!.t === arrival[i]! && events[e]!.d < 0))) queue += events[e++]!.d;
    found.set(i, queue);
  }
  const atBalk: Record<string, number> = {};
  let balked = 0;
  let min = Infinity;
  for (const i of which) {
    if (outcome[i] !== 2) continue;
    balked++;
    const q = found.get(i)!;
    min = Math.min(min, q);
    const key = String(Math.min(20, q));
    atBalk[key] = (atBalk[key] ?? 0) + 1;
  }
  const joined = which.length - balked;
  if (balked === 0) return { balked, joined, queueAtBalk: atBalk, balkAt: null, joinedAboveThreshold: null, note: 'no balking in the records' };
  let above = 0;
  for (const i of which) if (outcome[i] !== 2 && found.get(i)! - 0 >= min) above++;
  // A joiner is counted in the queue it found only after joining: `found` excludes them, as the rule does.
  const share = joined === 0 ? 1 : above / joined;
  if (share <= 0.05) return { balked, joined, queueAtBalk: atBalk, balkAt: min, joinedAboveThreshold: share, note: `balks when ${min} or more of the class wait (${(share * 100).toFixed(1)}% of those who joined found that many)` };
  return { balked, joined, queueAtBalk: atBalk, balkAt: null, joinedAboveThreshold: share, note: `balking is not a queue-length threshold here: ${(share * 100).toFixed(0)}% of those who joined found ${min} or more waiting; left out of the fitted scenario` };
}
