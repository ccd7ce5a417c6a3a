/**
 * Closed-form queues (src/analysis/erlang.ts) against textbook values, limits that reduce one
 * model to another, an independent solution of the Erlang A chain, and a seeded simulation of
 * M/M/c+M for the quantities that depend on the order of service (wait of the served, service level).
 * High-precision references were computed with mpmath at 40 digits from the defining sums.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  erlangA,
  erlangB,
  erlangC,
  jacksonNetwork,
  jacksonTandem,
  mmc,
  pollaczekKhinchine,
  staffingEstimate,
} from '../../src/analysis/erlang.js';
import { summarize, tQuantile } from '../../src/analysis/statistics.js';

function expectNear(actual: number, expected: number, tolerance: number, label = ''): void {
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${label} expected ${expected} +/- ${tolerance}, got ${actual} (off by ${actual - expected})`);
  }
}

describe('erlangB', () => {
  it('matches textbook and 40-digit values', () => {
    expectNear(erlangB(10, 5), 0.018384570336648133, 1e-15);
    expectNear(erlangB(4, 3), 0.20610687022900763, 1e-15);
    expect(erlangB(1, 2)).toBeCloseTo(2 / 3, 15);
    expect(erlangB(0, 2)).toBe(1);
    expect(erlangB(3, 0)).toBe(0);
  });

  it('stays accurate for hundreds of servers, where a^c / c! overflows', () => {
    expectNear(erlangB(500, 450), 0.001234453135373451, 1e-14);
    expectNear(erlangB(1000, 1000), 0.024811917646160408, 1e-14);
    expectNear(erlangB(300, 350), 0.15691014213862848, 1e-14);
  });

  it('refuses a fractional or negative number of servers and a negative load', () => {
    expect(() => erlangB(2.5, 1)).toThrow('invalid c: 2.5');
    expect(() => erlangB(-1, 1)).toThrow('invalid c: -1');
    expect(() => erlangB(3, -1)).toThrow('invalid a: -1');
  });
});

describe('erlangC', () => {
  it('matches textbook values', () => {
    expectNear(erlangC(2, 1), 1 / 3, 1e-15);
    expectNear(erlangC(3, 1), 1 / 11, 1e-15); // B(3, 1) = 1/16 by hand
    expectNear(erlangC(1, 0.7), 0.7, 1e-15); // M/M/1: P(wait) = rho
    expectNear(erlangC(500, 450), 0.012208889634931088, 1e-14);
  });

  it('is 1 when the load reaches the servers', () => {
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(3, 7)).toBe(1);
  });
});

describe('mmc', () => {
  it('gives the M/M/1 formulas: at rho 0.9 the mean wait is 9 / mu', () => {
    const mu = 0.5;
    const m = mmc(0.9 * mu, mu, 1);
    expectNear(m.rho, 0.9, 1e-15);
    expectNear(m.probWait, 0.9, 1e-15);
    expectNear(m.waitMean, 9 / mu, 1e-12);
    expectNear(m.queueMean, 8.1, 1e-12); // rho^2 / (1 - rho)
    expectNear(m.timeInSystemMean, 10 / mu, 1e-12);
    expectNear(m.serviceLevel(3), 1 - 0.9 * Math.exp(-0.05 * 3), 1e-15);
    expect(m.waitQuantile(0.05)).toBe(0);
    expectNear(m.waitQuantile(0.95), Math.log(0.9 / 0.05) / 0.05, 1e-11);
    expectNear(m.serviceLevel(m.waitQuantile(0.95)), 0.95, 1e-14);
  });

  it('gives M/M/2 at one erlang: P(wait) 1/3, mean wait 1/3 of a service', () => {
    const m = mmc(1, 1, 2);
    expectNear(m.probWait, 1 / 3, 1e-15);
    expectNear(m.waitMean, 1 / 3, 1e-15);
    expectNear(m.queueMean, 1 / 3, 1e-15);
  });

  it('reports an unstable queue as infinite waits that everyone suffers', () => {
    const m = mmc(2, 1, 2);
    expect(m.probWait).toBe(1);
    expect(m.waitMean).toBe(Infinity);
    expect(m.queueMean).toBe(Infinity);
    expect(m.serviceLevel(60)).toBe(0);
    expect(m.waitQuantile(0.5)).toBe(Infinity);
  });

  it('has no waiting without arrivals and refuses bad rates', () => {
    const m = mmc(0, 1, 1);
    expect(m.probWait).toBe(0);
    expect(m.waitMean).toBe(0);
    expect(m.serviceLevel(0)).toBe(1);
    expect(() => mmc(-1, 1, 1)).toThrow('invalid lambda: -1');
    expect(() => mmc(1, 0, 1)).toThrow('invalid mu: 0');
    expect(() => mmc(1, 1, 0)).toThrow('invalid c: 0');
    expect(() => mmc(1, 2, 1).serviceLevel(-1)).toThrow('invalid t: -1');
  });
});

/**
 * The M/M/c+M chain solved a second way: the uniformized transition matrix, truncated at `states`
 * and applied until the distribution stops changing (power iteration).
 */
function powerIteration(lambda: number, mu: number, theta: number, c: number, states: number): Float64Array {
  const death = (n: number) => Math.min(n, c) * mu + Math.max(n - c, 0) * theta;
  const uniform = lambda + death(states - 1);
  let pi = new Float64Array(states).fill(1 / states);
  let next = new Float64Array(states);
  for (let iteration = 0; iteration < 500_000; iteration++) {
    let change = 0;
    for (let n = 0; n < states; n++) {
      const up = n + 1 < states ? lambda : 0;
      const stay = 1 - (up + death(n)) / uniform;
      let value = pi[n]! * stay;
      if (n > 0) value += (pi[n - 1]! * lambda) / uniform;
      if (n + 1 < states) value += (pi[n + 1]! * death(n + 1)) / uniform;
      next[n] = value;
      change = Math.max(change, Math.abs(value - pi[n]!));
    }
    [pi, next] = [next, pi];
    if (change < 1e-17) break;
  }
  return pi;
}

describe('erlangA', () => {
  it('agrees with the chain solved by power iteration', () => {
    const [lambda, mu, theta, c] = [1, 0.2, 0.1, 5];
    const pi = powerIteration(lambda, mu, theta, c, 150);
    let probWait = 0;
    let queueMean = 0;
    for (let n = c; n < pi.length; n++) {
      probWait += pi[n]!;
      queueMean += (n - c) * pi[n]!;
    }
    const a = erlangA(lambda, mu, theta, c);
    expectNear(a.probWait, probWait, 1e-10, 'P(wait)');
    expectNear(a.queueMean, queueMean, 1e-9, 'E[Lq]');
    expectNear(a.abandonProb, (theta * queueMean) / lambda, 1e-10, 'P(abandon)');
    expectNear(a.waitMean, queueMean / lambda, 1e-9, 'E[W]');
    expectNear(a.rho, 1, 1e-15, 'rho');
  });

  it('splits arrivals consistently: served at once + served after waiting + abandoned = 1', () => {
    // probWaitServed comes from per-state service probabilities, abandonProb from theta E[Lq] / lambda.
    for (const [lambda, mu, theta, c] of [
      [1, 0.2, 0.1, 5],
      [3, 1, 2, 2],
      [0.5, 0.1, 0.02, 4],
    ] as const) {
      const a = erlangA(lambda, mu, theta, c);
      const served = 1 - a.abandonProb;
      expectNear(1 - a.probWait + a.probWaitServed * served, served, 1e-12);
      // E[W] = P(served) E[W | served] + P(abandon) E[W | abandon], the last term positive
      expect(a.waitMeanServed).toBeLessThan(a.waitMean / served);
    }
  });

  it('becomes Erlang C as patience grows without bound', () => {
    const m = mmc(4, 1, 5);
    const a = erlangA(4, 1, 1e-9, 5);
    expectNear(a.probWait, m.probWait, 1e-7);
    expectNear(a.probWaitServed, m.probWait, 1e-7);
    expectNear(a.waitMean, m.waitMean, 1e-6);
    expectNear(a.waitMeanServed, m.waitMean, 1e-6);
    expectNear(a.queueMean, m.queueMean, 1e-6);
    expect(a.abandonProb).toBeLessThan(1e-8);
    for (const t of [0, 0.3, 1, 5]) expectNear(a.serviceLevel(t), m.serviceLevel(t), 1e-7, `SL(${t})`);
    expect(erlangA(4, 1, 0, 5)).toMatchObject({ probWait: m.probWait, waitMean: m.waitMean, abandonProb: 0 });
  });

  it('is the Poisson distribution when patience and service rates are equal (an M/M/infinity in disguise)', () => {
    // death rate n mu in every state: P(wait) = P(Poisson(a) >= c), 40-digit references
    expectNear(erlangA(7, 1, 1, 5).probWait, 0.82700839211792865437, 1e-13);
    expectNear(erlangA(600, 1, 1, 590).probWait, 0.66388690077597717762, 1e-12);
  });

  it('stays finite and consistent for hundreds of servers', () => {
    const a = erlangA(420, 1, 0.5, 400);
    for (const v of [a.probWait, a.abandonProb, a.probWaitServed, a.serviceLevel(0.1)]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
    expect(Number.isFinite(a.waitMeanServed)).toBe(true);
  });

  it('has a service level from P(no wait) at t = 0 to P(served) at t = infinity, rising in t', () => {
    const a = erlangA(1, 0.2, 0.1, 5);
    expectNear(a.serviceLevel(0), 1 - a.probWait, 1e-15);
    expectNear(a.serviceLevel(Infinity), 1 - a.abandonProb, 1e-15);
    expectNear(a.serviceLevel(1e4), 1 - a.abandonProb, 1e-12);
    let previous = a.serviceLevel(0);
    for (const t of [0.1, 1, 2, 5, 10, 30, 100]) {
      const level = a.serviceLevel(t);
      expect(level).toBeGreaterThan(previous);
      previous = level;
    }
  });

  it('matches a seeded simulation of M/M/c+M in the wait of the served and the service level', () => {
    // FCFS with c servers: each customer, in arrival order, takes the earliest free server unless
    // patience runs out first (an abandoner never holds a server). Batch means give the intervals.
    const [lambda, mu, theta, c, t] = [1, 0.2, 0.3, 5, 1];
    const rng = seedrandom('erlang-a-check');
    const exp = (rate: number) => -Math.log(1 - rng()) / rate;
    const free = new Float64Array(c);
    const batches = 40;
    const perBatch = 10_000;
    const warmup = 5_000;
    const stats = { abandon: [] as number[], waitServed: [] as number[], waitedServed: [] as number[], level: [] as number[] };
    let clock = 0;
    for (let b = -1; b < batches; b++) {
      const count = b < 0 ? warmup : perBatch;
      let abandoned = 0;
      let served = 0;
      let waitSum = 0;
      let waited = 0;
      let within = 0;
      for (let i = 0; i < count; i++) {
        clock += exp(lambda);
        const service = exp(mu);
        const patience = exp(theta);
        let k = 0;
        for (let j = 1; j < c; j++) if (free[j]! < free[k]!) k = j;
        const wait = Math.max(0, free[k]! - clock);
        if (wait > patience) {
          abandoned++;
          continue;
        }
        free[k] = clock + wait + service;
        served++;
        waitSum += wait;
        if (wait > 0) waited++;
        if (wait <= t) within++;
      }
      if (b < 0) continue;
      stats.abandon.push(abandoned / count);
      stats.waitServed.push(waitSum / served);
      stats.waitedServed.push(waited / served);
      stats.level.push(within / count);
    }
    const a = erlangA(lambda, mu, theta, c);
    // Four checks at once: each theory value inside its 99.9% interval (Bonferroni, about 99.6% jointly).
    const halfWidthFactor = tQuantile(0.9995, batches - 1) / tQuantile(0.975, batches - 1);
    const check = (values: number[], theory: number, label: string) => {
      const s = summarize(values);
      const half = ((s.ci95![1] - s.ci95![0]) / 2) * halfWidthFactor;
      expectNear(s.mean!, theory, half, label);
      return half;
    };
    check(stats.abandon, a.abandonProb, 'abandonProb');
    const waitHalfWidth = check(stats.waitServed, a.waitMeanServed, 'waitMeanServed');
    check(stats.waitedServed, a.probWaitServed, 'probWaitServed');
    check(stats.level, a.serviceLevel(t), 'serviceLevel');
    // The interval is narrow enough to tell the wait of the served from the wait of all arrivals.
    expect(Math.abs(a.waitMeanServed - a.waitMean)).toBeGreaterThan(2 * waitHalfWidth);
  });

  it('has nobody waiting without arrivals and refuses bad rates', () => {
    expect(erlangA(0, 1, 0.5, 2)).toMatchObject({ probWait: 0, abandonProb: 0, waitMeanServed: 0 });
    expect(() => erlangA(1, 1, -0.1, 2)).toThrow('invalid theta: -0.1');
    expect(() => erlangA(1, 1, 0.1, 1.5)).toThrow('invalid c: 1.5');
  });
});

describe('pollaczekKhinchine', () => {
  it('reduces to M/M/1 for exponential service and halves the wait for deterministic service', () => {
    const lambda = 0.15;
    const mean = 5;
    const mm1 = mmc(lambda, 1 / mean, 1);
    const exponential = pollaczekKhinchine(lambda, mean, mean * mean);
    expectNear(exponential.rho, 0.75, 1e-15);
    expectNear(exponential.waitMean, mm1.waitMean, 1e-12);
    expectNear(exponential.queueMean, mm1.queueMean, 1e-12);
    expectNear(exponential.timeInSystemMean, mm1.timeInSystemMean, 1e-12);
    const deterministic = pollaczekKhinchine(lambda, mean, 0);
    expectNear(deterministic.waitMean, mm1.waitMean / 2, 1e-12);
    expectNear(deterministic.waitMean, 7.5, 1e-12); // lambda s^2 / (2 (1 - rho)) = 0.15 * 25 / 0.5
  });

  it('is infinite at or above full load', () => {
    expect(pollaczekKhinchine(0.2, 5, 1).waitMean).toBe(Infinity);
  });
});

describe('Jackson networks', () => {
  const stations = [
    { mu: 0.2, c: 2 },
    { mu: 1 / 8, c: 3 },
  ];

  it('adds the stations of a tandem, each an M/M/c at the arrival rate', () => {
    const tandem = jacksonTandem(0.3, stations);
    const front = mmc(0.3, 0.2, 2);
    const back = mmc(0.3, 1 / 8, 3);
    expect(tandem.stations[0]!.waitMean).toBe(front.waitMean);
    expect(tandem.stations[1]!.waitMean).toBe(back.waitMean);
    expectNear(tandem.timeInSystemMean, front.waitMean + 5 + back.waitMean + 8, 1e-12);
    expect(jacksonTandem(0.5, stations).timeInSystemMean).toBe(Infinity);
  });

  it('solves the tandem as a network with routing front -> back', () => {
    const network = jacksonNetwork([0.3, 0], [[0, 1], [0, 0]], stations);
    expectNear(network.arrivalRates[0]!, 0.3, 1e-15);
    expectNear(network.arrivalRates[1]!, 0.3, 1e-15);
    expectNear(network.timeInSystemMean, jacksonTandem(0.3, stations).timeInSystemMean, 1e-12);
  });

  it('solves traffic equations with feedback and branching', () => {
    // One M/M/1 revisited with probability 1/2: two visits of 1 / (mu - gamma) each.
    const loop = jacksonNetwork([0.2], [[0.5]], [{ mu: 1, c: 1 }]);
    expectNear(loop.arrivalRates[0]!, 0.4, 1e-15);
    expectNear(loop.timeInSystemMean, 2 / 0.6, 1e-12);
    // gamma1 = 1 + 0.5 gamma3, gamma2 = 0.6 gamma1, gamma3 = 0.4 gamma1  =>  1.25, 0.75, 0.5
    const branching = jacksonNetwork(
      [1, 0, 0],
      [
        [0, 0.6, 0.4],
        [0, 0, 0],
        [0.5, 0, 0],
      ],
      [
        { mu: 2, c: 1 },
        { mu: 1, c: 1 },
        { mu: 1, c: 1 },
      ],
    );
    expectNear(branching.arrivalRates[0]!, 1.25, 1e-14);
    expectNear(branching.arrivalRates[1]!, 0.75, 1e-14);
    expectNear(branching.arrivalRates[2]!, 0.5, 1e-14);
    // Little: sum of gamma_i / (mu_i - gamma_i) over the external rate
    expectNear(branching.timeInSystemMean, 1.25 / 0.75 + 0.75 / 0.25 + 0.5 / 0.5, 1e-12);
  });

  it('refuses routing that traps customers or does not add up', () => {
    expect(() => jacksonNetwork([1, 0], [[0, 1], [1, 0]], stations)).toThrow('invalid routing');
    expect(() => jacksonNetwork([1, 0], [[0, 0.7], [0.6, 0.5]], stations)).toThrow('invalid routing[1]');
    expect(() => jacksonNetwork([1], [[0]], stations)).toThrow('invalid externalRates');
  });
});

describe('staffingEstimate', () => {
  it('finds the hand-computed Erlang C answer: one erlang, 80% without waiting needs 3', () => {
    // C(2, 1) = 1/3 > 0.2 >= C(3, 1) = 1/11
    const e = staffingEstimate(1, 1, { withinMinutes: 0, fraction: 0.8 });
    expect(e.servers).toBe(3);
    expectNear(e.probWait, 1 / 11, 1e-15);
    expectNear(e.serviceLevel, 10 / 11, 1e-15);
    expect(e.abandonProb).toBe(0);
  });

  it('returns the smallest count that meets the target, under Erlang C and Erlang A', () => {
    const target = { withinMinutes: 0.5, fraction: 0.8 };
    for (const [lambda, mu] of [
      [2, 0.25],
      [40, 0.1],
      [0.3, 1 / 6],
    ] as const) {
      const c = staffingEstimate(lambda, mu, target);
      expect(c.serviceLevel).toBeGreaterThanOrEqual(0.8);
      expect(c.servers).toBeGreaterThan(lambda / mu);
      const fewer = c.servers - 1;
      if (fewer > lambda / mu) expect(mmc(lambda, mu, fewer).serviceLevel(0.5)).toBeLessThan(0.8);
      expectNear(c.waitMean, mmc(lambda, mu, c.servers).waitMean, 0);

      const a = staffingEstimate(lambda, mu, target, 0.2);
      expect(a.serviceLevel).toBeGreaterThanOrEqual(0.8);
      expectNear(a.serviceLevel, erlangA(lambda, mu, 0.2, a.servers).serviceLevel(0.5), 0);
      if (a.servers > 1) expect(erlangA(lambda, mu, 0.2, a.servers - 1).serviceLevel(0.5)).toBeLessThan(0.8);
    }
  });

  it('needs nobody without arrivals and refuses unreachable targets', () => {
    expect(staffingEstimate(0, 1, { withinMinutes: 1, fraction: 0.9 }).servers).toBe(0);
    expect(() => staffingEstimate(1, 1, { withinMinutes: 1, fraction: 1 })).toThrow('invalid target.fraction: 1');
    expect(() => staffingEstimate(1, 1, { withinMinutes: -1, fraction: 0.8 })).toThrow('invalid target.withinMinutes: -1');
  });
});
