/**
 * Closed forms of classical queues, for validating the simulator and for the "Erlang baseline"
 * printed beside simulated results.
 *
 * Units: any one time unit, used consistently. This project uses minutes: `lambda` = arrivals per
 * minute, `mu` = 1 / mean service minutes, `theta` = 1 / mean patience minutes; waits come back in
 * minutes and queue lengths in customers. (A class with `perHour: 12` and a 6-minute mean service
 * is lambda = 0.2, mu = 1/6, offered load a = lambda / mu = 1.2 servers.)
 *
 * Every function is stable for several hundred servers: Erlang B by its recursion, Erlang A from
 * log-weights of its birth-death chain, never factorials or powers of the load.
 */

/** Results of an M/M/c queue (Poisson arrivals, exponential service, c servers, FCFS, no abandonment). */
export interface MMcResult {
  /** Server utilization lambda / (c mu); the queue is stable below 1. */
  readonly rho: number;
  /** Erlang C: probability that an arrival waits (finds all servers busy); 1 when unstable. */
  readonly probWait: number;
  /** Mean queue wait over all arrivals, C / (c mu - lambda); Infinity when unstable. */
  readonly waitMean: number;
  /** Time-average number waiting, lambda * waitMean. */
  readonly queueMean: number;
  /** Mean time in system: waitMean + 1 / mu. */
  readonly timeInSystemMean: number;
  /** P(wait <= t) = 1 - C e^{-(c mu - lambda) t}; 0 when unstable. */
  serviceLevel(t: number): number;
  /** Smallest w with P(wait <= w) >= p: 0 when p <= 1 - C, else ln(C / (1 - p)) / (c mu - lambda). */
  waitQuantile(p: number): number;
}

/** Results of Erlang A (M/M/c+M: exponential patience, Palm's model), from its birth-death chain. */
export interface ErlangAResult {
  /** Offered load per server, lambda / (c mu); may exceed 1 (abandonment keeps the queue finite). */
  readonly rho: number;
  /** Probability that an arrival finds all servers busy and has to queue: P(N >= c). */
  readonly probWait: number;
  /**
   * Share of served customers who waited (the simulator's `front.probWait`):
   * P(waited and served) / P(served).
   */
  readonly probWaitServed: number;
  /** Probability that an arrival abandons: theta E[Lq] / lambda. */
  readonly abandonProb: number;
  /** Mean queue wait over all arrivals, served or abandoning: E[Lq] / lambda (Little). */
  readonly waitMean: number;
  /** Mean queue wait of served customers (the simulator's `front.waitMean`); see `erlangA`. */
  readonly waitMeanServed: number;
  /** Time-average number waiting, E[Lq]. */
  readonly queueMean: number;
  /** Share of arrivals served within t (the simulator's `front.serviceLevel`): P(served and wait <= t). */
  serviceLevel(t: number): number;
}

/** Mean-value results of an M/G/1 queue. */
export interface MG1Result {
  /** Utilization lambda E[S]; also the probability of waiting. */
  readonly rho: number;
  /** Mean queue wait, lambda E[S^2] / (2 (1 - rho)); Infinity when rho >= 1. */
  readonly waitMean: number;
  /** Time-average number waiting, lambda * waitMean. */
  readonly queueMean: number;
  /** waitMean + E[S]. */
  readonly timeInSystemMean: number;
}

/** One station of a Jackson network: `c` exponential servers of rate `mu` each. */
export interface JacksonStation {
  readonly mu: number;
  readonly c: number;
}

export interface JacksonTandemResult {
  /** Each station as an M/M/c queue fed at the network's arrival rate. */
  readonly stations: MMcResult[];
  /** Sum over stations of wait + service; Infinity when any station is unstable. */
  readonly timeInSystemMean: number;
}

export interface JacksonNetworkResult {
  /** Total arrival rate at each station: the solution of gamma = externalRates + gamma * routing. */
  readonly arrivalRates: number[];
  readonly stations: MMcResult[];
  /**
   * Mean time from entering the network to leaving it: total mean number in system over total
   * external arrival rate (Little); 0 when nothing arrives, Infinity when any visited station is unstable.
   */
  readonly timeInSystemMean: number;
}

/** A service-level target: `fraction` of arrivals served within `withinMinutes`. */
export interface ServiceTarget {
  /** Wait limit, minutes (the time unit of the rates), >= 0. */
  readonly withinMinutes: number;
  /** Required share of arrivals served within the limit, strictly between 0 and 1. */
  readonly fraction: number;
}

export interface StaffingEstimate {
  /** Smallest number of servers meeting the target (0 when nothing arrives). */
  readonly servers: number;
  /** Utilization lambda / (servers mu) (0 when nothing arrives). */
  readonly rho: number;
  readonly probWait: number;
  /** Mean queue wait over all arrivals. */
  readonly waitMean: number;
  /** Achieved P(served within target.withinMinutes). */
  readonly serviceLevel: number;
  /** 0 under Erlang C. */
  readonly abandonProb: number;
}

function requireRate(name: string, value: number, allowZero: boolean): void {
  const ok = Number.isFinite(value) && (allowZero ? value >= 0 : value > 0);
  if (!ok) throw new RangeError(`invalid ${name}: ${value}`);
}

function requireServers(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`invalid ${name}: ${value}`);
}

function requireTime(t: number): void {
  if (!(t >= 0)) throw new RangeError(`invalid t: ${t}`);
}

/**
 * Erlang B: probability that an arrival finds all c servers busy in a loss system (M/M/c/c) with
 * offered load a = lambda / mu. Recursion B(k) = a B(k-1) / (k + a B(k-1)), B(0) = 1.
 */
export function erlangB(c: number, a: number): number {
  requireServers('c', c, 0);
  requireRate('a', a, true);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: probability of waiting in M/M/c with offered load a = lambda / mu; 1 when a >= c. */
export function erlangC(c: number, a: number): number {
  requireServers('c', c, 1);
  requireRate('a', a, true);
  if (a >= c) return 1;
  const b = erlangB(c, a);
  return b / (1 - (a / c) * (1 - b));
}

/** M/M/c FCFS with arrival rate `lambda` and service rate `mu` per server. */
export function mmc(lambda: number, mu: number, c: number): MMcResult {
  requireRate('lambda', lambda, true);
  requireRate('mu', mu, false);
  requireServers('c', c, 1);
  const rho = lambda / (c * mu);
  const drain = c * mu - lambda; // rate at which a busy system's queue empties
  if (drain <= 0) {
    return {
      rho,
      probWait: 1,
      waitMean: Infinity,
      queueMean: Infinity,
      timeInSystemMean: Infinity,
      serviceLevel: (t) => (requireTime(t), 0),
      waitQuantile: (p) => (requireProbability(p), p === 0 ? 0 : Infinity),
    };
  }
  const probWait = erlangC(c, lambda / mu);
  const waitMean = probWait / drain;
  return {
    rho,
    probWait,
    waitMean,
    queueMean: lambda * waitMean,
    timeInSystemMean: waitMean + 1 / mu,
    serviceLevel(t) {
      requireTime(t);
      return 1 - probWait * Math.exp(-drain * t);
    },
    waitQuantile(p) {
      requireProbability(p);
      if (p <= 1 - probWait) return 0;
      return Math.log(probWait / (1 - p)) / drain;
    },
  };
}

function requireProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid p: ${p}`);
}

/** The chain is cut where the tail beyond it is below this share of the probability mass. */
const TAIL_TOLERANCE = 1e-15;
const MAX_CHAIN_STATES = 2_000_000;

/**
 * Stationary distribution of the M/M/c+M birth-death chain: birth rate lambda, death rate
 * min(n, c) mu + max(n - c, 0) theta in state n. Weights are built as logarithms and scaled by
 * their maximum, so no load overflows. The terms rise then fall (death rates increase with n);
 * once past the peak with ratio r = lambda / death(n + 1) < 1, every later ratio is smaller, so
 * the tail is at most pi_n r / (1 - r): the chain stops when that is below TAIL_TOLERANCE.
 */
function erlangAStationary(lambda: number, mu: number, theta: number, c: number): Float64Array {
  let logWeights = new Float64Array(Math.max(64, 2 * c));
  const lnLambda = Math.log(lambda);
  const lnTolerance = Math.log(TAIL_TOLERANCE);
  let peak = 0;
  let n = 0;
  for (;;) {
    const nextDeath = Math.min(n + 1, c) * mu + Math.max(n + 1 - c, 0) * theta;
    const ratio = lambda / nextDeath;
    if (n >= c && ratio < 1 && logWeights[n]! - peak + Math.log(ratio / (1 - ratio)) < lnTolerance) break;
    if (n + 1 >= MAX_CHAIN_STATES) {
      throw new RangeError(`invalid theta: ${theta} (the queue would exceed ${MAX_CHAIN_STATES} states)`);
    }
    if (n + 1 === logWeights.length) {
      const grown = new Float64Array(2 * logWeights.length);
      grown.set(logWeights);
      logWeights = grown;
    }
    logWeights[n + 1] = logWeights[n]! + lnLambda - Math.log(nextDeath);
    n++;
    if (logWeights[n]! > peak) peak = logWeights[n]!;
  }
  const pi = new Float64Array(n + 1);
  let total = 0;
  for (let k = 0; k <= n; k++) {
    pi[k] = Math.exp(logWeights[k]! - peak);
    total += pi[k]!;
  }
  for (let k = 0; k <= n; k++) pi[k] = pi[k]! / total;
  return pi;
}

/**
 * Erlang A (M/M/c+M, Palm's model): Poisson arrivals `lambda`, `c` servers of rate `mu`, FCFS,
 * each waiting customer abandons at rate `theta` (exponential patience of mean 1 / theta).
 * theta = 0 is M/M/c (infinite waits and probWait 1 when lambda >= c mu).
 *
 * Exact, from the birth-death chain (truncated where its tail is below 1e-15). By PASTA an arrival
 * sees state n with probability pi_n; arriving in n >= c it joins the queue at position
 * k = n - c + 1. At position j the next event comes at rate r_j = c mu + j theta (a service start
 * at the head, one of the j - 1 ahead abandoning, or itself abandoning), independently of which
 * event it is, so:
 *   P(served | k) = prod_{j=1..k} (c mu + (j - 1) theta) / r_j = c mu / r_k   (telescoping),
 *   E[W | served, k] = sum_{j=1..k} 1 / r_j,
 *   waitMeanServed = sum_{n>=c} pi_n P(served | k) E[W | served, k] / P(served),
 *   P(served, W <= t | k) = P(served | k) P(Exp(r_1) + ... + Exp(r_k) <= t)
 *                         = P(served | k) I_{1 - e^{-theta t}}(k, c mu / theta + 1),
 * the last because the sum of Exp(theta (b + j)), j = 1..k, is -ln(1 - U) / theta with
 * U ~ Beta(k, b + 1) (equal Laplace transforms). I_x(k, s) = P(NegBin(s, x) >= k) is then summed
 * term by term over k, one pass for all states.
 */
export function erlangA(lambda: number, mu: number, theta: number, c: number): ErlangAResult {
  requireRate('lambda', lambda, true);
  requireRate('mu', mu, false);
  requireRate('theta', theta, true);
  requireServers('c', c, 1);
  const rho = lambda / (c * mu);
  if (theta === 0) {
    const m = mmc(lambda, mu, c);
    return {
      rho,
      probWait: m.probWait,
      probWaitServed: m.probWait,
      abandonProb: 0,
      waitMean: m.waitMean,
      waitMeanServed: m.waitMean,
      queueMean: m.queueMean,
      serviceLevel: (t) => m.serviceLevel(t),
    };
  }
  if (lambda === 0) {
    return {
      rho,
      probWait: 0,
      probWaitServed: 0,
      abandonProb: 0,
      waitMean: 0,
      waitMeanServed: 0,
      queueMean: 0,
      serviceLevel: (t) => (requireTime(t), 1),
    };
  }
  const pi = erlangAStationary(lambda, mu, theta, c);
  const cMu = c * mu;
  let probNoWait = 0;
  for (let n = 0; n < c && n < pi.length; n++) probNoWait += pi[n]!;
  let probWait = 0;
  let queueMean = 0;
  let servedAfterWaiting = 0;
  let servedWaitSum = 0;
  let servedWaitGivenK = 0;
  for (let n = c; n < pi.length; n++) {
    const k = n - c + 1;
    const rate = cMu + k * theta;
    servedWaitGivenK += 1 / rate;
    const servedGivenK = cMu / rate;
    probWait += pi[n]!;
    queueMean += (n - c) * pi[n]!;
    servedAfterWaiting += pi[n]! * servedGivenK;
    servedWaitSum += pi[n]! * servedGivenK * servedWaitGivenK;
  }
  const abandonProb = (theta * queueMean) / lambda;
  const servedProb = 1 - abandonProb;
  const shape = cMu / theta + 1;
  return {
    rho,
    probWait,
    probWaitServed: servedAfterWaiting / servedProb,
    abandonProb,
    waitMean: queueMean / lambda,
    waitMeanServed: servedWaitSum / servedProb,
    queueMean,
    serviceLevel(t) {
      requireTime(t);
      if (t === 0) return probNoWait;
      if (t === Infinity) return servedProb;
      const lnX = Math.log(-Math.expm1(-theta * t));
      // NegBin(shape, x) point probabilities T_j, from T_0 = (1 - x)^shape = e^{-(c mu + theta) t}.
      let lnTerm = -(cMu + theta) * t;
      let tail = -Math.expm1(lnTerm); // I_x(1, shape) = P(NegBin >= 1)
      let level = probNoWait;
      for (let n = c; n < pi.length && tail > 0; n++) {
        const k = n - c + 1;
        level += pi[n]! * (cMu / (cMu + k * theta)) * tail;
        lnTerm += lnX + Math.log((k - 1 + shape) / k);
        tail -= Math.exp(lnTerm);
      }
      return level;
    },
  };
}

/** M/G/1 by Pollaczek-Khinchine: arrival rate `lambda`, service time mean and variance. */
export function pollaczekKhinchine(lambda: number, meanService: number, varService: number): MG1Result {
  requireRate('lambda', lambda, true);
  requireRate('meanService', meanService, false);
  requireRate('varService', varService, true);
  const rho = lambda * meanService;
  if (rho >= 1) return { rho, waitMean: Infinity, queueMean: Infinity, timeInSystemMean: Infinity };
  const secondMoment = varService + meanService * meanService;
  const waitMean = (lambda * secondMoment) / (2 * (1 - rho));
  return { rho, waitMean, queueMean: lambda * waitMean, timeInSystemMean: waitMean + meanService };
}

function requireStations(stations: readonly JacksonStation[]): void {
  stations.forEach((s, i) => {
    requireRate(`stations[${i}].mu`, s.mu, false);
    requireServers(`stations[${i}].c`, s.c, 1);
  });
}

/**
 * Stations in series (front then back, say) that every customer visits once in order, each an
 * M/M/c queue fed at `lambda` (Burke: the departures of a stable M/M/c are Poisson).
 */
export function jacksonTandem(lambda: number, stations: readonly JacksonStation[]): JacksonTandemResult {
  requireRate('lambda', lambda, true);
  requireStations(stations);
  const results = stations.map((s) => mmc(lambda, s.mu, s.c));
  let timeInSystemMean = 0;
  for (const r of results) timeInSystemMean += r.timeInSystemMean;
  return { stations: results, timeInSystemMean };
}

/**
 * Open Jackson network: `externalRates[i]` arrivals per time unit from outside to station i;
 * after service at i a customer goes to j with probability `routing[i][j]` and leaves with the
 * rest of row i. Solves the traffic equations gamma (I - R) = externalRates by Gaussian
 * elimination with partial pivoting, then treats each station as M/M/c at rate gamma_i.
 */
export function jacksonNetwork(
  externalRates: readonly number[],
  routing: readonly (readonly number[])[],
  stations: readonly JacksonStation[],
): JacksonNetworkResult {
  const size = stations.length;
  requireStations(stations);
  if (externalRates.length !== size) {
    throw new RangeError(`invalid externalRates: length ${externalRates.length} (${size} stations)`);
  }
  externalRates.forEach((r, i) => requireRate(`externalRates[${i}]`, r, true));
  if (routing.length !== size) throw new RangeError(`invalid routing: ${routing.length} rows (${size} stations)`);
  routing.forEach((row, i) => {
    if (row.length !== size) throw new RangeError(`invalid routing[${i}]: length ${row.length} (${size} stations)`);
    let sum = 0;
    row.forEach((p, j) => {
      if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid routing[${i}][${j}]: ${p}`);
      sum += p;
    });
    if (sum > 1 + 1e-9) throw new RangeError(`invalid routing[${i}]: probabilities sum to ${sum}`);
  });

  // Augmented matrix of (I - R)^T gamma = externalRates.
  const m = Array.from({ length: size }, (_, i) => {
    const row = new Array<number>(size + 1);
    for (let j = 0; j < size; j++) row[j] = (i === j ? 1 : 0) - routing[j]![i]!;
    row[size] = externalRates[i]!;
    return row;
  });
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) {
      throw new RangeError('invalid routing: some customers can never leave the network');
    }
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const pivotRow = m[col]!;
    for (let r = col + 1; r < size; r++) {
      const row = m[r]!;
      const factor = row[col]! / pivotRow[col]!;
      if (factor === 0) continue;
      for (let j = col; j <= size; j++) row[j] = row[j]! - factor * pivotRow[j]!;
    }
  }
  const arrivalRates = new Array<number>(size).fill(0);
  for (let i = size - 1; i >= 0; i--) {
    const row = m[i]!;
    let value = row[size]!;
    for (let j = i + 1; j < size; j++) value -= row[j]! * arrivalRates[j]!;
    arrivalRates[i] = Math.max(0, value / row[i]!); // rounding can leave -0 or -1e-17 for an unvisited station
  }

  const results = stations.map((s, i) => mmc(arrivalRates[i]!, s.mu, s.c));
  let external = 0;
  for (const r of externalRates) external += r;
  let inSystem = 0;
  results.forEach((r, i) => {
    if (arrivalRates[i]! > 0) inSystem += arrivalRates[i]! * r.timeInSystemMean;
  });
  return { arrivalRates, stations: results, timeInSystemMean: external > 0 ? inSystem / external : 0 };
}

const MAX_SERVERS = 1_000_000;

/**
 * Smallest number of servers whose service level P(served within target.withinMinutes) reaches
 * target.fraction: under Erlang C (M/M/c), or under Erlang A when a patience rate `theta` > 0 is
 * given (abandoners count as not served within the target). The service level rises with c, so
 * Erlang C scans up from the first stable c, and Erlang A steps up from the first c that could
 * serve `fraction` of the arrivals at all, doubling its stride, then bisects.
 */
export function staffingEstimate(
  lambda: number,
  mu: number,
  target: ServiceTarget,
  theta?: number,
): StaffingEstimate {
  requireRate('lambda', lambda, true);
  requireRate('mu', mu, false);
  if (!(target.withinMinutes >= 0)) throw new RangeError(`invalid target.withinMinutes: ${target.withinMinutes}`);
  if (!(target.fraction > 0 && target.fraction < 1)) throw new RangeError(`invalid target.fraction: ${target.fraction}`);
  if (theta !== undefined) requireRate('theta', theta, true);
  if (lambda === 0) return { servers: 0, rho: 0, probWait: 0, waitMean: 0, serviceLevel: 1, abandonProb: 0 };

  const patient = theta === undefined || theta === 0;
  const evaluate = (c: number): StaffingEstimate => {
    const r = patient ? mmc(lambda, mu, c) : erlangA(lambda, mu, theta!, c);
    return {
      servers: c,
      rho: r.rho,
      probWait: r.probWait,
      waitMean: r.waitMean,
      serviceLevel: r.serviceLevel(target.withinMinutes),
      abandonProb: 'abandonProb' in r ? r.abandonProb : 0,
    };
  };
  const meets = (e: StaffingEstimate): boolean => e.serviceLevel >= target.fraction;
  const tooMany = (): never => {
    throw new RangeError(`invalid target: needs more than ${MAX_SERVERS} servers`);
  };

  if (patient) {
    for (let c = Math.max(1, Math.floor(lambda / mu) + 1); c <= MAX_SERVERS; c++) {
      const e = evaluate(c);
      if (meets(e)) return e;
    }
    return tooMany();
  }
  // c servers serve at most c mu per time unit, so P(served) <= c mu / lambda: fewer than
  // fraction * lambda / mu servers cannot meet the target (and their chains can be very long).
  const floor = Math.max(1, Math.ceil(target.fraction * (lambda / mu)));
  let failing = floor - 1;
  let passing = floor;
  let best = evaluate(passing);
  while (!meets(best)) {
    failing = passing;
    passing = floor + 2 * (passing - floor) + 1;
    if (passing > MAX_SERVERS) tooMany();
    best = evaluate(passing);
  }
  while (passing - failing > 1) {
    const mid = Math.floor((failing + passing) / 2);
    const e = evaluate(mid);
    if (meets(e)) {
      passing = mid;
      best = e;
    } else {
      failing = mid;
    }
  }
  return best;
}
