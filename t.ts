import { writeFileSync } from 'node:fs';
import { engineVisitLines } from './tests/analysis/fit/engine-records.js';
const scenario = {
  version: 1, calendar: { open: '09:00', close: '17:00' },
  customers: [
    { name: 'sale', arrivals: { perHour: [10, 14, 18, 16, 12, 12, 14, 8] }, service: { dist: 'lognormal', mean: 6, cv: 0.8 }, patience: { dist: 'exponential', mean: 8 } },
    { name: 'service', arrivals: { perHour: [6, 6, 8, 8, 6, 6, 6, 4] }, service: { dist: 'gamma', mean: 10, cv: 0.5 }, patience: { dist: 'exponential', mean: 15 } },
  ],
  staff: [{ name: 'ana', home: 'front', count: 4 }],
};
const t0 = performance.now();
const lines = [...engineVisitLines({ scenario, weeks: 4, weekdayFactors: [1.3, 1, 1, 1, 1.1, 0.6, 0] })];
writeFileSync('/tmp/visits.csv', lines.join('\n') + '\n');
console.log(lines.length, performance.now() - t0);
