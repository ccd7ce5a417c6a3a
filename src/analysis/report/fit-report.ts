/**
 * The fit report: one self-contained HTML page (inline CSS and SVG, no script) of what `office-sim
 * fit` found in the records: the records read and the rows left out, the calendar, per customer
 * class the arrival profiles, the service-time fits with densities and Q-Q plots, patience from
 * censored waits, the staffing seen, absences, and the fit check with its verdict. The web app
 * shows the same charts (src/analysis/charts/fit-*.ts).
 */
import { fitArrivalsChart } from '../charts/fit-arrivals.js';
import { fitCheckChart } from '../charts/fit-check.js';
import { fitDensityChart } from '../charts/fit-density.js';
import { fitPatienceChart } from '../charts/fit-patience.js';
import { fitQqChart } from '../charts/fit-qq.js';
import { fitStaffingChart } from '../charts/fit-staffing.js';
import { CHECK_MEASURES, MEASURE_LABELS, type CheckCell, type CheckMeasure } from '../fit/check.js';
import type { DurationFit } from '../fit/durations.js';
import type { CustomerFit, FitResult } from '../fit/fit.js';
import { clockText } from '../fit/scenario.js';
import { WEEKDAYS } from '../fit/week.js';
import { formatNumber, formatPercent } from '../format.js';
import type { Summary } from '../statistics.js';
import { esc, figure, table } from './html.js';
import { HALF_WIDTH, PAGE_WIDTH } from './run-sections.js';
import { REPORT_CSS } from './style.js';

const n = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || !Number.isFinite(x) ? '–' : formatNumber(x, { digits }));
const interval = (ci: readonly [number, number] | null | undefined, digits = 2): string => (ci ? `${n(ci[0], digits)} – ${n(ci[1], digits)}` : '–');
const pValue = (p: number | null | undefined): string => (p === null || p === undefined ? '–' : p < 0.001 ? '< 0.001' : n(p, 3));

function header(fit: FitResult): string {
  const items: [string, string][] = [
    ['Records', fit.sources.map((s) => `${s.file} (${formatNumber(s.used, { digits: 0 })} of ${formatNumber(s.rows, { digits: 0 })} rows)`).join('; ')],
    ['Period', `${fit.period.first} to ${fit.period.last}`],
    ['Open dates', String(fit.period.openDates)],
    ['Opening hours', `${clockText(fit.calendar.base.open)}–${clockText(fit.calendar.base.close)}`],
    ['Week', fit.calendar.week.detected ? 'weekly calendar' : 'every day alike'],
  ];
  return `<header class="report-header"><p class="eyebrow">Office staffing simulation · fitted from records</p><h1>${esc(fit.name)}</h1><dl class="meta">${items.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl></header>`;
}

function verdictSection(fit: FitResult): string {
  if (fit.check === null) return '';
  return `<section><h2>Does it fit?</h2><p class="lead"><strong>${esc(fit.check.verdict)}</strong></p><p class="scope">The fitted office, staffed as the records show and with nobody sick, simulated for ${fit.check.simulatedDays} days per weekday (${fit.check.mode === 'week' ? 'whole weeks' : 'each weekday on its own'}); a measure departs where simulated and observed means differ by more than 3 standard errors. Details at the end.</p></section>`;
}

function recordsSection(fit: FitResult): string {
  const problems = fit.sources.flatMap((s) => s.problems);
  const rows = problems.length === 0 ? '<p>Every row was used.</p>' : table(
    [
      { header: 'File', cell: (p) => esc(p.file) },
      { header: 'Rows left out', cell: (p) => esc(formatNumber(p.count, { digits: 0 })), numeric: true },
      { header: 'Reason', cell: (p) => esc(p.message) },
      { header: 'Lines (first)', cell: (p) => esc(p.lines.join(', ') + (p.count > p.lines.length ? ', …' : '')) },
    ],
    problems,
  );
  return `<section><h2>Records read</h2>${rows}</section>`;
}

function calendarSection(fit: FitResult): string {
  const c = fit.calendar;
  const t = table(
    [
      { header: 'Weekday', cell: (w) => esc(w.weekday) },
      { header: 'Dates', cell: (w) => esc(w.dates), numeric: true },
      { header: 'Open dates', cell: (w) => esc(w.openDates.length), numeric: true },
      { header: 'Hours', cell: (w) => esc(w.hours === null ? 'closed' : `${clockText(w.hours.open)}–${clockText(w.hours.close)}`) },
      { header: 'Arrivals per open day', cell: (w) => esc(n(w.arrivalsPerDay, 1)), numeric: true },
    ],
    c.weekdays,
  );
  return `<section><h2>Calendar</h2><p class="lead">${esc(c.week.detected ? `Weekly calendar: ${c.week.reason}.` : `No weekly calendar: ${c.week.reason}.`)}${c.closedDates.length > 0 ? esc(` Dates without records taken as closed: ${c.closedDates.join(', ')}.`) : ''}</p>${t}</section>`;
}

function durationTable(fit: DurationFit): string {
  return table(
    [
      { header: 'Family', cell: (c) => `${esc(c.family)}${c.family === fit.chosen ? ' <span class="sig">(chosen)</span>' : ''}` },
      { header: 'Mean (min)', cell: (c) => esc(n(c.mean.value)), numeric: true },
      { header: 'Mean 95% CI', cell: (c) => esc(interval(c.mean.ci95)), numeric: true },
      { header: 'CV', cell: (c) => esc(n(c.cv.value, 3)), numeric: true },
      { header: 'CV 95% CI', cell: (c) => esc(interval(c.cv.ci95, 3)), numeric: true },
      { header: 'ΔAIC', cell: (c) => esc(n(c.deltaAic, 1)), numeric: true },
      { header: 'KS D (p)', cell: (c) => esc(`${n(c.ks.statistic, 3)} (${pValue(c.ks.pValue)})`), numeric: true },
      { header: 'A²', cell: (c) => esc(n(c.andersonDarling, 2)), numeric: true },
    ],
    fit.candidates,
    { caption: `${formatNumber(fit.n, { digits: 0 })} durations; sample mean ${n(fit.sampleMean)} min, CV ${n(fit.sampleCv, 3)}${fit.zeros > 0 ? `; ${fit.zeros} of zero length left out` : ''}. KS p-values are conservative with estimated parameters; the choice is by AIC.` },
  );
}

function durationFigures(title: string, fit: DurationFit, doc: Document): string {
  if (fit.candidates.length === 0) return `<p>${esc(`${title}: fewer than 10 durations, no family fitted.`)}</p>`;
  return `<div class="grid2">${figure(`${title}: density`, fitDensityChart(fit, { document: doc, width: HALF_WIDTH }), 'Histogram of the observed durations (to the 99th percentile) with each fitted density; the chosen family is drawn bold.', false)}${figure(`${title}: Q-Q`, fitQqChart(fit, { document: doc, width: HALF_WIDTH }), 'Fitted against observed quantiles: on the dashed diagonal, the family describes the data.', false)}</div>${durationTable(fit)}`;
}

function customerSection(c: CustomerFit, doc: Document): string {
  const a = c.arrivals;
  const uses = table(
    [
      { header: 'Weekday', cell: (w) => esc(w.weekday) },
      { header: 'Open days', cell: (w) => esc(w.days), numeric: true },
      { header: 'Arrivals per day', cell: (w) => esc(n(w.perDay.rate, 1)), numeric: true },
      { header: '95% CI', cell: (w) => esc(interval(w.perDay.ci95, 1)), numeric: true },
      { header: 'Same shape as base (p)', cell: (w) => esc(pValue(w.shapePValue)), numeric: true },
      { header: 'In office.yaml', cell: (w) => esc(w.use.kind === 'factor' ? `factor ${n(w.use.factor, 3)} (${interval(w.use.ci95, 3)})` : w.use.kind === 'profile' ? 'own hourly profile' : w.use.kind === 'closed' ? 'closed' : 'base profile') },
    ],
    a.weekdays,
  );
  const p = c.patience;
  const patience = p.exponential === null ? '<p>Nobody abandoned: the fitted class never abandons.</p>' : `${figure('Still waiting after t minutes', fitPatienceChart(p, { document: doc, width: PAGE_WIDTH }), 'Share of customers still willing to wait after t minutes: Kaplan-Meier from abandoned (events) and served (censored) waits, and the exponential fitted to the same censored data. The naive mean of abandoned waits ignores the censoring and falls far short.')}${table(
    [
      { header: 'Estimate', cell: (r: [string, string]) => esc(r[0]) },
      { header: 'Value', cell: (r: [string, string]) => esc(r[1]), numeric: true },
    ],
    [
      ['customers who queued (abandoned)', `${formatNumber(p.n, { digits: 0 })} (${formatNumber(p.abandoned, { digits: 0 })})`],
      ['mean patience, exponential MLE with censoring (95% CI)', `${n(p.exponential.mean)} min (${interval(p.exponential.ci95)})`],
      ['naive mean of abandoned waits (biased low)', `${n(p.naiveMean)} min`],
      ['Kaplan-Meier median', p.kmMedian === null ? 'not reached (too little abandonment)' : `${n(p.kmMedian)} min`],
      ['Weibull shape (95% CI); exponential is shape 1', p.weibull === null ? '–' : `${n(p.weibull.shape, 3)} (${interval(p.weibull.shapeCi95, 3)})`],
      ['likelihood-ratio test Weibull vs exponential (p)', p.weibull === null ? '–' : pValue(p.weibull.lrPValue)],
      ['used in office.yaml', p.chosen ?? '–'],
    ] as [string, string][],
  )}`;
  return `<section><h2>${esc(c.name)}</h2><p class="lead">${esc(`${formatNumber(c.visits, { digits: 0 })} visits: ${formatNumber(c.served, { digits: 0 })} served, ${formatNumber(c.abandoned, { digits: 0 })} abandoned, ${formatNumber(c.balked, { digits: 0 })} balked.`)}</p>
${figure(`${c.name}: arrivals per hour by weekday`, fitArrivalsChart(a, { document: doc, width: PAGE_WIDTH }), `Mean arrivals in each opening hour per open day of the weekday, with exact Poisson 95% intervals. Dispersion test (are hourly counts Poisson?): ${a.dispersion.tested} hours tested, ${a.dispersion.rejected5} reject at 5% (about ${formatNumber(a.dispersion.tested * 0.05, { digits: 0 })} expected by chance), ${a.dispersion.rejected1} at 1%.`)}
${uses}
<h3>Service time</h3>${durationFigures(`${c.name} service`, c.service, doc)}
<h3>Patience</h3>${patience}
${c.balked > 0 ? `<h3>Balking</h3><p>${esc(c.balking.note)}</p>` : ''}</section>`;
}

function tasksSection(fit: FitResult, doc: Document): string {
  if (fit.tasks.length === 0) return '';
  return `<section><h2>Back-office tasks</h2>${fit.tasks
    .map((t) => `<h3>${esc(t.name)}: ${esc(`${formatNumber(t.count, { digits: 0 })} tasks, ${n(t.arrivals.base.perDay.rate, 1)} per day (${interval(t.arrivals.base.perDay.ci95, 1)})${t.dueMinutes !== null ? `, due ${n(t.dueMinutes, 0)} min after arrival (median)` : ''}`)}</h3>${durationFigures(`${t.name} work`, t.service, doc)}`)
    .join('')}</section>`;
}

function staffingSection(fit: FitResult, doc: Document): string {
  const s = fit.staffing;
  const roster = table(
    [
      { header: 'Person', cell: (r) => esc(r.count > 1 ? `${r.name} (×${r.count})` : r.name) },
      { header: 'Area', cell: (r) => esc(r.area) },
      { header: 'Shift', cell: (r) => esc(`${clockText(r.shift.start)}–${clockText(Math.min(1440, r.shift.end))}`) },
      { header: 'Break', cell: (r) => esc(r.break === null ? '–' : `${clockText(r.break.at)}, ${r.break.minutes} min`) },
      { header: 'Weekdays', cell: (r) => esc(WEEKDAYS.filter((w) => r.byWeekday[w] !== null).join(' ')) },
      { header: 'Dates worked', cell: (r) => esc(formatPercent(r.attendance, { digits: 0 })), numeric: true },
    ],
    s.roster,
  );
  const peak = WEEKDAYS.map((w) => ({ w, max: Math.max(...s.activePerSlot[w]) })).filter((x) => x.max > 0);
  return `<section><h2>Staffing seen</h2><p class="lead">The reference roster: who served, on which weekdays and when, and the breaks seen (idle while someone waited). People active at the busiest half hour, mean over dates: ${esc(peak.map((x) => `${x.w} ${n(x.max, 1)}`).join(', '))}.</p>${figure('People serving per half hour', fitStaffingChart(s, fit.calendar, { document: doc, width: PAGE_WIDTH }), 'People with a customer or a task in each half hour, mean over the open dates of each weekday: what the records show of the roster (a person between two customers is not counted).')}${roster}</section>`;
}

function absencesSection(fit: FitResult): string {
  const a = fit.absences;
  if (a === null) return '';
  return `<section><h2>Absences</h2><p class="lead">${esc(`Sick on ${formatPercent(a.overall.probability, { digits: 1 })} of person-days (95% CI ${formatPercent(a.overall.ci95[0], { digits: 1 })} – ${formatPercent(a.overall.ci95[1], { digits: 1 })}): ${a.overall.sickDays} sick days in ${a.overall.personDays} rostered person-days.`)}</p>${table(
    [
      { header: 'Person', cell: (p) => esc(p.name) },
      { header: 'Sick days', cell: (p) => esc(p.sickDays), numeric: true },
      { header: 'Person-days', cell: (p) => esc(p.personDays), numeric: true },
      { header: 'Sick probability', cell: (p) => esc(formatPercent(p.probability, { digits: 1 })), numeric: true },
      { header: '95% CI', cell: (p) => esc(`${formatPercent(p.ci95[0], { digits: 1 })} – ${formatPercent(p.ci95[1], { digits: 1 })}`), numeric: true },
      { header: 'Own value in office.yaml', cell: (p) => esc(p.differs ? 'yes (differs from the office)' : 'no') },
    ],
    a.perPerson,
  )}</section>`;
}

function cellValue(m: CheckMeasure, s: Summary): string {
  if (s.mean === null) return '–';
  const f = (x: number): string => (m === 'serviceLevel' ? formatPercent(x, { digits: 0 }) : n(x, 1));
  // Intervals clipped to what the measure can be (no negative counts, no share above 100%).
  const lo = Math.max(0, s.ci95?.[0] ?? 0);
  const hi = m === 'serviceLevel' ? Math.min(1, s.ci95?.[1] ?? 1) : (s.ci95?.[1] ?? 0);
  return `${f(s.mean)}${s.ci95 ? ` <span class="sub">${esc(`${f(lo)}–${f(hi)}`)}</span>` : ''}`;
}

function checkSection(fit: FitResult, doc: Document): string {
  const check = fit.check;
  if (check === null) return '';
  const main = [...fit.calendar.weekdays].filter((w) => w.hours !== null).sort((a, b) => b.openDates.length * b.arrivalsPerDay - a.openDates.length * a.arrivalsPerDay)[0];
  const days = check.cells.filter((c) => c.start === null);
  const columns = CHECK_MEASURES.map((m) => ({
    header: MEASURE_LABELS[m],
    cell: (c: CheckCell) => `<div${c.departs.includes(m) ? ' class="worse sig"' : ''}>obs ${cellValue(m, c.observed[m])}</div><div>sim ${cellValue(m, c.simulated[m])}</div>`,
    numeric: true,
  }));
  const caption = 'Observed means per day (dots) with 95% intervals over the observed dates; simulated means (line) with 95% bands over the simulated days.';
  const chart = main === undefined ? '' : `<h3>${esc(`Through the day, ${main.weekday} (the weekday with most records)`)}</h3><div class="grid2">${CHECK_MEASURES.map((m) => figure(MEASURE_LABELS[m], fitCheckChart(check, main.weekday, m, { document: doc, width: HALF_WIDTH }), m === 'serviceLevel' ? `${caption} Service level: share of arrivals served within ${check.targetMinutes} minutes.` : caption, false)).join('')}</div>`;
  return `<section><h2>The fit check</h2><p class="lead">${esc(check.verdict)}</p>${chart}${table([{ header: 'Weekday (whole day)', cell: (c: CheckCell) => esc(c.weekday) }, ...columns], days, { caption: 'Per day, observed (obs) and simulated (sim) means with 95% intervals; departures in red. Every hour is in fit-check.csv and fit.json.' })}</section>`;
}

export function renderFitReportHtml(fit: FitResult, doc: Document): string {
  const body = [
    header(fit),
    verdictSection(fit),
    recordsSection(fit),
    calendarSection(fit),
    ...fit.customers.map((c) => customerSection(c, doc)),
    tasksSection(fit, doc),
    staffingSection(fit, doc),
    absencesSection(fit),
    checkSection(fit, doc),
    fit.notes.length > 0 ? `<section><h2>Choices made</h2><ul class="notes">${fit.notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></section>` : '',
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(fit.name)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
<footer><p>Generated by office-sim fit. Intervals are 95%: exact Poisson for arrival rates, observed information (delta method) for fitted means and CVs, chi-square for the censored exponential patience, Student-t over days for the fit check.</p></footer>
</main>
</body>
</html>
`;
}
