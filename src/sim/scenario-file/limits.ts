/**
 * Upper bounds on scenario sizes. They stop typos (an extra zero, a rate per day written as per hour)
 * and inputs that would exhaust memory or run for days, not realistic offices: a large branch network
 * modelled as one office stays far below every limit.
 */
export const LIMITS = {
  /** Days per replication: ten years of consecutive working days. */
  days: 3660,
  replications: 100_000,
  /** Staff members after expanding groups. */
  staffMembers: 2000,
  /** Members of one group (`count`). */
  groupCount: 500,
  customerClasses: 200,
  taskTypes: 200,
  /** Arrivals per hour, for every entry of a `perHour` profile. */
  perHour: 100_000,
  /** Internal task workload per day. */
  perDay: 1_000_000,
  /** Any duration or distribution parameter in minutes (about two years). */
  minutes: 1_000_000,
  /** Coefficient of variation of lognormal and gamma distributions. */
  cv: 100,
  /** Observations in an empirical distribution. */
  empiricalValues: 100_000,
  breaksPerShift: 24,
  skillsPerPerson: 200,
  handoffsPerClass: 200,
  /** Interruptions per person-day. */
  interruptionsPerDay: 1000,
  /** Customers of one class waiting before balking, and the cover queue threshold. */
  queueLength: 100_000,
  /** Any amount of money (wage per hour, revenue, penalty, training cost per skill). */
  money: 1_000_000_000,
  overtimeMultiplier: 100,
  /** Characters in a class, task, skill or staff name. */
  nameLength: 100,
  /** Characters in the scenario's name. */
  scenarioNameLength: 200,
  /** Characters in the currency (a code such as EUR or a symbol such as €). */
  currencyLength: 8,
} as const;
