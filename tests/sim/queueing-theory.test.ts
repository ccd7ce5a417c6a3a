/**
 * The office model against queueing theory: with exponential arrivals, no breaks, absences or cover,
 * the counter is an M/M/c (Erlang C), M/M/c+M (Erlang A), M/M/c/c (Erlang B) or M/G/1
 * (Pollaczek-Khinchine) queue, and front-to-back handoffs make a Jackson tandem.
 */
import { describe, expect, it } from 'vitest';
import { erlangA, erlangB, mmc, pollaczekKhinchine } from '../../src/analysis/erlang.js';
import type { DistSpec } from '../../src/sim/scenario.js';
import { buildScenario, customer, people } from './build-scenario.js';
import { expectConsistent, replicate, values } from './replications.js';

const continuous = (days: number, warmupMinutes: number) => ({ open: 0, close: 1440, days, warmupMinutes });

function counter(perHour: number, service: DistSpec, servers: number, days: number, extra: object = {}) {
  return buildScenario({
    calendar: continuous(days, 600),
    customers: [customer('walk-in', { arrivals: { perHour: [perHour] }, service, ...extra })],
    staff: people(servers),
    targets: { serviceLevel: { withinMinutes: 5, fraction: 0.8 } },
  });
}

describe('the counter as an M/M/c queue (Erlang C)', () => {
  const cases = [
    { name: 'M/M/1 at rho 0.5', perHour: 6, mean: 5, c: 1, days: 20 },
    { name: 'M/M/3 at rho 0.83', perHour: 30, mean: 5, c: 3, days: 10 },
    { name: 'M/M/5 at rho 0.9', perHour: 27, mean: 10, c: 5, days: 20 },
    { name: 'M/M/10 at rho 0.95', perHour: 114, mean: 5, c: 10, days: 8 },
  ];
  for (const k of cases) {
    it(`${k.name}: mean wait, probability of waiting, service level and 90th percentile`, () => {
      const results = replicate(counter(k.perHour, { dist: 'exponential', mean: k.mean }, k.c, k.days), 30);
      const theory = mmc(k.perHour / 60, 1 / k.mean, k.c);
      expectConsistent(values(results, 'front.waitMean'), theory.waitMean, `${k.name} waitMean`);
      expectConsistent(values(results, 'front.probWait'), theory.probWait, `${k.name} probWait`);
      expectConsistent(values(results, 'front.serviceLevel'), theory.serviceLevel(5), `${k.name} serviceLevel`);
      expectConsistent(values(results, 'front.waitP90'), theory.waitQuantile(0.9), `${k.name} waitP90`);
      expectConsistent(values(results, 'utilization.front'), theory.rho, `${k.name} utilization`);
    });
  }
});

describe('abandonment and balking', () => {
  it('M/M/5+M with exponential patience matches Erlang A (abandonment, wait of the served)', () => {
    // Offered load 5 on 5 servers: unstable without abandonment, stable with patience 10.
    const results = replicate(
      counter(60, { dist: 'exponential', mean: 5 }, 5, 10, { patience: { dist: 'exponential', mean: 10 } }),
      30,
    );
    const theory = erlangA(1, 0.2, 0.1, 5);
    expectConsistent(values(results, 'front.abandonRate'), theory.abandonProb, 'Erlang A abandonment');
    expectConsistent(values(results, 'front.waitMean'), theory.waitMeanServed, 'Erlang A wait of served');
    expectConsistent(values(results, 'front.queueMean'), theory.queueMean, 'Erlang A queue length');
  });

  it('balkAt 0 makes a loss system whose lost share is Erlang B', () => {
    const results = replicate(counter(36, { dist: 'exponential', mean: 5 }, 4, 10, { balkAt: 0 }), 30);
    const blocking = erlangB(4, 3);
    expect(blocking).toBeCloseTo(0.2061, 3);
    expectConsistent(values(results, 'front.lostRate'), blocking, 'Erlang B');
    for (const r of results) expect(r.metrics['front.waitMean']).toBe(0);
  });

  it('Erlang B holds for any service distribution (insensitivity): deterministic service', () => {
    const results = replicate(counter(36, { dist: 'deterministic', value: 5 }, 4, 10, { balkAt: 0 }), 30);
    expectConsistent(values(results, 'front.lostRate'), erlangB(4, 3), 'Erlang B, M/D/4/4');
  });
});

describe('general service times (Pollaczek-Khinchine)', () => {
  it('M/D/1 waits half as long as M/M/1', () => {
    const results = replicate(counter(9, { dist: 'deterministic', value: 5 }, 1, 20), 30);
    const theory = pollaczekKhinchine(0.15, 5, 0);
    expect(theory.waitMean).toBeCloseTo(7.5, 9);
    expectConsistent(values(results, 'front.waitMean'), theory.waitMean, 'M/D/1');
  });

  it('M/G/1 with gamma service (cv 0.5)', () => {
    const results = replicate(counter(9, { dist: 'gamma', mean: 5, cv: 0.5 }, 1, 20), 30);
    const theory = pollaczekKhinchine(0.15, 5, 6.25);
    expectConsistent(values(results, 'front.waitMean'), theory.waitMean, 'M/G/1 gamma');
    expectConsistent(values(results, 'front.queueMean'), theory.queueMean, 'M/G/1 queue length');
  });
});

describe('front to back office (a Jackson tandem)', () => {
  it('every served customer hands a task to an M/M/3 back office: its wait is the M/M/3 wait', () => {
    const scenario = buildScenario({
      calendar: continuous(15, 600),
      customers: [
        customer('order', {
          arrivals: { perHour: [18] },
          service: { dist: 'exponential', mean: 5 },
          handoffs: [{ task: 0, probability: 1 }],
        }),
      ],
      tasks: [{ name: 'fulfil', service: { dist: 'exponential', mean: 8 } }],
      staff: [...people(2), ...people(3, { name: 'clerk', home: 'fulfil', area: 'back', skills: { fulfil: 1 } })],
    });
    const results = replicate(scenario, 30);
    const front = mmc(0.3, 0.2, 2);
    const back = mmc(0.3, 1 / 8, 3);
    expectConsistent(values(results, 'front.waitMean'), front.waitMean, 'tandem front wait');
    expectConsistent(values(results, 'back.waitMean'), back.waitMean, 'tandem back wait');
    expectConsistent(values(results, 'back.timeInSystemMean'), back.waitMean + 8, 'tandem back time in system');
  });

  it('a handoff probability thins the flow: back arrivals = p x front served', () => {
    const scenario = buildScenario({
      calendar: continuous(10, 0),
      customers: [customer('sale', { arrivals: { perHour: [20] }, handoffs: [{ task: 0, probability: 0.3 }] })],
      tasks: [{ name: 'fulfil' }],
      staff: [...people(3), ...people(2, { name: 'clerk', home: 'fulfil', area: 'back', skills: { fulfil: 1 } })],
    });
    const results = replicate(scenario, 20);
    const ratio = results.map((r) => r.metrics['back.arrivals']! / r.metrics['front.served']!);
    // Binomial thinning: sd of the ratio ~ sqrt(p(1-p)/n) per replication; the helper uses the sample sd.
    expectConsistent(ratio, 0.3, 'handoff share');
  });
});
