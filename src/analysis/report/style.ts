/**
 * The report's stylesheet, inlined in the page: readable on screen, clean on paper (A4/Letter,
 * no charts split across pages), no web fonts (the file must open offline).
 */
export const REPORT_CSS = `
:root {
  --ink: #1f2430; --muted: #5d6573; --line: #e1e4e8; --soft: #f5f6f8; --accent: #2f5fb3;
  --better: #1e7f3c; --worse: #b3261e;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #fff; color: var(--ink);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-variant-numeric: tabular-nums;
}
main { max-width: 960px; margin: 0 auto; padding: 32px 32px 48px; }
header.report-header { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 22px; }
.eyebrow { margin: 0; color: var(--accent); font-size: 12px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 10px; font-size: 28px; line-height: 1.2; font-weight: 700; }
h2 { margin: 34px 0 6px; font-size: 19px; font-weight: 650; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { margin: 0 0 6px; font-size: 14px; font-weight: 650; }
p.lead { margin: 4px 0 14px; color: var(--muted); max-width: 46em; }
dl.meta { display: flex; flex-wrap: wrap; gap: 6px 26px; margin: 0; font-size: 13px; }
dl.meta div { display: flex; gap: 6px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; font-weight: 600; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 8px 0 4px; }
.scope { margin: 6px 0 0; color: var(--muted); font-size: 12.5px; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px 9px; background: var(--soft); }
.kpi-label { font-size: 12px; color: var(--muted); }
.kpi-value { font-size: 22px; font-weight: 700; line-height: 1.25; margin-top: 2px; white-space: nowrap; }
.kpi-ci { font-size: 11.5px; color: var(--muted); white-space: nowrap; }
.kpi-diff { font-size: 12px; margin-top: 4px; white-space: nowrap; }
figure.chart { margin: 18px 0 10px; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 12.5px; margin-top: 4px; max-width: 52em; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0 6px; }
caption { text-align: left; color: var(--muted); font-size: 12.5px; padding-bottom: 4px; caption-side: top; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-weight: 600; color: var(--muted); font-size: 12px; border-bottom: 2px solid #cfd4da; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
tr.group th { background: var(--soft); font-weight: 650; color: var(--ink); padding-top: 7px; }
tbody tr { break-inside: avoid; page-break-inside: avoid; }
.key { color: var(--muted); font-size: 11px; margin-left: 8px; }
.sub { color: var(--muted); font-size: 11px; }
.cut-note { color: var(--muted); font-size: 12px; margin: 2px 0 8px; }
.kpi-period { font-weight: 400; }
table.erlang { font-size: 12px; }
table.erlang th, table.erlang td { padding: 4px 5px; }
table.erlang th { white-space: normal; vertical-align: bottom; }
table.erlang td { white-space: nowrap; }
table.erlang th.pair { text-align: center; border-bottom: 1px solid var(--line); }
table.erlang .sim { background: var(--soft); }
.sig { font-weight: 700; }
.better { color: var(--better); }
.worse { color: var(--worse); }
.muted { color: var(--muted); }
ul.notes { margin: 6px 0; padding-left: 20px; color: var(--ink); }
ul.notes li { margin: 2px 0; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media screen and (max-width: 760px) { .kpis { grid-template-columns: repeat(2, 1fr); } .grid2 { grid-template-columns: 1fr; } main { padding: 18px; } }
@media print {
  @page { margin: 14mm 12mm; }
  body { font-size: 11.5px; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .kpi { background: none; }
  .kpis, .grid2 { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
