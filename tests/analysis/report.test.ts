import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderReportHtml, type ErlangBaseline, type ReportInput } from '../../src/analysis/report.js';
import { summarizeComparison, summarizeRun, summarizeSweep } from '../../src/analysis/run-summary.js';
import { KPI_KEYS } from '../../src/analysis/metric-info.js';
import { formatMoney } from '../../src/analysis/format.js';
import { BASE, makeResults, scenario, variant } from './fixtures/run-fixture.js';
import { markElements, nodeDocument } from './fixtures/svg.js';

const document = nodeDocument();

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function headings(doc: Document, tag: string): string[] {
  return [...doc.querySelectorAll(tag)].map((h) => h.textContent ?? '');
}

/** Top-level chart SVGs (Plot's legends are HTML; swatch squares are small inner svgs). */
function charts(doc: Document): Element[] {
  return [...doc.querySelectorAll('svg.office-chart')];
}

const erlang: ErlangBaseline = {
  rows: [
    { customerClass: 'sale', model: 'Erlang C', arrivalsPerHour: 12, serviceMinutes: 6, servers: 2, probWait: 0.45, waitMean: 2.7, serviceLevel: 0.8, serversForTarget: 2 },
    { customerClass: 'sale', model: 'Erlang A', arrivalsPerHour: 12, serviceMinutes: 6, servers: 2, probWait: 0.4, waitMean: 2.1, serviceLevel: 0.84, abandonRate: 0.05, serversForTarget: 2 },
  ],
  notes: ['Breaks and absences are ignored by the formulas.'],
};

describe('run report', () => {
  const run = summarizeRun(scenario, makeResults());
  const input: ReportInput = { kind: 'run', run, erlang, notes: ['Demand from the 2024 counts.'], period: 'run' };
  const html = renderReportHtml(input, document);
  const doc = parse(html);

  it('is one self-contained HTML document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('title')?.textContent).toBe('Test branch');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('link, img, iframe')).toHaveLength(0);
    // No URL is fetched at view time (SVG namespaces are identifiers, not requests).
    expect(html.replace(/xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/(src|href)\s*=|url\(\s*['"]?https?:|@import/);
    expect(doc.querySelectorAll('style').length).toBeGreaterThanOrEqual(1);
  });

  it('has a header with the scenario, seed, replications and days', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Test branch');
    const meta = Object.fromEntries([...doc.querySelectorAll('dl.meta div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    expect(meta).toMatchObject({ Scenario: 'Test branch', Seed: '7', Replications: '3', 'Days per replication': '2 days', 'Opening hours': '09:00–17:00' });
  });

  it('shows the eight KPI cards with their confidence intervals', () => {
    const cards = [...doc.querySelectorAll('.kpi')];
    expect(cards).toHaveLength(KPI_KEYS.length);
    expect(cards.map((c) => c.querySelector('.kpi-label')!.textContent)).toEqual(['Profit over the run (2 days)', 'Revenue over the run (2 days)', 'Lost revenue over the run (2 days)', 'Total cost over the run (2 days)', 'Mean wait at the counter', 'Service level', 'Abandonment', 'Coverage gaps over the run (2 days)']);
    expect(cards[0]!.querySelector('.kpi-value')!.textContent).toBe('16,504');
    expect(cards[0]!.querySelector('.kpi-ci')!.textContent).toMatch(/^95% CI 12,40\d – 20,60\d$/);
    expect(cards[5]!.querySelector('.kpi-value')!.textContent).toBe('74.0%');
  });

  it('draws every run chart with a caption', () => {
    expect(charts(doc)).toHaveLength(9);
    const figures = [...doc.querySelectorAll('figure.chart')];
    expect(figures.map((f) => f.querySelector('h3')!.textContent)).toEqual([
      'Queue length',
      'Mean wait by arrival time',
      'Wait-time distribution',
      'People present per skill',
      'Coverage gaps over the day',
      'Utilization per person',
      'How each person spends the day',
      'Revenue, cost and profit',
      'Backlog over days',
    ]);
    for (const f of figures) expect(f.querySelector('figcaption')!.textContent!.length).toBeGreaterThan(60);
    // The charts carry their data, not empty frames.
    const queue = figures[0]!;
    expect(markElements(queue, 'line', 'path')).toHaveLength(2);
    expect(markElements(figures[7]!, 'bar', 'rect')).toHaveLength(7);
  });

  it('has the sections a manager expects', () => {
    expect(headings(doc, 'h2')).toEqual(['The counter through the day', 'Staffing, cover and coverage gaps', 'Money', 'Back office', 'Erlang baseline: the textbook answer beside the simulation', 'All metrics', 'Notes']);
    expect(doc.querySelector('footer')!.textContent).toContain('seed 7');
  });

  it('lists every metric once in the summary table, grouped', () => {
    const keys = [...doc.querySelectorAll('table.data:not(.erlang) .key')].map((k) => k.textContent);
    expect([...keys].sort()).toEqual(Object.keys(BASE).sort());
    const groups = [...doc.querySelectorAll('tr.group')].map((g) => g.textContent);
    expect(groups).toEqual(['Counter (front office)', 'Back office', 'Money', 'Staff time and coverage', 'Per customer class', 'Per back-office task', 'Per skill', 'Per person']);
    const profitRow = [...doc.querySelectorAll('tr')].find((tr) => tr.querySelector('.key')?.textContent === 'profit')!;
    expect([...profitRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Profit, over the run (2 days)profit', '16,504', '1,650', expect.stringMatching(/^12,40\d – 20,60\d$/), '3']);
  });

  it('shows the Erlang baseline beside the simulated values, with its notes', () => {
    const table = doc.querySelector('table.erlang')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    const cells = [...table.querySelectorAll('tbody tr')[1]!.querySelectorAll('td')].map((td) => td.textContent);
    // Inputs, then model and simulated side by side (the fixture has no per-class service level).
    expect(cells).toEqual(['sale', 'Erlang A', '12.0', '6.0 min', '1.20', '2', '2', '40.0%', '2.1 min', '4.5 min', '84.0%', '–', '5.0%', '7.0%']);
    expect(table.querySelector('tbody tr')!.querySelectorAll('td')[12]!.textContent).toBe('–');
    expect(html).toContain('Breaks and absences are ignored by the formulas.');
  });

  it('leaves out the Erlang and back-office sections when there is nothing to show', () => {
    const noTasks = summarizeRun({ ...scenario, tasks: [] }, makeResults());
    const d = parse(renderReportHtml({ kind: 'run', run: noTasks }, document));
    expect(headings(d, 'h2')).toEqual(['The counter through the day', 'Staffing, cover and coverage gaps', 'Money', 'All metrics']);
    expect(charts(d)).toHaveLength(8);
  });

  it('escapes names from the scenario', () => {
    const named = summarizeRun({ ...scenario, name: 'A&B <Branch>' }, makeResults());
    const out = renderReportHtml({ kind: 'run', run: named }, document);
    expect(out).toContain('<h1>A&amp;B &lt;Branch&gt;</h1>');
    expect(out).not.toContain('<Branch>');
  });

  it('renders the same bytes every time', () => {
    expect(renderReportHtml(input, nodeDocument())).toBe(html);
  });
});

describe('comparison report', () => {
  const gain = [100, 120, 140];
  const compare = summarizeComparison([
    { scenario: variant('Dedicated'), results: makeResults() },
    { scenario: variant('Cross-trained'), results: makeResults({ delta: (k, r) => (k === 'profit' ? gain[r]! : k === 'coverage.gapMinutes' ? -(20 + r) : 0) }) },
  ]);
  const doc = parse(renderReportHtml({ kind: 'compare', compare }, document));

  it('names the variants and the reference', () => {
    expect(doc.querySelector('h1')!.textContent).toBe('Dedicated vs Cross-trained');
    expect(headings(doc, 'h2')).toEqual(['Headline differences', 'Key figures side by side', 'Each variant through the day', 'All metrics']);
  });

  it('lists the headline differences, marking the significant ones', () => {
    const table = doc.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((t) => t.textContent)).toEqual(['Metric', 'Dedicated', 'Cross-trained', 'Cross-trained − Dedicated']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(8);
    const profit = rows[0]!.querySelectorAll('td')[3]!;
    expect(profit.querySelector('.sig.better')!.textContent).toBe('+60 *');
    const gaps = rows[7]!.querySelectorAll('td')[3]!;
    expect(gaps.querySelector('.sig.better')!.textContent).toBe('−10.5 min *');
    const revenue = rows[1]!.querySelectorAll('td')[3]!;
    expect(revenue.querySelector('.sig')).toBeNull();
  });

  it('draws the KPI panels and each variant through the day', () => {
    // 8 metrics x 2 panels, then queue length and gaps per variant.
    expect(charts(doc)).toHaveLength(16 + 4);
  });

  it('shows a one-off cost as one-off, with its payback, when a variant has one', () => {
    const oneOff = { newSkills: [{ person: 'cara', skill: 'front' }], cost: 1200 };
    const d = parse(
      renderReportHtml({ kind: 'compare', compare, paybacks: [{ oneOff, gainPerDay: { mean: 200, ci95: [150, 300] }, payback: { status: 'pays', days: 6, ci95: [4, 8] } }] }, document),
    );
    expect(headings(d, 'h2')).toContain('One-off costs and payback');
    const item = [...d.querySelectorAll('ul.notes li')].map((li) => li.textContent).join('\n');
    expect(item).toContain('one-off training 1,200 (cara learns front)');
    expect(item).toContain('Pays back its one-off 1,200 in about 6 days of work (95% CI 4 days to 8 days).');
  });

  it('tables every metric per variant with the paired difference', () => {
    const all = doc.querySelectorAll('table')[1]!;
    expect(all.querySelectorAll('.key')).toHaveLength(Object.keys(BASE).length);
  });
});

describe('sweep report', () => {
  const points = [1, 2, 3].map((fm) => ({
    values: { 'policy.frontMinimum': fm },
    scenario,
    results: makeResults({ delta: (k) => (k === 'profit' ? 1000 * fm : 0) }),
  }));
  const sweep = summarizeSweep(points);

  it('draws a curve per key figure and tables every point', () => {
    const doc = parse(renderReportHtml({ kind: 'sweep', sweep, period: 'run' }, document));
    expect(doc.querySelector('h1')!.textContent).toBe('Test branch: sweep');
    expect(charts(doc)).toHaveLength(KPI_KEYS.length);
    const rows = doc.querySelectorAll('table tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[2]!.querySelector('td')!.textContent).toBe('3');
    expect(rows[2]!.querySelectorAll('td')[1]!.textContent).toMatch(/^19,504/);
  });

  it('plots the metrics asked for', () => {
    const doc = parse(renderReportHtml({ kind: 'sweep', sweep, metrics: ['profit', 'front.waitMean'] }, document));
    expect(charts(doc)).toHaveLength(2);
    expect([...doc.querySelectorAll('thead th')].map((t) => t.textContent)).toEqual(['policy.frontMinimum', 'Profit, per day', 'Mean wait at the counter']);
  });
});

describe('periods, currency and cut intervals', () => {
  const run = summarizeRun({ ...scenario, currency: 'EUR' }, makeResults());

  it('shows totals per day by default, with the currency, and says so', () => {
    const doc = parse(renderReportHtml({ kind: 'run', run }, document));
    const card = doc.querySelector('.kpi')!;
    expect(card.querySelector('.kpi-label')!.textContent).toBe('Profit per day');
    expect(card.querySelector('.kpi-value')!.textContent).toBe('8,252 EUR');
    const meta = Object.fromEntries([...doc.querySelectorAll('dl.meta div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    expect(meta['Figures']).toBe('per day, money in EUR');
    expect(doc.querySelector('.scope')!.textContent).toContain('per day');
  });

  it('shows a week as five working days', () => {
    const doc = parse(renderReportHtml({ kind: 'run', run, period: 'week' }, document));
    expect(doc.querySelector('.kpi-value')!.textContent).toBe(formatMoney(run.metrics['profit']!.mean! * 2.5, { currency: 'EUR' }));
    expect(doc.querySelector('.kpi-label')!.textContent).toBe('Profit per week (5 working days)');
  });

  it('never shows an interval outside the range of its metric, and says where it is cut', () => {
    const skewed = summarizeRun(scenario, makeResults({ delta: (k, r) => (k === 'front.waitMean' ? [-2.9, 3, -2.9][r]! : 0) }));
    const html = renderReportHtml({ kind: 'run', run: skewed }, document);
    const doc = parse(html);
    const wait = [...doc.querySelectorAll('.kpi')][4]!;
    expect(wait.querySelector('.kpi-ci')!.textContent).toMatch(/^95% CI 0\.0 min† – /);
    expect(html).toContain('† The 95% interval is cut');
  });
});

it('refuses an unknown report kind', () => {
  expect(() => renderReportHtml({ kind: 'pie' } as unknown as ReportInput, document)).toThrow('invalid kind: pie');
});

describe('the report header with the week on', () => {
  it('says the weekdays that differ, the weekday of day 1 and the holidays', async () => {
    const { openingHours } = await import('../../src/analysis/report/run-sections.js');
    const weekly = {
      ...scenario,
      calendar: {
        ...scenario.calendar,
        firstWeekday: 'mon' as const,
        weekdays: [...Array(5).fill({ open: 540, close: 1020 }), { open: 540, close: 780 }, null],
        closedDays: [2],
      },
    };
    expect(openingHours(summarizeRun(weekly, makeResults()))).toBe('09:00–17:00, Sat 09:00–13:00, Sun closed; day 1 a Monday; closed on day 2');
    expect(openingHours(summarizeRun(scenario, makeResults()))).toBe('09:00–17:00');
  });
});
