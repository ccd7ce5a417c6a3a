/** The known office the recovery and scenario tests write records from (see engine-records.ts). */
export const SALE = [10, 14, 18, 16, 12, 12, 14, 8];
export const SERVICE = [6, 6, 8, 8, 6, 6, 6, 4];
export const TRUTH = {
  version: 1,
  seed: 7,
  calendar: { open: '09:00', close: '17:00' },
  customers: [
    { name: 'sale', arrivals: { perHour: SALE }, service: { dist: 'lognormal', mean: 6, cv: 0.8 }, patience: { dist: 'exponential', mean: 8 } },
    { name: 'service', arrivals: { perHour: SERVICE }, service: { dist: 'gamma', mean: 10, cv: 0.5 }, patience: { dist: 'exponential', mean: 15 } },
  ],
  staff: [{ name: 'clerk', home: 'front', count: 4 }],
};
export const FACTORS = [1.3, 1, 1, 1, 1, 0.6, 0];
