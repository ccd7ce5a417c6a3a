/**
 * People present per skill through the day: the time-average number of people on duty and present
 * (not on break, sick or interrupted) who hold each skill, wherever posted, with 95% bands; and,
 * in grey, how many are posted outside their home area (covering).
 */
import type { RunSummary } from '../run-summary.js';
import { bandLineChart, bandRows, dayScale, daySeriesRows } from './band-line.js';
import { DEFAULT_WIDTH, type ChartOptions } from './options.js';
import { skillColor } from './palette.js';

/** Legend name of the covering series. */
export const COVERING_LABEL = 'covering (outside home area)';
const COVERING_COLOR = '#7a7f88';

export function peoplePresentChart(summary: RunSummary, options: ChartOptions = {}): SVGSVGElement | HTMLElement {
  const skills = summary.skills.filter((s) => summary.series.bands[`present.${s}`] !== undefined);
  const rows = daySeriesRows(summary, 'present.', skills);
  const covering = summary.series.bands['covering'];
  const { bucketStarts, bucketMinutes } = summary.series;
  if (covering !== undefined) rows.push(...bandRows(covering, bucketStarts.map((s) => s + bucketMinutes / 2), COVERING_LABEL));
  const domain = covering !== undefined ? [...skills, COVERING_LABEL] : skills;
  const range = skills.map((s) => skillColor(summary.skills.indexOf(s)));
  if (covering !== undefined) range.push(COVERING_COLOR);
  return bandLineChart(
    {
      rows,
      color: { domain, range },
      x: dayScale(summary, options.width ?? DEFAULT_WIDTH),
      yLabel: 'People present (people)',
    },
    options,
  );
}
