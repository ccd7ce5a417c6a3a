/**
 * Turns a finished replication's tallies into the contract's metrics (scenario-format.md, "CLI
 * output contract"), the day series, histograms and activity minutes. Definitions the contract
 * leaves open are documented in the README ("Metrics").
 */
import { WAIT_BIN_EDGES } from '../collectors.js';
import { metricKeys } from '../metric-catalogue.js';
import type { ActivityMinutes, DaySeries, Histogram, MetricValues, ReplicationResult, SlotService } from '../result.js';
import { WEEKDAYS, type Scenario } from '../scenario.js';
import { ACT, ACT_COUNT, BUCKET_MINUTES, FRONT, ITEM_WAITING } from './codes.js';
import type { Office } from './state.js';

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);
const sum = (a: ArrayLike<number>, from = 0, to = a.length): number => {
  let total = 0;
  for (let i = from; i < to; i++) total += a[i]!;
  return total;
};

export function buildResult(o: Office, t: number): ReplicationResult {
  const plan = o.plan;
  const s = plan.scenario;
  const tl = o.tallies;
  const { C, Q, P, S } = plan;
  const end = countAtEnd(o);
  const m: MetricValues = {};
  const arrivals = sum(tl.arrivals, 0, C);
  const served = sum(tl.served, 0, C);
  const abandoned = sum(tl.abandoned, 0, C);
  const balked = sum(tl.balked, 0, C);
  const turnedAway = sum(tl.turnedAway, 0, C);
  m['front.arrivals'] = arrivals;
  m['front.served'] = served;
  m['front.abandoned'] = abandoned;
  m['front.balked'] = balked;
  m['front.turnedAway'] = turnedAway;
  m['front.queueEnd'] = sum(end.waiting, 0, C);
  m['front.inServiceEnd'] = sum(end.inService, 0, C);
  m['front.abandonRate'] = ratio(abandoned, arrivals);
  m['front.lostRate'] = ratio(abandoned + balked + turnedAway, arrivals);
  m['front.probWait'] = ratio(sum(tl.waitedCount, 0, C), served);
  m['front.waitMean'] = ratio(sum(tl.waitSum, 0, C), served);
  m['front.waitP90'] = tl.histograms.quantile(0.9);
  m['front.serviceLevel'] = ratio(sum(tl.withinTarget, 0, C), arrivals);
  let queueIntegral = 0;
  for (let c = 0; c < C; c++) queueIntegral += tl.tw.integral(c, t);
  m['front.queueMean'] = ratio(queueIntegral, plan.openMinutes);
  m['front.unstaffedMinutes'] = tl.tw.integral(tl.twUnstaffed, t);

  const completed = sum(tl.served, C, Q);
  const late = sum(tl.late, C, Q);
  m['back.arrivals'] = sum(tl.arrivals, C, Q);
  m['back.completed'] = completed;
  m['back.waitMean'] = ratio(sum(tl.waitSum, C, Q), completed);
  m['back.timeInSystemMean'] = ratio(sum(tl.timeInSystemSum, C, Q), completed);
  m['back.backlogEnd'] = sum(end.waiting, C, Q) + sum(end.inService, C, Q);
  m['back.late'] = late;
  m['back.lateRate'] = ratio(late, completed);

  let overtimeMinutes = 0;
  let overtimeCost = 0;
  for (let p = 0; p < P; p++) {
    const minutes = tl.activity[p * ACT_COUNT + ACT.overtime]!;
    overtimeMinutes += minutes;
    overtimeCost += minutes * plan.wagePerMinute[p]! * plan.overtimeMultiplier;
  }
  const wages = tl.wages + overtimeCost;
  const total = wages + plan.trainingCost + tl.penalties;
  m['revenue'] = tl.revenue;
  m['revenueLost'] = tl.revenueLost;
  m['cost.wages'] = wages;
  m['cost.overtime'] = overtimeCost;
  m['cost.training'] = plan.trainingCost;
  m['cost.penalties'] = tl.penalties;
  m['cost.total'] = total;
  m['profit'] = tl.revenue - total;

  const busy = (p: number) => tl.activity[p * ACT_COUNT + ACT.homeWork]! + tl.activity[p * ACT_COUNT + ACT.coverWork]!;
  let busyFront = 0;
  let presentFront = 0;
  let busyBack = 0;
  let presentBack = 0;
  for (let p = 0; p < P; p++) {
    if (plan.homeArea[p] === FRONT) {
      busyFront += busy(p);
      presentFront += tl.presentMinutes[p]!;
    } else {
      busyBack += busy(p);
      presentBack += tl.presentMinutes[p]!;
    }
  }
  m['utilization.front'] = ratio(busyFront, presentFront);
  m['utilization.back'] = ratio(busyBack, presentBack);
  let gap = 0;
  for (let k = 0; k < S; k++) gap += tl.tw.integral(tl.twGap + k, t);
  m['coverage.gapMinutes'] = gap;
  m['coverage.coverMinutes'] = sum(tl.coverMinutes);
  m['overtimeMinutes'] = overtimeMinutes;

  s.customers.forEach((c, q) => {
    m[`customer.${c.name}.arrivals`] = tl.arrivals[q]!;
    m[`customer.${c.name}.served`] = tl.served[q]!;
    m[`customer.${c.name}.waitMean`] = ratio(tl.waitSum[q]!, tl.served[q]!);
    m[`customer.${c.name}.abandonRate`] = ratio(tl.abandoned[q]!, tl.arrivals[q]!);
    m[`customer.${c.name}.serviceLevel`] = ratio(tl.withinTarget[q]!, tl.arrivals[q]!);
  });
  s.tasks.forEach((k, i) => {
    const q = C + i;
    m[`task.${k.name}.arrivals`] = tl.arrivals[q]!;
    m[`task.${k.name}.completed`] = tl.served[q]!;
    m[`task.${k.name}.waitMean`] = ratio(tl.waitSum[q]!, tl.served[q]!);
    m[`task.${k.name}.lateRate`] = ratio(tl.late[q]!, tl.served[q]!);
    m[`task.${k.name}.backlogEnd`] = end.waiting[q]! + end.inService[q]!;
  });
  plan.skillNames.forEach((name, k) => {
    let present = 0;
    for (let p = 0; p < P; p++) if (plan.prof[p * S + k]! > 0) present += tl.presentMinutes[p]!;
    let busyMinutes = 0;
    for (let q = 0; q < Q; q++) if (plan.classSkill[q] === k) busyMinutes += tl.classBusy[q]!;
    m[`skill.${name}.utilization`] = ratio(busyMinutes, present);
    m[`skill.${name}.gapMinutes`] = tl.tw.integral(tl.twGap + k, t);
  });
  // Keyed by name: a Map while building, so no name can reach an object's own machinery.
  const activity = new Map<string, ActivityMinutes>();
  s.staff.forEach((person, p) => {
    m[`staff.${person.name}.utilization`] = ratio(busy(p), tl.presentMinutes[p]!);
    m[`staff.${person.name}.coverMinutes`] = tl.coverMinutes[p]!;
    const a = (i: number) => tl.activity[p * ACT_COUNT + i]!;
    activity.set(person.name, {
      homeWork: a(ACT.homeWork),
      coverWork: a(ACT.coverWork),
      switching: a(ACT.switching),
      break: a(ACT.break),
      absent: a(ACT.absent),
      // ACT.idle holds available time; working time is booked separately (see presence.ts, touch).
      idle: Math.max(0, a(ACT.idle) - a(ACT.homeWork) - a(ACT.coverWork)),
      overtime: a(ACT.overtime),
    });
  });
  learningMetrics(o, m);
  const waitHistograms = new Map<string, Histogram>();
  s.customers.forEach((c, q) => waitHistograms.set(c.name, { edges: WAIT_BIN_EDGES, counts: tl.histograms.counts(q) }));

  const result: ReplicationResult = {
    replication: o.replication,
    metrics: inCatalogueOrder(s, m),
    series: buildSeries(o),
    backlogByDay: Array.from(tl.backlogByDay),
    ...(plan.dayWeekday === null ? {} : { weekdayByDay: Array.from(plan.dayWeekday, (w) => WEEKDAYS[w]!) }),
    waitHistograms: Object.fromEntries(waitHistograms),
    activity: Object.fromEntries(activity),
    events: tl.events,
  };
  const withSlots = o.tallies.slotService ? { ...result, slotService: buildSlotService(o) } : result;
  const withLearning = plan.learns ? { ...withSlots, proficiencyByDay: proficiencyByDay(o) } : withSlots;
  if (o.trace) return { ...withLearning, trace: o.trace.events, traceTruncated: o.trace.truncated };
  return withLearning;
}

/** Per person and skill with a learning curve: proficiency at the end, the day it reached 90% of target, practice. */
function learningMetrics(o: Office, m: MetricValues): void {
  const plan = o.plan;
  const pairs = plan.learnPairs;
  const last = (plan.days - 1) * pairs.length;
  for (let i = 0; i < pairs.length; i++) {
    const pk = pairs[i]!;
    const p = (pk / plan.S) | 0;
    const name = `learning.${plan.scenario.staff[p]!.name}.${plan.skillNames[pk - p * plan.S]!}`;
    const reached = o.reachedAt[pk]!;
    m[`${name}.proficiencyEnd`] = o.dayProf[last + i]!;
    // Day numbers are 1-based; reaching it during day d (t in [(d-1) x 1440, d x 1440)) is day d.
    m[`${name}.daysTo90`] = reached !== reached ? null : reached === 0 ? 0 : Math.floor(reached / 1440) + 1;
    m[`${name}.practiceMinutes`] = o.practiceMinutes[pk]!;
  }
}

/** Per member and skill with a learning curve: the proficiency at the end of each day. */
function proficiencyByDay(o: Office): Record<string, Record<string, number[]>> {
  const plan = o.plan;
  const pairs = plan.learnPairs;
  const out = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < pairs.length; i++) {
    const pk = pairs[i]!;
    const p = (pk / plan.S) | 0;
    const person = plan.scenario.staff[p]!.name;
    const byDay: number[] = [];
    for (let d = 0; d < plan.days; d++) byDay.push(o.dayProf[d * pairs.length + i]!);
    if (!out.has(person)) out.set(person, new Map());
    out.get(person)!.set(plan.skillNames[pk - p * plan.S]!, byDay);
  }
  return Object.fromEntries([...out].map(([person, skills]) => [person, Object.fromEntries(skills)]));
}

/** The metrics in the catalogue's order, the one list of keys; a key only one side knows is a bug, said at once. */
function inCatalogueOrder(scenario: Scenario, values: MetricValues): MetricValues {
  const keys = metricKeys(scenario);
  const ordered: MetricValues = {};
  for (const key of keys) {
    if (!Object.hasOwn(values, key)) throw new Error(`the engine does not compute the catalogue's metric ${key}`);
    ordered[key] = values[key]!;
  }
  if (keys.length !== Object.keys(values).length) throw new Error('the engine computes a metric the catalogue does not list');
  return ordered;
}

function buildSlotService(o: Office): SlotService {
  const plan = o.plan;
  const tl = o.tallies;
  const bucketStarts = Array.from({ length: plan.buckets }, (_, b) => plan.open + b * BUCKET_MINUTES);
  const block = plan.buckets * plan.C;
  const perClass = (counts: Float64Array, blocks: readonly number[]) =>
    Object.fromEntries(
      plan.scenario.customers.map((c, q) => [c.name, bucketStarts.map((_, b) => blocks.reduce((sum, w) => sum + counts[w * block + b * plan.C + q]!, 0))]),
    );
  if (plan.dayWeekday === null) {
    return { bucketMinutes: BUCKET_MINUTES, bucketStarts, arrivals: perClass(tl.bucketArrivals, [0]), withinTarget: perClass(tl.bucketWithinTarget, [0]) };
  }
  const all = WEEKDAYS.map((_, w) => w);
  return {
    bucketMinutes: BUCKET_MINUTES,
    bucketStarts,
    arrivals: perClass(tl.bucketArrivals, all),
    withinTarget: perClass(tl.bucketWithinTarget, all),
    weekdays: Object.fromEntries(
      WEEKDAYS.map((day, w) => [day, { arrivals: perClass(tl.bucketArrivals, [w]), withinTarget: perClass(tl.bucketWithinTarget, [w]) }]),
    ) as unknown as SlotService['weekdays'],
  };
}

function buildSeries(o: Office): DaySeries {
  const plan = o.plan;
  const tl = o.tallies;
  const size = tl.tw.size;
  const starts: number[] = [];
  const values: Record<string, (number | null)[]> = {};
  const length = (b: number) => Math.min(plan.open + (b + 1) * BUCKET_MINUTES, plan.close) - (plan.open + b * BUCKET_MINUTES);
  const series = (key: string, index: number, perMinute: boolean) => {
    values[key] = starts.map((_, b) => {
      const days = tl.bucketDays[b]!;
      if (days === 0) return null;
      const total = tl.bucketSums[b * size + index]! / days;
      return perMinute ? total / length(b) : total;
    });
  };
  for (let b = 0; b < plan.buckets; b++) starts.push(plan.open + b * BUCKET_MINUTES);
  plan.scenario.customers.forEach((c, q) => {
    series(`queue.${c.name}`, q, true);
    values[`wait.${c.name}`] = starts.map((_, b) => ratio(tl.bucketWaitSum[b * plan.C + q]!, tl.bucketWaitCount[b * plan.C + q]!));
  });
  plan.skillNames.forEach((name, k) => series(`present.${name}`, tl.twPresent + k, true));
  series('covering', tl.twCovering, true);
  series('unstaffed', tl.twUnstaffed, false);
  plan.skillNames.forEach((name, k) => series(`gap.${name}`, tl.twGap + k, false));
  return { bucketMinutes: BUCKET_MINUTES, bucketStarts: starts, values };
}

/** Items of each class still waiting, and in service, at the end (for the conservation counts). */
function countAtEnd(o: Office): { waiting: Float64Array; inService: Float64Array } {
  const { Q, P } = o.plan;
  const waiting = new Float64Array(Q);
  const inService = new Float64Array(Q);
  for (let q = 0; q < Q; q++) {
    const queue = o.queues[q]!;
    for (let i = 0; i < queue.length; i++) {
      const item = queue.at(i);
      if (o.items.state[item] === ITEM_WAITING && o.isCounted(item)) waiting[q]!++;
    }
  }
  for (let p = 0; p < P; p++) {
    const item = o.serving[p]!;
    if (item >= 0 && o.isCounted(item)) inService[o.items.itemClass[item]!]!++;
  }
  return { waiting, inService };
}
