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
  /** A weekday's multiplier on the base arrivals. */
  weekdayFactor: 1000,
  /** Shape of a Weibull distribution (100: nearly a fixed value; larger adds nothing). */
  weibullShape: 100,
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
  /**
   * Size of a scenario file in bytes (UTF-8), checked before it is parsed. The largest office the
   * other limits allow, written out person by person, is a few megabytes.
   */
  fileBytes: 5_000_000,
  /** Keys of mappings in a scenario file (all levels), counted after parsing and before validating. */
  fileKeys: 100_000,
} as const;

/** UTF-8 length of a text, without encoding it (pure: the web app and Node share it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "12.3 MB" for a byte count, for messages about the size limit. */
export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}

/** The message for a file over LIMITS.fileBytes, or null when it is within it. */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > LIMITS.fileBytes
    ? `the file is ${formatBytes(bytes)}; scenario files may be at most ${formatBytes(LIMITS.fileBytes)} (${LIMITS.fileBytes} bytes)`
    : null;
}
