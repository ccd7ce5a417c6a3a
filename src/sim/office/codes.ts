/**
 * The engine's vocabulary: event kinds and their priorities, areas, item states, activities, cover
 * rules and the statistics bucket. Every room of the office model imports these; this file imports
 * nothing, so no room has to import another room only for a constant.
 */

/** Areas a person can be posted in. */
export const FRONT = 0;
export const BACK = 1;

/** Event kinds. */
export const EV = {
  serviceEnd: 1,
  switchEnd: 2,
  dayStart: 3,
  open: 4,
  close: 5,
  bucket: 6,
  shiftStart: 7,
  shiftEnd: 8,
  breakStart: 9,
  breakEnd: 10,
  interruptStart: 11,
  interruptEnd: 12,
  sickChange: 13,
  customerArrival: 14,
  taskArrival: 15,
  abandon: 16,
  end: 17,
} as const;

/**
 * Priorities at equal times, as the contract orders them: completions, then calendar and staff
 * changes (close before shift ends, so people whose shift ends at closing time are present at
 * close), then arrivals, then abandonments.
 */
export const PRI = { completion: 0, calendar: 1, staff: 2, arrival: 3, abandon: 4, end: 5 } as const;

/** States of an item slot (a customer or a task). */
export const ITEM_FREE = 0;
export const ITEM_WAITING = 1;
export const ITEM_IN_SERVICE = 2;
export const ITEM_ABANDONED = 3;

/** Activity categories for the per-person minutes (index into `Tallies.activity`). */
export const ACT = { homeWork: 0, coverWork: 1, switching: 2, break: 3, absent: 4, idle: 5, overtime: 6 } as const;
export const ACT_COUNT = 7;

/**
 * Why a person is posted outside their home area: the cover rules of the contract, numbered as
 * there (0 = at home). The trace's `rule` field carries these numbers.
 */
export const COVER = { home: 0, frontMinimum: 1, queueThreshold: 2, missingSkill: 3, helpBackOffice: 4 } as const;

/** Width of the day-series buckets, in minutes. */
export const BUCKET_MINUTES = 15;
