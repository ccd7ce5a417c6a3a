/**
 * What one replication returns: `runReplication(scenario, replication, options)` in src/sim/office/.
 * Everything here is plain data (numbers, arrays, records) so it crosses worker boundaries with
 * structured clone and serializes to JSON unchanged.
 */
import type { Weekday } from './scenario.js';

/**
 * Flat metric values keyed as in scenario-format.md's CLI output contract (`front.waitMean`,
 * `customer.sale.abandonRate`, `staff.ana#1.utilization`, ...). `null`: a ratio or mean with
 * nothing to count in this replication. Keys come in a fixed, documented order (see `metricKeys`).
 */
export type MetricValues = Record<string, number | null>;

/**
 * Time series over the opening day in fixed buckets (15 minutes), each value the replication's
 * average over its days (after warm-up) that were open at that time of day: a short Saturday adds
 * to its morning buckets only, a closed day to none; the axis runs from the earliest opening to the
 * latest closing of any day. `null` where a bucket had nothing to average
 * (e.g. the mean wait of customers arriving in a bucket where nobody arrived).
 */
export interface DaySeries {
  readonly bucketMinutes: number;
  /** Minute of the day at which each bucket starts. */
  readonly bucketStarts: readonly number[];
  /**
   * Series keyed `queue.<class>` (time-average number waiting), `wait.<class>` (mean wait of served
   * customers who arrived in the bucket), `present.<skill>` (time-average people on duty and present
   * holding the skill), `covering` (time-average people posted outside their home area),
   * `unstaffed` (minutes with nobody available at the counter), `gap.<skill>` (coverage-gap minutes).
   */
  readonly values: Readonly<Record<string, readonly (number | null)[]>>;
}

export interface Histogram {
  /** Bin edges in minutes; bin i holds values in [edges[i], edges[i+1]); the last bin is open-ended. */
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

/** Minutes a person spent in each activity over the replication (after warm-up). */
export interface ActivityMinutes {
  /** Serving work in their home area. */
  readonly homeWork: number;
  /** Serving work while posted outside their home area. */
  readonly coverWork: number;
  readonly switching: number;
  readonly break: number;
  /** Sick (rostered but absent) or interrupted. */
  readonly absent: number;
  /** On duty, present, posted, not busy. */
  readonly idle: number;
  /** Part of the above past the end of the person's shift. */
  readonly overtime: number;
}

export const TRACE_KINDS = [
  'open',
  'close',
  'arrive',
  'start',
  'finish',
  'abandon',
  'balk',
  'turnAway',
  'shiftStart',
  'shiftEnd',
  'breakStart',
  'breakEnd',
  'sick',
  'interruptStart',
  'interruptEnd',
  'moveStart',
  'moveEnd',
  'pause',
  'gapStart',
  'gapEnd',
  'end',
] as const;
export type TraceKind = (typeof TRACE_KINDS)[number];

/**
 * One entry of the opt-in event trace, a union by `kind`: each kind carries exactly its fields.
 * `item` numbers items in order of creation within the replication (customers and tasks share the
 * numbering); `person` indexes `Scenario.staff`; `cls` indexes `Scenario.customers` when `front` is
 * true, else `Scenario.tasks`.
 */
export type TraceEvent =
  | { readonly t: number; readonly kind: 'open' | 'close' | 'end' }
  | (ItemFields & {
      readonly kind: 'arrive';
      /** The item's work content in minutes at proficiency 1.0. */
      readonly work: number;
    })
  | (ItemFields & { readonly kind: 'abandon' | 'balk' | 'turnAway' })
  | (ItemFields & { readonly kind: 'start' | 'pause'; readonly person: number })
  | (ItemFields & {
      readonly kind: 'finish';
      readonly person: number;
      /** The revenue earned (customer served or task completed). */
      readonly revenue: number;
    })
  | {
      readonly t: number;
      readonly kind: 'shiftStart' | 'shiftEnd' | 'breakStart' | 'breakEnd' | 'sick' | 'interruptStart' | 'interruptEnd';
      readonly person: number;
    }
  | {
      readonly t: number;
      readonly kind: 'moveStart' | 'moveEnd';
      readonly person: number;
      /** The area the person is posted to. */
      readonly area: 'front' | 'back';
      /** The cover rule (1-4) or 0 for a return home. */
      readonly rule: number;
    }
  | {
      readonly t: number;
      readonly kind: 'gapStart' | 'gapEnd';
      /** The skill that has demand and nobody on duty and present holding it. */
      readonly skill: string;
    };

interface ItemFields {
  readonly t: number;
  readonly item: number;
  readonly cls: number;
  readonly front: boolean;
}

/** The trace entries of the given kinds. */
export type TraceEventOf<K extends TraceKind> = TraceEvent & { readonly kind: K };

/** A type guard for trace entries of the given kinds: `trace.filter(ofKind('start', 'finish'))`. */
export function ofKind<K extends TraceKind>(...kinds: K[]): (e: TraceEvent) => e is TraceEventOf<K> {
  return (e): e is TraceEventOf<K> => (kinds as TraceKind[]).includes(e.kind);
}

export interface ReplicationResult {
  readonly replication: number;
  readonly metrics: MetricValues;
  readonly series: DaySeries;
  /**
   * Back-office tasks unfinished at each day's close (one value per simulated day); on a day the
   * counter does not close (closed all day, or open around the clock), at its midnight.
   */
  readonly backlogByDay: readonly number[];
  /**
   * The weekday of each simulated day, beside `backlogByDay` (same positions); present only when the
   * week is on (`calendar.firstWeekday`).
   */
  readonly weekdayByDay?: readonly Weekday[];
  /** Queue-wait histogram of served customers, per customer class name. */
  readonly waitHistograms: Readonly<Record<string, Histogram>>;
  /** Per staff member name. */
  readonly activity: Readonly<Record<string, ActivityMinutes>>;
  /**
   * Only when someone's skill has a learning curve (issue 15): per member, per skill with a curve,
   * the proficiency at the end of each simulated day (one value per day).
   */
  readonly proficiencyByDay?: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  /** Number of events the calendar processed. */
  readonly events: number;
  /** Present only when requested; at most `traceLimit` entries, `traceTruncated` says if more happened. */
  readonly trace?: readonly TraceEvent[];
  readonly traceTruncated?: boolean;
  /** Present only when requested (`RunOptions.slotService`). */
  readonly slotService?: SlotService;
}

/**
 * Customers counted per opening-day bucket of their arrival time, summed over the replication's
 * days after warm-up, per customer class: the staffing planner's per-slot service level is
 * `withinTarget / arrivals` (served within `targets.serviceLevel.withinMinutes`, over all arrivals,
 * as `front.serviceLevel`).
 */
export interface SlotService {
  readonly bucketMinutes: number;
  /** Minute of the day at which each bucket starts. */
  readonly bucketStarts: readonly number[];
  readonly arrivals: Readonly<Record<string, readonly number[]>>;
  readonly withinTarget: Readonly<Record<string, readonly number[]>>;
  /**
   * Present only when the week is on: the same counts split by the weekday of the arrival's day
   * (`arrivals` and `withinTarget` above are their sums over the weekdays).
   */
  readonly weekdays?: Readonly<
    Record<Weekday, { readonly arrivals: Readonly<Record<string, readonly number[]>>; readonly withinTarget: Readonly<Record<string, readonly number[]>> }>
  >;
}

export interface RunOptions {
  /** Record the event trace (for replay and debugging). Default false. */
  readonly trace?: boolean;
  /** Maximum trace entries kept. Default 200_000. */
  readonly traceLimit?: number;
  /**
   * Stop simulating after this many events with an `EventLimitError` (a budget for untrusted
   * scenarios, e.g. in the trainer). Default: no limit.
   */
  readonly maxEvents?: number;
  /** Add the per-bucket arrival and within-target counts (`ReplicationResult.slotService`). Default false. */
  readonly slotService?: boolean;
}
