/**
 * The fit charts (report and app alike) draw their marks inside the plot: lines of the Kaplan-Meier
 * curve and the fitted survival on the percent scale, Q-Q points, densities, the check per measure.
 */
import { describe, expect, it } from 'vitest';
import { fitArrivalsChart, fitCheckChart, fitDensityChart, fitPatienceChart, fitQqChart } from '../../src/analysis/charts/index.js';
import { checkFit } from '../../src/analysis/fit/check.js';
import { readRecords } from '../../src/analysis/fit/csv-rows.js';
import { fitRecords } from '../../src/analysis/fit/fit.js';
import { visitReader } from '../../src/analysis/fit/row-reader.js';
import { engineVisitLines } from './fit/engine-records.js';
import { FACTORS, TRUTH } from './fit/truth.js';
import { legendLabels, markElements, nodeDocument, pathPoints, svgOf } from './fixtures/svg.js';

const document = nodeDocument();
const HEIGHT = { patience: 220, density: 220, qq: 260, arrivals: 240, check: 190 };

/** Every point of every path of `mark` lies within the chart's height. */
function inside(chart: Element, mark: string, height: number): number {
  const paths = markElements(svgOf(chart), mark, 'path');
  const points = paths.flatMap((p) => pathPoints(p.getAttribute('d') ?? '').flat());
  for (const [, y] of points) {
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(height);
  }
  return points.length;
}

describe('fit charts', async () => {
  const text = [...engineVisitLines({ scenario: TRUTH, weeks: 2, weekdayFactors: FACTORS })].join('\n');
  const read = await readRecords(text, 'visits.csv', visitReader, undefined);
  const fitted = fitRecords({ name: 'charts', visits: { file: 'visits.csv', records: read.records, rows: read.rows, problems: [] } });
  const sale = fitted.customers.find((c) => c.name === 'sale')!;

  it('draws the Kaplan-Meier curve and the fitted survival within the plot', () => {
    const chart = fitPatienceChart(sale.patience, { document });
    expect(legendLabels(chart)).toEqual(['Kaplan-Meier', 'exponential (censored MLE)']);
    expect(inside(chart, 'line', HEIGHT.patience)).toBeGreaterThan(20);
  });

  it('draws each family over the histogram, and Q-Q points for each family', () => {
    expect(inside(fitDensityChart(sale.service, { document }), 'line', HEIGHT.density)).toBeGreaterThan(100);
    const qq = fitQqChart(sale.service, { document });
    expect(markElements(svgOf(qq), 'dot', 'circle')).toHaveLength(4 * 60);
  });

  it('draws one arrival line per open weekday, and the check per measure', () => {
    const arrivals = fitArrivalsChart(sale.arrivals, { document });
    expect(legendLabels(arrivals)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(inside(arrivals, 'line', HEIGHT.arrivals)).toBe(6 * 8);
    const check = checkFit(fitted, read.records, { days: 5, supports: { week: false, weibull: false } });
    for (const measure of ['arrivals', 'waitMean', 'serviceLevel'] as const) {
      expect(inside(fitCheckChart(check, 'mon', measure, { document }), 'line', HEIGHT.check)).toBe(8);
    }
  });
});
