/**
 * The staffing planner's HTML report: one self-contained page (inline CSS, charts as inline SVG, no
 * script) with the answer in figures, the charts (required against scheduled, service level per
 * slot, the rounds), and the tables of shifts, roster, hires and rounds. The DOM document the charts
 * are built in is a parameter: linkedom's in the command line, the page's own in the browser.
 */
import { formatMoney, formatPercent } from '../../analysis/format.js';
import { esc, figure, table } from '../../analysis/report/html.js';
import { REPORT_CSS } from '../../analysis/report/style.js';
import { chartDays, dayName, perWeekLabel, requirementChart, roundsChart, slotServiceChart } from './charts.js';
import type { StaffingJson } from './output.js';

type Interval = { mean: number | null; ci95: [number, number] | null };

function level(s: Interval): string {
  if (s.mean === null) return '–';
  const ci = s.ci95 === null ? '' : ` (95% CI ${formatPercent(s.ci95[0], { digits: 1 })}–${formatPercent(s.ci95[1], { digits: 1 })})`;
  return `${formatPercent(s.mean, { digits: 1 })}${ci}`;
}

export function renderStaffingReport(
  json: StaffingJson,
  document: Document,
  /** `today`: today's people on duty per day key (`all`, or each weekday), per skill, per slot. */
  options: { today?: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> } = {},
): string {
  const money = (x: number) => formatMoney(x, { currency: json.currency });
  const chosen = json.rounds.find((r) => r.round === json.chosenRound)!;
  const target = `${Math.round(json.target.fraction * 100)}% within ${json.target.withinMinutes} min`;
  const cards = [
    ['Designed office, wages per day', money(json.cost.perDay), `${money(json.cost.perWeek)} ${perWeekLabel(json)}`],
    ['Today, wages per day', money(json.today.cost), `service level ${level(json.today.serviceLevel)}`],
    ['Designed office, service level', level(chosen.serviceLevel), `target ${target}; ${chosen.slotsBelowTarget} slots below it`],
    ['Saving against Erlang alone', money(json.saving.perDay), `per day; Erlang's design costs ${money(json.erlangCost.perDay)}`],
  ];
  const chartOptions = { document, width: 880 };
  const days = chartDays(json);
  const weekly = days[0] !== 'all';
  const body = [
    `<header class="report-header"><p class="eyebrow">office-sim plan-staff</p><h1>How many people, when: ${esc(json.scenario)}</h1>` +
      `<dl class="meta"><div><dt>Slots</dt><dd>${json.slotMinutes} min</dd></div><div><dt>Target</dt><dd>${esc(target)}</dd></div>` +
      `<div><dt>Replications per round</dt><dd>${json.replications}</dd></div><div><dt>Seed</dt><dd>${json.seed}</dd></div>` +
      `<div><dt>Designed office</dt><dd>${esc(json.scenarioFile)}</dd></div></dl></header>`,
    `<section class="kpis">${cards.map(([k, v, s]) => `<div class="kpi"><div class="kpi-label">${esc(k!)}</div><div class="kpi-value">${esc(v!)}</div><div class="scope">${esc(s!)}</div></div>`).join('')}</section>`,
    // One chart per weekday with the week on (closed weekdays need nobody and have none).
    `<section><h2>Required against scheduled</h2>${days
      .map((day) =>
        figure(
          `People per slot, by skill${dayName(day) === null ? '' : `: ${dayName(day)}`}`,
          requirementChart(json, { ...chartOptions, day, ...(options.today?.[day] ? { today: options.today[day] } : {}) }),
          'Dashed grey: people Erlang C/A asks for at the counter plus the back office\'s work in people, before shrinkage. Red: the requirement after shrinkage (sick days, interruptions) and the simulation\'s corrections. Blue: people the designed shifts have on duty and off their breaks. Back-office work is covered summed over two-hour windows (or its due time, if shorter), so blue may dip under red where work can wait.',
        ),
      )
      .join('')}</section>`,
    `<section><h2>Service level per slot, simulated</h2>${days
      .map((day) =>
        figure(
          `Share of customers arriving in each slot served within the target wait${dayName(day) === null ? '' : `: ${dayName(day)}s`}`,
          slotServiceChart(json, { ...chartOptions, day }),
          `Dots: mean over ${json.replications} replications of the designed office${dayName(day) === null ? '' : `, arrivals on ${dayName(day)}s only`}; bars: 95% confidence intervals; dashed line: the target. A red slot misses the target with 95% confidence.`,
        ),
      )
      .join('')}</section>`,
    `<section><h2>The check by simulation, round by round</h2>${figure(
      'Wages per day of each round',
      roundsChart(json, chartOptions),
      'Round 1 is Erlang\'s design. Each later round raises the requirement in slots that missed the target and, when none missed, lowers it where the target was met with room to spare. The chosen round is the cheapest with no slot below the target (else the one with the fewest).',
    )}${table(
      [
        { header: 'Round', cell: (r: StaffingJson['rounds'][number]) => `${r.round}${r.round === json.chosenRound ? ' (chosen)' : ''}` },
        { header: 'Wages per day', cell: (r) => esc(money(r.cost)), numeric: true },
        { header: 'People', cell: (r) => String(r.people), numeric: true },
        { header: 'of whom hires', cell: (r) => String(r.hires), numeric: true },
        { header: 'Service level', cell: (r) => esc(level(r.serviceLevel)) },
        { header: 'Slots below target', cell: (r) => String(r.slotsBelowTarget), numeric: true },
        { header: 'Raised / lowered', cell: (r) => `${r.raised.length} / ${r.lowered.length}`, numeric: true },
      ],
      json.rounds,
    )}</section>`,
    `<section><h2>Shifts</h2>${table(
      [
        ...(weekly ? [{ header: 'Day', cell: (k: StaffingJson['shifts'][number]) => esc(dayName(k.day) ?? k.day) }] : []),
        { header: 'Skill', cell: (k: StaffingJson['shifts'][number]) => esc(k.skill) },
        { header: 'Start', cell: (k) => esc(k.start) },
        { header: 'End', cell: (k) => esc(k.end) },
        { header: 'Breaks', cell: (k) => esc(k.breaks.map((b) => `${b.at} (${b.minutes} min)`).join(', ') || 'none') },
        { header: 'People', cell: (k) => String(k.count), numeric: true },
      ],
      json.shifts,
      { caption: weekly ? 'Per weekday; closed weekdays and holidays need nobody.' : 'Every day (the plan is the same for each day until the calendar has weeks).' },
    )}</section>`,
    `<section><h2>Roster</h2>${table(
      [
        { header: 'Person', cell: (r: StaffingJson['roster'][number]) => esc(r.person) },
        ...(weekly ? [{ header: 'Day', cell: (r: StaffingJson['roster'][number]) => esc(dayName(r.day) ?? r.day) }] : []),
        { header: 'Skill', cell: (r) => esc(r.skill) },
        { header: 'Start', cell: (r) => esc(r.start) },
        { header: 'End', cell: (r) => esc(r.end) },
        { header: 'Days off', cell: (r) => esc(r.daysOff.join(', ') || 'none') },
      ],
      json.roster,
    )}` +
      (json.hires.length > 0
        ? `<p class="lead">To hire: ${esc(json.hires.map((h) => `${h.count} ${h.skill}`).join(', '))} (the staff cannot cover these shifts; people count at their proficiency).</p>`
        : '<p class="lead">No one to hire: the staff covers every shift.</p>') +
      (json.unassigned.length > 0 ? `<p class="lead">Not on the designed roster: ${esc(json.unassigned.join(', '))}.</p>` : '') +
      '</section>',
    `<section><h2>Today's roster</h2><p class="lead">Wages ${esc(money(json.today.cost))} per day; service level ${esc(level(json.today.serviceLevel))}.</p>${table(
      [
        { header: 'Person', cell: (r: StaffingJson['todayRoster'][number]) => esc(r.person) },
        ...(weekly ? [{ header: 'Day', cell: (r: StaffingJson['todayRoster'][number]) => esc(r.day === undefined ? '' : (dayName(r.day) ?? r.day)) }] : []),
        { header: 'Skill', cell: (r) => esc(r.skill) },
        { header: 'Start', cell: (r) => esc(r.start ?? 'around the clock') },
        { header: 'End', cell: (r) => esc(r.end ?? '') },
        { header: 'Days off', cell: (r) => esc(r.daysOff.join(', ') || 'none') },
      ],
      json.todayRoster,
    )}</section>`,
  ].join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(`Staffing plan: ${json.scenario}`)}</title><style>${REPORT_CSS}</style></head><body><main>${body}<footer><p>Generated by office-sim plan-staff. Re-running with seed ${esc(json.seed)} reproduces every number.</p></footer></main></body></html>\n`;
}
