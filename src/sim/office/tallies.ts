/**
 * Everything a replication counts: per-class counters, money, busy and activity minutes, the
 * time-weighted indicators and their day buckets, wait histograms. Memory is fixed when the
 * replication starts, whatever its horizon. The rules call the booking methods; `result.ts` turns
 * the tallies into the contract's metrics at the end.
 */
import { TimeWeighted, WaitHistograms } from '../collectors.js';
import { ACT_COUNT, BUCKET_MINUTES } from './codes.js';
import type { OfficePlan } from './plan.js';

export class Tallies {
  // Time-weighted indicators, one row each: per class the number waiting (0..Q-1), per skill the
  // holders present (twPresent + k), people covering, counter unstaffed, per skill the gap flag.
  readonly tw: TimeWeighted;
  readonly twPresent: number;
  readonly twCovering: number;
  readonly twUnstaffed: number;
  readonly twGap: number;
  /** Per bucket of the opening day: integrals of every indicator, summed over days. */
  readonly bucketSums: Float64Array;
  readonly bucketDays: Float64Array;
  /** Per bucket and customer class: waits of served customers who arrived in the bucket. */
  readonly bucketWaitSum: Float64Array;
  readonly bucketWaitCount: Float64Array;
  /**
   * Per bucket and customer class, by arrival time (after warm-up): arrivals, and those served
   * within the target wait. Reported only when asked (`RunOptions.slotService`, for the staffing
   * planner's per-slot service level), and counted only then (empty otherwise).
   */
  readonly bucketArrivals: Float64Array;
  readonly bucketWithinTarget: Float64Array;
  readonly histograms: WaitHistograms;

  // Per class (customers and tasks), counted when the item arrived after warm-up.
  readonly arrivals: Float64Array;
  /** Customers served, or tasks completed. */
  readonly served: Float64Array;
  readonly abandoned: Float64Array;
  readonly balked: Float64Array;
  readonly turnedAway: Float64Array;
  readonly waitSum: Float64Array;
  readonly waitedCount: Float64Array;
  readonly withinTarget: Float64Array;
  readonly timeInSystemSum: Float64Array;
  readonly late: Float64Array;
  /** Minutes spent serving items of each class (skill utilization sums them by skill). */
  readonly classBusy: Float64Array;

  // Money.
  revenue = 0;
  revenueLost = 0;
  /** Rostered wages, booked when each day is planned. */
  wages = 0;
  penalties = 0;

  // People.
  /** P x ACT_COUNT minutes. */
  readonly activity: Float64Array;
  /** On duty and present (the utilization denominator). */
  readonly presentMinutes: Float64Array;
  readonly coverMinutes: Float64Array;
  /** Since when each person's activity minutes are booked. */
  readonly actSince: Float64Array;

  readonly backlogByDay: Float64Array;
  events = 0;

  constructor(
    private readonly plan: OfficePlan,
    /** Count customers per bucket for `RunOptions.slotService`; off, the hot path only tests this flag. */
    readonly slotService = false,
  ) {
    const { C, Q, S, P } = plan;
    this.twPresent = Q;
    this.twCovering = Q + S;
    this.twUnstaffed = Q + S + 1;
    this.twGap = Q + S + 2;
    this.tw = new TimeWeighted(Q + 2 * S + 2, plan.statsStart);
    this.bucketSums = new Float64Array(plan.buckets * this.tw.size);
    this.bucketDays = new Float64Array(plan.buckets);
    this.bucketWaitSum = new Float64Array(plan.buckets * C);
    this.bucketWaitCount = new Float64Array(plan.buckets * C);
    // With the week on, one block of buckets per weekday (Monday first): the planner checks each weekday apart.
    const blocks = plan.dayWeekday === null ? 1 : 7;
    this.bucketArrivals = new Float64Array(slotService ? blocks * plan.buckets * C : 0);
    this.bucketWithinTarget = new Float64Array(slotService ? blocks * plan.buckets * C : 0);
    this.histograms = new WaitHistograms(C);
    this.arrivals = new Float64Array(Q);
    this.served = new Float64Array(Q);
    this.abandoned = new Float64Array(Q);
    this.balked = new Float64Array(Q);
    this.turnedAway = new Float64Array(Q);
    this.waitSum = new Float64Array(Q);
    this.waitedCount = new Float64Array(Q);
    this.withinTarget = new Float64Array(Q);
    this.timeInSystemSum = new Float64Array(Q);
    this.late = new Float64Array(Q);
    this.classBusy = new Float64Array(Q);
    this.activity = new Float64Array(P * ACT_COUNT);
    this.presentMinutes = new Float64Array(P);
    this.coverMinutes = new Float64Array(P);
    this.actSince = new Float64Array(P);
    this.backlogByDay = new Float64Array(plan.days);
  }

  /** A customer of class c lost (gave up, did not queue, turned away): its revenue is lost. */
  lose(counter: Float64Array, c: number): void {
    counter[c]!++;
    this.revenueLost += this.plan.classRevenue[c]!;
  }

  /** A served customer of class c who arrived at `arrival` and waited `wait` minutes. */
  servedCustomer(c: number, arrival: number, wait: number): void {
    const plan = this.plan;
    this.served[c]!++;
    this.waitSum[c]! += wait;
    if (wait > 0) this.waitedCount[c]!++;
    if (wait <= plan.targetWait) this.withinTarget[c]!++;
    this.revenue += plan.classRevenue[c]!;
    this.histograms.add(c, wait);
    const minute = arrival - Math.floor(arrival / 1440) * 1440;
    const bucket = Math.floor((minute - plan.open) / BUCKET_MINUTES);
    if (bucket >= 0 && bucket < plan.buckets) {
      this.bucketWaitSum[bucket * plan.C + c]! += wait;
      this.bucketWaitCount[bucket * plan.C + c]!++;
      if (this.slotService && wait <= plan.targetWait) this.bucketWithinTarget[this.slotBlock(arrival) + bucket * plan.C + c]!++;
    }
  }

  /** With the per-bucket counts asked for: a customer of class c arrived at t (after warm-up). */
  arrivedInBucket(c: number, t: number): void {
    const plan = this.plan;
    const minute = t - Math.floor(t / 1440) * 1440;
    const bucket = Math.floor((minute - plan.open) / BUCKET_MINUTES);
    if (bucket >= 0 && bucket < plan.buckets) this.bucketArrivals[this.slotBlock(t) + bucket * plan.C + c]!++;
  }

  /** Offset of the per-bucket counts of the weekday of time t (0 while the week is off). */
  private slotBlock(t: number): number {
    const weekdays = this.plan.dayWeekday;
    if (weekdays === null) return 0;
    const day = Math.min(weekdays.length - 1, Math.floor(t / 1440));
    return weekdays[day]! * this.plan.buckets * this.plan.C;
  }

  /** A task of class q completed at t: wait before first start, time in system, lateness, revenue. */
  completedTask(q: number, arrival: number, firstStart: number, t: number): void {
    const plan = this.plan;
    this.served[q]!++;
    this.waitSum[q]! += firstStart - arrival;
    this.timeInSystemSum[q]! += t - arrival;
    this.revenue += plan.classRevenue[q]!;
    if (t > arrival + plan.classDue[q]!) {
      this.late[q]!++;
      this.penalties += plan.classPenalty[q]!;
    }
  }

  /** Serving time of class q from `start` to t by person p, as home or cover work (after warm-up). */
  busy(p: number, q: number, start: number, t: number, act: number): void {
    const statsStart = this.plan.statsStart;
    const from = start > statsStart ? start : statsStart;
    if (t > from) {
      this.activity[p * ACT_COUNT + act]! += t - from;
      this.classBusy[q]! += t - from;
    }
  }

  /** At a bucket boundary of the opening day: adds the indicators' integrals since the last one. */
  collectBucket(bucket: number, t: number): void {
    if (t <= this.plan.statsStart) {
      this.tw.markBucket(t);
      return;
    }
    this.tw.collectBucket(t, this.bucketSums, bucket * this.tw.size);
    this.bucketDays[bucket]!++;
  }
}
