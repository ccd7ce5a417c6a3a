/**
 * `plan-staff`'s answer on the terminal: today, Erlang's design and the checked design side by side
 * (people, hires, planned wages a day and a week, the simulated service level with its interval),
 * then the shifts and the people to hire. The files hold every detail; this is what a manager reads.
 */
import { formatCount, formatMoney, formatPercent, MISSING } from '../../analysis/format.js';
import type { StaffingJson } from '../../planning/staffing/output.js';
import { renderTable } from './text-table.js';

type Level = StaffingJson['today']['serviceLevel'];

function level(l: Level): string {
  if (l.mean === null) return MISSING;
  return l.ci95 === null ? formatPercent(l.mean) : `${formatPercent(l.mean)} (${formatPercent(l.ci95[0])} to ${formatPercent(l.ci95[1])})`;
}

export function staffingTable(json: StaffingJson): string {
  const money = (v: number): string => formatMoney(v, { currency: json.currency });
  const chosen = json.rounds.find((r) => r.round === json.chosenRound);
  const erlang = json.rounds[0];
  // People, not rows: with the week on, todayRoster has a row per person and weekday worked.
  // Today's week counts the same days as the design's: its figure per day times the days the design's week sums.
  const daysPerWeek = json.cost.perDay > 0 ? json.cost.perWeek / json.cost.perDay : null;
  const todayWeek = daysPerWeek === null ? MISSING : money(json.today.cost * daysPerWeek);
  const rows: string[][] = [['today', formatCount(new Set(json.todayRoster.map((r) => r.person)).size), '', money(json.today.cost), todayWeek, level(json.today.serviceLevel)]];
  if (erlang !== undefined) {
    rows.push(['Erlang only (round 1)', formatCount(erlang.people), formatCount(erlang.hires), money(json.erlangCost.perDay), money(json.erlangCost.perWeek), level(erlang.serviceLevel)]);
  }
  if (chosen !== undefined) {
    rows.push([`checked design (round ${chosen.round})`, formatCount(chosen.people), formatCount(chosen.hires), money(json.cost.perDay), money(json.cost.perWeek), level(chosen.serviceLevel)]);
  }
  // With the week, a day's wages are the mean over the week's open days (staffing.json's cost.perDay).
  const weekly = json.requirements.some((r) => r.day !== 'all') || json.shifts.some((x) => x.day !== 'all');
  const target = `${formatPercent(json.target.fraction, { digits: 0 })} of arrivals served within ${json.target.withinMinutes} min`;
  const out = [
    `Staffing plan for ${json.scenario}: target ${target}; ${json.slotMinutes}-minute slots; ${json.replications} replications a round, seed ${json.seed}`,
    '',
    renderTable(
      [
        { header: 'design', align: 'left' },
        { header: 'people', align: 'right' },
        { header: 'hires', align: 'right' },
        { header: weekly ? 'wages per open day (mean)' : 'wages per day', align: 'right' },
        { header: 'per week', align: 'right' },
        { header: 'service level (95% CI)', align: 'right' },
      ],
      rows,
    ),
  ];
  if (json.saving.perDay > 0) out.push(`The check saves ${money(json.saving.perDay)} a day (${money(json.saving.perWeek)} a week) against Erlang's design.\n`);
  const shifts = json.shifts.map((s) => [
    ...(json.shifts.some((x) => x.day !== 'all') ? [s.day] : []),
    s.skill + (s.area === undefined ? '' : ` (${s.area})`),
    `${s.start}–${s.end}`,
    s.breaks.map((b) => `${b.at} for ${b.minutes} min`).join(', ') || 'none',
    formatCount(s.count),
  ]);
  const byDay = json.shifts.some((x) => x.day !== 'all');
  out.push(
    renderTable(
      [
        ...(byDay ? [{ header: 'day', align: 'left' as const }] : []),
        { header: 'skill', align: 'left' },
        { header: 'shift', align: 'left' },
        { header: 'breaks', align: 'left' },
        { header: 'people', align: 'right' },
      ],
      shifts,
    ),
  );
  if (json.hires.length > 0) out.push(`To hire: ${json.hires.map((h) => `${formatCount(h.count)} with ${h.skill}`).join(', ')}.\n`);
  if (json.unassigned.length > 0) out.push(`Not needed in the design: ${json.unassigned.join(', ')}.\n`);
  return out.join('\n');
}
