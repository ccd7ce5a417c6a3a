import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { periodView } from '../../../src/analysis/period.js';
import { metricGroup, metricRows, metricTable, periodLabel } from '../../../src/analysis/tables/metric-table.js';
import { tableHtml } from '../../../src/analysis/tables/table-html.js';
import { tableCsv } from '../../../src/analysis/tables/table-csv.js';
import { renderSpec } from '../../../src/cli/format/text-table.js';
import { parseCsv } from '../fixtures/parse-csv.js';

const s = (mean: number, lo: number, hi: number) => ({ mean, sd: 1, ci95: [lo, hi] as [number, number], n: 5 });
const metrics = { 'front.waitMean': s(0.7, -0.6, 1.9), profit: s(4100, 3989, 4211), 'back.lateRate': s(0.01, -0.014, 0.034) };
const rows = metricRows('Branch', ['front.waitMean', 'back.lateRate', 'profit', 'not.reported'], metrics);
const day = periodView('day', { days: 5, warmupMinutes: 0, continuous: false });

describe('the metrics table', () => {
  it('lists the metrics a summary has, in the order given, grouped by the catalogue family', () => {
    expect(rows.map((r) => r.key)).toEqual(['front.waitMean', 'back.lateRate', 'profit']);
    expect(rows.map((r) => metricGroup(r.key))).toEqual(['Counter (front office)', 'Back office', 'Money']);
  });

  it('says the period of totals in the label and the unit column, never for rates and means', () => {
    expect(periodLabel('profit', day)).toBe('Profit, per day');
    expect(periodLabel('front.waitMean', day)).toBe('Mean wait at the counter');
    const text = renderSpec(metricTable(day, 'EUR'), rows).text;
    expect(text).toMatch(/^profit\s+EUR\/day\s/m);
    expect(text).toMatch(/^front\.waitMean\s+min\s/m);
  });

  it('cuts intervals at the metric range in text and HTML, and says where', () => {
    const { text, cut } = renderSpec(metricTable(day), rows);
    expect(cut).toBe(true);
    expect(text).toMatch(/^front\.waitMean .* 0\.000† – 1\.900\s+5$/m);
    expect(text).toMatch(/^back\.lateRate .* 0\.0† – 3\.4\s+5$/m);
    const html = tableHtml(metricTable(day), rows);
    const doc = parseHTML(`<body>${html}</body>`).document;
    expect(doc.querySelector('tbody tr')!.querySelectorAll('td')[3]!.textContent).toBe('0.0 min† – 1.9 min');
    expect(doc.querySelector('.cut-note')!.textContent).toMatch(/^† The 95% interval is cut/);
  });

  it('writes CSV data: whole numbers as given, the Student-t bounds unchanged', () => {
    const csv = parseCsv(tableCsv(metricTable(), rows));
    expect(csv[0]).toEqual(['scenario', 'metric', 'label', 'unit', 'mean', 'sd', 'ci95_low', 'ci95_high', 'n']);
    expect(csv[1]).toEqual(['Branch', 'front.waitMean', 'Mean wait at the counter', 'minutes', '0.7', '1', '-0.6', '1.9', '5']);
  });
});
