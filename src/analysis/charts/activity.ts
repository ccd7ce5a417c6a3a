/**
 * Activity per person: how each staff member's rostered day is spent — work in the home area,
 * cover work elsewhere, switching, breaks, absence and idle time — in hours per day (mean over
 * replications), stacked in that order.
 */
import * as Plot from '@observablehq/plot';
import type { RunSummary } from '../run-summary.js';
import { basePlot, type ChartOptions, marginForLabels, renderPlot } from './options.js';
import { ACTIVITIES } from './palette.js';

interface ActivityRow {
  readonly person: string;
  readonly activity: string;
  readonly hours: number;
}

/** Hours per day per (person, activity), leaving out activities a person never did. */
export function activityRows(summary: RunSummary): ActivityRow[] {
  return summary.staff.flatMap((p) => {
    // Own properties only: a person may be named like an Object method (constructor).
    const a = Object.hasOwn(summary.activity, p.name) ? summary.activity[p.name]! : undefined;
    if (a === undefined) return [];
    return ACTIVITIES.flatMap(({ key, label }) => (a[key] > 0 ? [{ person: p.name, activity: label, hours: a[key] / 60 / summary.days }] : []));
  });
}

export function activityChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const rows = activityRows(summary);
  const people = summary.staff.map((p) => p.name).filter((n) => Object.hasOwn(summary.activity, n));
  return renderPlot({
    ...basePlot(options, 80 + 26 * Math.max(1, people.length)),
    marginLeft: marginForLabels(people),
    marginRight: 20,
    marginBottom: 40,
    x: { label: 'Hours per day', grid: true, nice: true, tickFormat: ',~f', labelAnchor: 'center', labelArrow: 'none' },
    y: { label: null, domain: people },
    color: { domain: ACTIVITIES.map((a) => a.label), range: ACTIVITIES.map((a) => a.color), legend: true },
    marks: [
      Plot.barX(rows, { y: 'person', x: 'hours', fill: 'activity', order: ACTIVITIES.map((a) => a.label), insetTop: 3, insetBottom: 3 }),
      Plot.ruleX([0]),
    ],
  });
}
