import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ErlangBaseline } from '../../../src/analysis/erlang-baseline.js';
import { ERLANG_TABLE, erlangRows } from '../../../src/analysis/tables/erlang-table.js';
import { formatCell } from '../../../src/analysis/tables/format-cell.js';
import { tableHtml } from '../../../src/analysis/tables/table-html.js';
import { tableCsv } from '../../../src/analysis/tables/table-csv.js';
import { columnsFor } from '../../../src/analysis/tables/table-spec.js';
import { renderSpec } from '../../../src/cli/format/text-table.js';
import { parseCsv } from '../fixtures/parse-csv.js';

const baseline: ErlangBaseline = {
  rows: [
    { customerClass: 'sale', model: 'Erlang C', arrivalsPerHour: 12, serviceMinutes: 6, servers: 2, probWait: 0.45, waitMean: 2.7, serviceLevel: 0.8, serversForTarget: 2 },
    { customerClass: 'sale', model: 'Erlang A', arrivalsPerHour: 12, serviceMinutes: 6, servers: 2, probWait: 0.4, waitMean: 2.1, serviceLevel: 0.84, abandonRate: 0.05, serversForTarget: 3 },
  ],
};
const metrics = { 'customer.sale.waitMean': { mean: 4.5 }, 'customer.sale.serviceLevel': { mean: 0.7 }, 'customer.sale.abandonRate': { mean: 0.07 } };
const rows = erlangRows(baseline, metrics);

describe('the Erlang baseline table', () => {
  it('pairs each formula with the simulated value of the same class', () => {
    expect(rows[1]!.simulated).toEqual({ waitMean: 4.5, serviceLevel: 0.7, abandonRate: 0.07 });
    expect(erlangRows(baseline, null)[0]!.simulated.waitMean).toBeNull();
  });

  it('has the same columns in the report, the web app, the terminal and CSV', () => {
    const ids = ERLANG_TABLE.columns.map((c) => c.id);
    for (const medium of ['html', 'text', 'csv'] as const) expect(columnsFor(ERLANG_TABLE, medium).map((c) => c.id)).toEqual(ids);
    const doc = parseHTML(`<body>${tableHtml(ERLANG_TABLE, rows)}</body>`).document;
    expect(doc.querySelectorAll('tbody tr')[1]!.querySelectorAll('td')).toHaveLength(ids.length);
    const text = renderSpec(ERLANG_TABLE, rows).text.split('\n');
    expect(text[0]).toMatch(/^class\s+model\s+arrivals\/h\s+service min\s+load\s+servers\s+needed\s+P\(wait\) %\s+wait min\s+sim wait\s+SL %\s+sim SL\s+abandon %\s+sim abandon$/);
    expect(parseCsv(tableCsv(ERLANG_TABLE, rows))[0]).toEqual(ids);
  });

  it('prints each value in its unit, and – where Erlang C has no abandonment', () => {
    const cells = ERLANG_TABLE.columns.map((c) => formatCell(c.cell(rows[0]!)));
    expect(cells).toEqual(['sale', 'Erlang C', '12.0', '6.0 min', '1.20', '2', '2', '45.0%', '2.7 min', '4.5 min', '80.0%', '70.0%', '–', '7.0%']);
    const doc = parseHTML(`<body>${tableHtml(ERLANG_TABLE, rows)}</body>`).document;
    expect(doc.querySelectorAll('thead tr')).toHaveLength(2);
    expect([...doc.querySelectorAll('th.pair')].map((t) => t.textContent)).toEqual(['Mean wait', 'Service level', 'Abandonment']);
  });
});
