// The simulation kernel's public surface; this file only re-exports.
export * from './scenario.js';
export * from './result.js';
export { runReplication } from './office.js';
export { metricKeys, skillNames } from './metrics.js';
export { createStream, type Rng } from './streams.js';
export { makeDistribution, describeDist, type Distribution } from './distributions.js';
