/**
 * Turns a finished replication's tallies into the contract's metrics (scenario-format.md, "CLI
 * output contract"), the day series, histograms and activity minutes. Definitions the contract
 * leaves open are documented in the README ("Metrics").
 */
import { WAIT_BIN_EDGES } from './collectors.js';
import { ACT, ACT_COUNT, BUCKET_MINUTES, FRONT, type Office } from './office.js';
import type { ActivityMinutes, Histogram, MetricValues, ReplicationResult } from './result.js';

export { metricKeys, skillNames } from './metric-catalogue.js';

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);
const sum = (a: ArrayLike<number>, from = 0, to = a.length): number => {
  let total = 0;
  for (let i = from; i < to; i++) total += a[i]!;
  return total;
};

export function buildResult(o: Office, t: number): ReplicationResult {
  const s = o.scenario;
  const { C, Q } = o;
  const end = o.countAtEnd();
  const m: MetricValues = {};
  const arrivals = sum(o.arrivals, 0, C);
  const served = sum(o.served, 0, C);
  const abandoned = sum(o.abandoned, 0, C);
  const balked = sum(o.balked, 0, C);
  const turnedAway = sum(o.turnedAway, 0, C);
  m['front.arrivals'] = arrivals;
  m['front.served'] = served;
  m['front.abandoned'] = abandoned;
  m['front.balked'] = balked;
  m['front.turnedAway'] = turnedAway;
  m['front.queueEnd'] = sum(end.waiting, 0, C);
  m['front.inServiceEnd'] = sum(end.inService, 0, C);
  m['front.abandonRate'] = ratio(abandoned, arrivals);
  m['front.lostRate'] = ratio(abandoned + balked + turnedAway, arrivals);
  m['front.probWait'] = ratio(sum(o.waitedCount, 0, C), served);
  m['front.waitMean'] = ratio(sum(o.waitSum, 0, C), served);
  m['front.waitP90'] = o.histograms.quantile(0.9);
  m['front.serviceLevel'] = ratio(sum(o.withinTarget, 0, C), arrivals);
  let queueIntegral = 0;
  for (let c = 0; c < C; c++) queueIntegral += o.tw.integral(c, t);
  m['front.queueMean'] = ratio(queueIntegral, o.openMinutes);
  m['front.unstaffedMinutes'] = o.tw.integral(o.twUnstaffed, t);

  const completed = sum(o.served, C, Q);
  const late = sum(o.late, C, Q);
  m['back.arrivals'] = sum(o.arrivals, C, Q);
  m['back.completed'] = completed;
  m['back.waitMean'] = ratio(sum(o.waitSum, C, Q), completed);
  m['back.timeInSystemMean'] = ratio(sum(o.timeInSystemSum, C, Q), completed);
  m['back.backlogEnd'] = sum(end.waiting, C, Q) + sum(end.inService, C, Q);
  m['back.late'] = late;
  m['back.lateRate'] = ratio(late, completed);

  let overtimeMinutes = 0;
  let overtimeCost = 0;
  for (let p = 0; p < o.P; p++) {
    const minutes = o.activity[p * ACT_COUNT + ACT.overtime]!;
    overtimeMinutes += minutes;
    overtimeCost += minutes * o.wagePerMinute[p]! * s.costs.overtimeMultiplier;
  }
  let extraSkills = 0;
  for (const p of s.staff) extraSkills += Object.keys(p.skills).filter((k) => k !== p.home).length;
  const trainedDays = s.calendar.days - s.calendar.warmupMinutes / 1440;
  const training = ((s.costs.trainingPerSkill * extraSkills) / s.costs.trainingAmortizationDays) * trainedDays;
  const wages = o.wages + overtimeCost;
  const total = wages + training + o.penalties;
  m['revenue'] = o.revenue;
  m['revenueLost'] = o.revenueLost;
  m['cost.wages'] = wages;
  m['cost.overtime'] = overtimeCost;
  m['cost.training'] = training;
  m['cost.penalties'] = o.penalties;
  m['cost.total'] = total;
  m['profit'] = o.revenue - total;

  let busyFront = 0;
  let presentFront = 0;
  let busyBack = 0;
  let presentBack = 0;
  for (let p = 0; p < o.P; p++) {
    if (o.homeArea[p] === FRONT) {
      busyFront += o.busyMinutes(p);
      presentFront += o.presentMinutes[p]!;
    } else {
      busyBack += o.busyMinutes(p);
      presentBack += o.presentMinutes[p]!;
    }
  }
  m['utilization.front'] = ratio(busyFront, presentFront);
  m['utilization.back'] = ratio(busyBack, presentBack);
  let gap = 0;
  for (let k = 0; k < o.S; k++) gap += o.tw.integral(o.twGap + k, t);
  m['coverage.gapMinutes'] = gap;
  m['coverage.coverMinutes'] = sum(o.coverMinutes);
  m['overtimeMinutes'] = overtimeMinutes;

  s.customers.forEach((c, q) => {
    m[`customer.${c.name}.arrivals`] = o.arrivals[q]!;
    m[`customer.${c.name}.served`] = o.served[q]!;
    m[`customer.${c.name}.waitMean`] = ratio(o.waitSum[q]!, o.served[q]!);
    m[`customer.${c.name}.abandonRate`] = ratio(o.abandoned[q]!, o.arrivals[q]!);
    m[`customer.${c.name}.serviceLevel`] = ratio(o.withinTarget[q]!, o.arrivals[q]!);
  });
  s.tasks.forEach((k, i) => {
    const q = C + i;
    m[`task.${k.name}.arrivals`] = o.arrivals[q]!;
    m[`task.${k.name}.completed`] = o.served[q]!;
    m[`task.${k.name}.waitMean`] = ratio(o.waitSum[q]!, o.served[q]!);
    m[`task.${k.name}.lateRate`] = ratio(o.late[q]!, o.served[q]!);
    m[`task.${k.name}.backlogEnd`] = end.waiting[q]! + end.inService[q]!;
  });
  o.skillNames.forEach((name, k) => {
    let present = 0;
    for (let p = 0; p < o.P; p++) if (o.prof[p * o.S + k]! > 0) present += o.presentMinutes[p]!;
    let busy = 0;
    for (let q = 0; q < o.Q; q++) if (o.classSkill[q] === k) busy += o.classBusy[q]!;
    m[`skill.${name}.utilization`] = ratio(busy, present);
    m[`skill.${name}.gapMinutes`] = o.tw.integral(o.twGap + k, t);
  });
  const activity: Record<string, ActivityMinutes> = {};
  s.staff.forEach((person, p) => {
    m[`staff.${person.name}.utilization`] = ratio(o.busyMinutes(p), o.presentMinutes[p]!);
    m[`staff.${person.name}.coverMinutes`] = o.coverMinutes[p]!;
    const a = (i: number) => o.activity[p * ACT_COUNT + i]!;
    activity[person.name] = {
      homeWork: a(ACT.homeWork),
      coverWork: a(ACT.coverWork),
      switching: a(ACT.switching),
      break: a(ACT.break),
      absent: a(ACT.absent),
      // ACT.idle holds available time; working time is booked separately (see Office.touch).
      idle: Math.max(0, a(ACT.idle) - a(ACT.homeWork) - a(ACT.coverWork)),
      overtime: a(ACT.overtime),
    };
  });

  const waitHistograms: Record<string, Histogram> = {};
  s.customers.forEach((c, q) => {
    waitHistograms[c.name] = { edges: WAIT_BIN_EDGES, counts: o.histograms.counts(q) };
  });

  const result: ReplicationResult = {
    replication: o.replication,
    metrics: m,
    series: buildSeries(o),
    backlogByDay: Array.from(o.backlogByDay),
    waitHistograms,
    activity,
    events: o.events,
  };
  if (o.tracing) return { ...result, trace: o.trace, traceTruncated: o.traceTruncated };
  return result;
}

function buildSeries(o: Office): ReplicationResult['series'] {
  const size = o.tw.size;
  const starts: number[] = [];
  const values: Record<string, (number | null)[]> = {};
  const length = (b: number) => Math.min(o.open + (b + 1) * BUCKET_MINUTES, o.close) - (o.open + b * BUCKET_MINUTES);
  const series = (key: string, index: number, perMinute: boolean) => {
    values[key] = starts.map((_, b) => {
      const days = o.bucketDays[b]!;
      if (days === 0) return null;
      const total = o.bucketSums[b * size + index]! / days;
      return perMinute ? total / length(b) : total;
    });
  };
  for (let b = 0; b < o.buckets; b++) starts.push(o.open + b * BUCKET_MINUTES);
  o.scenario.customers.forEach((c, q) => {
    series(`queue.${c.name}`, q, true);
    values[`wait.${c.name}`] = starts.map((_, b) => ratio(o.bucketWaitSum[b * o.C + q]!, o.bucketWaitCount[b * o.C + q]!));
  });
  o.skillNames.forEach((name, k) => series(`present.${name}`, o.twPresent + k, true));
  series('covering', o.twCovering, true);
  series('unstaffed', o.twUnstaffed, false);
  o.skillNames.forEach((name, k) => series(`gap.${name}`, o.twGap + k, false));
  return { bucketMinutes: BUCKET_MINUTES, bucketStarts: starts, values };
}
