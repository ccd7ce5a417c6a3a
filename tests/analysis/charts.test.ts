import type { Scenario } from '../../src/sim/scenario.js';
import { describe, expect, it } from 'vitest';
import {
  activityChart,
  AREA_COLORS,
  backlogChart,
  CLASS_PALETTE,
  clockTicks,
  COVERING_LABEL,
  coverageGapChart,
  DIFFERENCE_COLORS,
  kpiComparisonChart,
  KPI_COMPARISON_CLASS,
  moneyChart,
  NO_GAPS,
  peoplePresentChart,
  queueLengthChart,
  sweepChart,
  utilizationChart,
  waitByArrivalChart,
  waitHistogramChart,
} from '../../src/analysis/charts/index.js';
import { summarizeComparison, summarizeRun, summarizeSweep, type RunSummary } from '../../src/analysis/run-summary.js';
import { makeResult, makeResults, scenario, variant } from './fixtures/run-fixture.js';
import { axisTexts, effectiveAttr, legendLabels, markElements, markTexts, nodeDocument, num, pathPoints, svgOf } from './fixtures/svg.js';

const document = nodeDocument();
const run = summarizeRun(scenario, makeResults());
const opts = { document, width: 640 };

function withoutBands(summary: RunSummary, drop: (key: string) => boolean): RunSummary {
  const bands = Object.fromEntries(Object.entries(summary.series.bands).filter(([k]) => !drop(k)));
  return { ...summary, series: { ...summary.series, bands } };
}

describe('clock ticks', () => {
  it('falls on whole hours and thins out to fit the width', () => {
    expect(clockTicks(540, 1020, 600)).toEqual([540, 600, 660, 720, 780, 840, 900, 960, 1020]);
    expect(clockTicks(0, 1440, 300)).toEqual([0, 240, 480, 720, 960, 1200, 1440]);
    expect(clockTicks(555, 700, 600)).toEqual([600, 660]);
  });
});

describe('queue length chart', () => {
  const chart = queueLengthChart(run, opts);
  const svg = svgOf(chart);

  it('draws one mean line and one band per customer class, with a legend', () => {
    const lines = markElements(chart, 'line', 'path');
    expect(lines).toHaveLength(2);
    expect(markElements(chart, 'area', 'path')).toHaveLength(2);
    expect(lines.map((l) => l.getAttribute('stroke'))).toEqual([CLASS_PALETTE[0], CLASS_PALETTE[1]]);
    expect(legendLabels(chart)).toEqual(['sale', 'paperwork']);
  });

  it('puts one point per slot, highest where the queue is longest', () => {
    const [sale] = pathPoints(markElements(chart, 'line', 'path')[0]!.getAttribute('d')!);
    expect(sale).toHaveLength(4);
    // Screen y grows downward: the smallest y is the longest mean queue (slot 3, mean 4).
    const ys = sale!.map(([, y]) => y);
    expect(ys.indexOf(Math.min(...ys))).toBe(2);
    // Slots are evenly spaced along the clock.
    const xs = sale!.map(([x]) => x);
    expect(xs[2]! - xs[1]!).toBeCloseTo(xs[1]! - xs[0]!, 6);
  });

  it('labels the axes with clock times and units', () => {
    const ticks = axisTexts(svg, 'x-axis tick label');
    expect(ticks[0]).toBe('09:00');
    expect(ticks).toContain('13:00');
    expect(ticks.at(-1)).toBe('17:00');
    expect(axisTexts(svg, 'y-axis label').join()).toContain('Customers waiting (people)');
    expect(axisTexts(svg, 'x-axis label').join()).toContain('Time of day');
  });

  it('honours width, height and title', () => {
    const titled = queueLengthChart(run, { document, width: 500, height: 222, title: 'Queue' });
    expect(num(svgOf(titled), 'width')).toBe(500);
    expect(num(svgOf(titled), 'height')).toBe(222);
    expect(titled.querySelector('h2')?.textContent).toBe('Queue');
  });

  it('keeps the band at or above zero', () => {
    // With three replications the t-interval of a small mean dips below zero; people cannot.
    const zeroY = num(markElements(chart, 'rule', 'line')[0]!, 'y1');
    const ys = markElements(chart, 'area', 'path').flatMap((p) => pathPoints(p.getAttribute('d')!).flat().map(([, y]) => y));
    expect(Math.max(...ys)).toBeLessThanOrEqual(zeroY + 1e-6);
  });
});

describe('wait by arrival time chart', () => {
  const chart = waitByArrivalChart(run, opts);

  it('breaks the line where nobody of a class arrived', () => {
    const [sale, paperwork] = markElements(chart, 'line', 'path').map((p) => pathPoints(p.getAttribute('d')!));
    expect(sale).toHaveLength(1);
    expect(paperwork!.map((s) => s.length)).toEqual([2, 1]);
  });

  it('marks the service-level target', () => {
    expect(markTexts(chart)).toEqual(['target 5 min']);
    expect(axisTexts(svgOf(chart), 'y-axis label').join()).toContain('Mean wait (minutes)');
  });
});

describe('people present chart', () => {
  const chart = peoplePresentChart(run, opts);

  it('draws a line per skill and one for people covering', () => {
    expect(markElements(chart, 'line', 'path')).toHaveLength(4);
    expect(legendLabels(chart)).toEqual(['front', 'admin', 'fulfilment', COVERING_LABEL]);
    expect(axisTexts(svgOf(chart), 'y-axis label').join()).toContain('People present (people)');
  });
});

describe('coverage gap chart', () => {
  it('draws one bar per slot and skill with a gap, as wide as the slot', () => {
    const chart = coverageGapChart(run, opts);
    const rects = markElements(chart, 'bar', 'rect').concat(markElements(chart, 'rect', 'rect'));
    expect(rects).toHaveLength(1);
    // The slot is 2 of the 8 opening hours (minus the half-pixel insets).
    const plotWidth = 640 - 52 - 20;
    expect(num(rects[0]!, 'width')).toBeCloseTo(plotWidth / 4 - 1, 0);
    expect(legendLabels(chart)).toEqual(['front', 'admin', 'fulfilment']);
    expect(markTexts(chart)).toEqual([]);
  });

  it('says so when there was no gap', () => {
    const chart = coverageGapChart(withoutBands(run, (k) => k === 'gap.admin'), opts);
    expect(markElements(chart, 'rect', 'rect')).toHaveLength(0);
    expect(markTexts(chart)).toEqual([NO_GAPS]);
  });
});

describe('wait-time histogram', () => {
  const chart = waitHistogramChart(run, opts);
  const rects = markElements(chart, 'bar', 'rect');

  it('draws every bin of every class in its own panel', () => {
    expect(rects).toHaveLength(12);
    expect(axisTexts(chart, 'fy-axis tick label')).toEqual(['sale', 'paperwork']);
    expect(axisTexts(chart, 'x-axis tick label')).toEqual(['0–1', '1–2', '2–5', '5–10', '10–20', '20+']);
  });

  it('scales bars to the share of served customers', () => {
    // sale summed over replications: 123, 63, 48, 33, 15, 6 of 288.
    const heights = rects.slice(0, 6).map((r) => num(r, 'height'));
    expect(heights[0]! / heights[1]!).toBeCloseTo(123 / 63, 2);
    expect(heights[0]! / heights[5]!).toBeCloseTo(123 / 6, 1);
  });

  it('pales the bins beyond the target', () => {
    const pale = rects.filter((r) => r.getAttribute('fill-opacity') === '0.45');
    expect(pale).toHaveLength(6);
  });

  it('drops a tail of bins that no class reached', () => {
    const short: RunSummary = {
      ...run,
      waitHistograms: { sale: { edges: [0, 1, 2, 5], counts: [5, 5, 0, 0] } },
    };
    const c = waitHistogramChart(short, opts);
    expect(axisTexts(c, 'x-axis tick label')).toEqual(['0–1', '1–2']);
    expect(axisTexts(c, 'fy-axis tick label')).toEqual(['sale']);
  });
});

describe('money chart', () => {
  const chart = moneyChart(run, opts);
  const bars = markElements(chart, 'bar', 'rect');

  it('draws revenue, lost revenue, each cost and profit with CI whiskers', () => {
    expect(axisTexts(svgOf(chart), 'y-axis tick label')).toEqual(['Revenue', 'Lost revenue', 'Wages (incl. overtime)', 'of which overtime', 'Training cost', 'Late penalties', 'Profit']);
    expect(bars).toHaveLength(7);
    expect(markElements(chart, 'rule', 'line').length).toBe(1 + 7);
    expect(markTexts(chart)).toEqual(['18,000', '1,600', '1,300', '60', '36', '160', '16,504']);
    expect(axisTexts(svgOf(chart), 'x-axis label').join()).toContain('Money (total over 2 days');
  });

  it('sizes bars by their mean', () => {
    expect(num(bars[0]!, 'width') / num(bars[6]!, 'width')).toBeCloseTo(18000 / 16504, 2);
  });

  it('turns the profit bar red for a loss', () => {
    const loss = { ...run, metrics: { ...run.metrics, profit: { mean: -500, sd: 100, ci95: [-700, -300] as [number, number], n: 3 } } };
    const c = moneyChart(loss, opts);
    expect(markElements(c, 'bar', 'rect').at(-1)!.getAttribute('fill')).toBe('#b2182b');
  });
});

describe('utilization chart', () => {
  const chart = utilizationChart(run, opts);
  const bars = markElements(chart, 'bar', 'rect');

  it('draws one bar per person, coloured by home area', () => {
    expect(axisTexts(svgOf(chart), 'y-axis tick label')).toEqual(['ana', 'ben', 'cara']);
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([AREA_COLORS.front, AREA_COLORS.front, AREA_COLORS.back]);
    expect(markTexts(chart)).toEqual(['75%', '60%', '80%']);
    expect(num(bars[0]!, 'width') / num(bars[1]!, 'width')).toBeCloseTo(0.75 / 0.6, 2);
    expect(axisTexts(svgOf(chart), 'x-axis tick label')).toContain('100%');
  });
});

describe('activity chart', () => {
  const chart = activityChart(run, opts);
  const bars = markElements(chart, 'bar', 'rect');

  it('stacks each activity a person did', () => {
    // ana: home, break, idle; ben: home, cover, switching, absent, idle; cara: home, cover, switching, idle.
    expect(bars).toHaveLength(12);
    expect(legendLabels(chart)).toEqual(['Home work', 'Cover work', 'Switching', 'Break', 'Absent', 'Idle']);
  });

  it('makes each stack as long as the hours accounted for', () => {
    const byRow = new Map<string, number>();
    for (const b of bars) byRow.set(b.getAttribute('y')!, (byRow.get(b.getAttribute('y')!) ?? 0) + num(b, 'width'));
    const [ana, ben] = [...byRow.values()];
    // Both account for (home + cover + ... + idle) = 970 minutes per replication.
    expect(ana!).toBeCloseTo(ben!, 0);
    expect(byRow.size).toBe(3);
  });
});

describe('backlog chart', () => {
  it('draws the backlog day by day with a band', () => {
    const chart = backlogChart(run, opts);
    expect(markElements(chart, 'dot', 'circle')).toHaveLength(2);
    expect(markElements(chart, 'line', 'path')).toHaveLength(1);
    expect(axisTexts(chart, 'x-axis tick label')).toEqual(['1', '2']);
    expect(axisTexts(chart, 'y-axis label').join()).toContain('Tasks unfinished at close');
  });

  it('labels days with their weekday and shades closed days when the week is on', () => {
    const weekly: Scenario = {
      ...scenario,
      calendar: { ...scenario.calendar, firstWeekday: 'sat', weekdays: [...Array(6).fill({ open: 540, close: 1020 }), null], closedDays: [1] },
    };
    const summary = summarizeRun(weekly, makeResults());
    expect(summary.weekdayByDay).toEqual(['sat', 'sun']);
    expect(summary.closedDays).toEqual([1, 2]);
    const chart = backlogChart(summary, opts);
    expect(axisTexts(chart, 'x-axis tick label')).toEqual(['Sat 1', 'Sun 2']);
    expect(markElements(chart, 'rect', 'rect')).toHaveLength(2);
  });

  it('shows a single day as a dot with a whisker', () => {
    const oneDay = summarizeRun({ ...scenario, calendar: { ...scenario.calendar, days: 1 } }, makeResults().map((r) => ({ ...r, backlogByDay: [r.backlogByDay[0]!] })));
    const chart = backlogChart(oneDay, opts);
    expect(markElements(chart, 'dot', 'circle')).toHaveLength(1);
    expect(markElements(chart, 'rule', 'line')).toHaveLength(2);
  });
});

describe('KPI comparison chart', () => {
  const gain = [100, 120, 140];
  const cmp = summarizeComparison([
    { scenario: variant('Dedicated'), results: makeResults() },
    {
      scenario: variant('Cross-trained'),
      results: makeResults({
        delta: (k, r) => (k === 'profit' ? gain[r]! : k === 'coverage.gapMinutes' ? 5 + r : k === 'front.waitMean' ? [0.2, -0.3, 0.1][r]! : 0),
      }),
    },
  ]);
  const chart = kpiComparisonChart(cmp, opts);

  it('draws two panels per key figure', () => {
    expect(chart.getAttribute('class')).toBe(KPI_COMPARISON_CLASS);
    const headings = [...chart.querySelectorAll(`.${KPI_COMPARISON_CLASS}-metric`)].map((h) => h.textContent);
    expect(headings).toEqual(['Profit', 'Revenue', 'Lost revenue', 'Total cost', 'Mean wait at the counter', 'Service level', 'Abandonment', 'Coverage gaps']);
    expect(chart.querySelectorAll('svg.office-chart')).toHaveLength(16);
  });

  it('shows each variant as a bar and each difference as a dot, coloured by verdict', () => {
    const svgs = [...chart.querySelectorAll('svg.office-chart')];
    const [profitValues, profitDiff] = [svgs[0]!, svgs[1]!];
    expect(markElements(profitValues, 'bar', 'rect')).toHaveLength(2);
    const dot = markElements(profitDiff, 'dot', 'circle');
    expect(dot).toHaveLength(1);
    expect(dot[0]!.getAttribute('fill')).toBe(DIFFERENCE_COLORS.better);
    expect(markTexts(profitDiff)).toEqual(['+120 *']);
    // More gap minutes is worse; a wait difference of chance size is hollow and grey.
    const gapDot = markElements(svgs[15]!, 'dot', 'circle')[0]!;
    expect(gapDot.getAttribute('fill')).toBe(DIFFERENCE_COLORS.worse);
    const waitDot = markElements(svgs[9]!, 'dot', 'circle')[0]!;
    expect(effectiveAttr(waitDot, 'fill')).toBe('white');
    expect(effectiveAttr(waitDot, 'stroke')).toBe(DIFFERENCE_COLORS.insignificant);
  });

  it('gives identical variants a readable axis around zero', () => {
    const revenueDiff = [...chart.querySelectorAll('svg.office-chart')][3]!;
    const ticks = axisTexts(revenueDiff, 'x-axis tick label');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks).toContain('0');
  });

  it('shows only the metrics asked for', () => {
    const c = kpiComparisonChart(cmp, { ...opts, metrics: ['profit', 'no.such.metric'] });
    expect(c.querySelectorAll('svg.office-chart')).toHaveLength(2);
  });
});

describe('sweep chart', () => {
  const points = [1, 2, 3].flatMap((fm) =>
    ['home-first', 'priority'].map((routing) => ({
      values: { 'policy.frontMinimum': fm, 'policy.routing': routing },
      scenario,
      results: makeResults({ delta: (k) => (k === 'profit' ? 1000 * fm + (routing === 'priority' ? 500 : 0) : 0) }),
    })),
  );
  const sweep = summarizeSweep(points);

  it('draws one curve per value of the other dimension', () => {
    const chart = sweepChart(sweep, { ...opts, metric: 'profit' });
    const lines = markElements(chart, 'line', 'path');
    expect(lines).toHaveLength(2);
    expect(markElements(chart, 'dot', 'circle')).toHaveLength(6);
    expect(legendLabels(chart)).toEqual(['policy.routing = home-first', 'policy.routing = priority']);
    expect(axisTexts(svgOf(chart), 'x-axis tick label')).toEqual(['1', '2', '3']);
    expect(axisTexts(svgOf(chart), 'y-axis label').join()).toContain('Profit (money)');
    // Profit rises with frontMinimum: each curve climbs (screen y falls) left to right.
    for (const line of lines) {
      const ys = pathPoints(line.getAttribute('d')!)[0]!.map(([, y]) => y);
      expect(ys[0]!).toBeGreaterThan(ys[2]!);
    }
  });

  it('spaces non-numeric values evenly in grid order', () => {
    const chart = sweepChart(sweep, { ...opts, metric: 'profit', x: 'policy.routing' });
    expect(markElements(chart, 'line', 'path')).toHaveLength(3);
    expect(axisTexts(svgOf(chart), 'x-axis tick label')).toEqual(['home-first', 'priority']);
  });

  it('draws a single curve for a one-dimensional sweep', () => {
    const oneD = summarizeSweep([1, 2].map((fm) => ({ values: { 'policy.frontMinimum': fm }, scenario, results: [makeResult(0), makeResult(1)] })));
    const chart = sweepChart(oneD, { ...opts, metric: 'front.serviceLevel' });
    expect(markElements(chart, 'line', 'path')).toHaveLength(1);
    expect(legendLabels(chart)).toEqual([]);
  });

  it('needs a metric to plot', () => {
    // @ts-expect-error the metric is required
    expect(() => sweepChart(sweep, opts)).toThrow('invalid metric: undefined');
  });

  it('refuses an unknown metric or path', () => {
    expect(() => sweepChart(sweep, { ...opts, metric: 'nope' })).toThrow('invalid metric: nope');
    expect(() => sweepChart(sweep, { ...opts, metric: 'profit', x: 'nope' })).toThrow('invalid x: nope');
  });
});

describe('whiskers within range', () => {
  it('cuts a cost interval at zero and a utilization interval at 100%, never profit', async () => {
    const { moneyRows } = await import('../../src/analysis/charts/money.js');
    const run = summarizeRun(scenario, makeResults());
    const s = (mean: number, lo: number, hi: number) => ({ mean, sd: 1, ci95: [lo, hi] as [number, number], n: 3 });
    const skewed: RunSummary = { ...run, metrics: { ...run.metrics, 'cost.overtime': s(5, -3, 13), profit: s(-20, -60, 20) } };
    const rows = moneyRows(skewed);
    expect(rows.find((r) => r.label === 'of which overtime')).toMatchObject({ lo: 0, hi: 13 });
    expect(rows.find((r) => r.label === 'Profit')).toMatchObject({ lo: -60, hi: 20 });
  });
});
