/**
 * Renders the HTML report in Node: the report module builds Plot charts in a DOM document, which
 * here is linkedom's (a small, fast DOM without a browser). Loaded on demand: only --report and the
 * report command need it.
 */
import type { ReportInput } from '../analysis/report.js';

export async function renderReport(input: ReportInput): Promise<string> {
  const [{ parseHTML }, { renderReportHtml }] = await Promise.all([import('linkedom'), import('../analysis/report.js')]);
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return renderReportHtml(input, document as unknown as Document);
}
