/**
 * Options every chart takes, and the Plot settings they turn into, so all charts share size,
 * typography and the rendering document.
 */
import * as Plot from '@observablehq/plot';

export interface ChartOptions {
  /**
   * The DOM document the chart is built in (Plot's `document` option). Default: the global
   * `document` of a browser. In Node pass a virtual one, e.g. linkedom's `parseHTML(...).document`.
   */
  readonly document?: Document;
  /** Width in pixels. Default 640. */
  readonly width?: number;
  /** Height in pixels. Default: chosen per chart from its content (rows, facets). */
  readonly height?: number;
  /** A title drawn above the chart (wraps the chart in a `<figure>`). Default none. */
  readonly title?: string;
}

export const DEFAULT_WIDTH = 640;

/** Text size of axes, labels and legends, in pixels. */
export const FONT_SIZE = 12;

/**
 * The class name of every chart's root element. Fixed (Plot's default is fixed too) so output is
 * byte-for-byte reproducible and styles can target charts.
 */
export const CHART_CLASS = 'office-chart';

/** Plot options common to every chart: document, size, title and typography. */
export function basePlot(options: ChartOptions, defaultHeight: number): Plot.PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  if (!(width > 0)) throw new Error(`invalid width: ${width}`);
  const height = options.height ?? defaultHeight;
  if (!(height > 0)) throw new Error(`invalid height: ${height}`);
  return {
    ...(options.document !== undefined ? { document: options.document } : {}),
    width,
    height: Math.round(height),
    ...(options.title !== undefined ? { title: options.title } : {}),
    className: CHART_CLASS,
    style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', overflow: 'visible' },
  };
}

/**
 * A left margin wide enough for the longest category label (names of people, money items), so
 * labels are never clipped nor overlap the bars. Estimates 6.8 px per character at 12 px.
 */
export function marginForLabels(labels: readonly string[], min = 40, max = 220): number {
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 0);
  return Math.min(max, Math.max(min, Math.ceil(longest * 6.8) + 14));
}

/** The document a chart creates helper elements in (containers around several plots). */
export function chartDocument(options: ChartOptions): Document {
  if (options.document !== undefined) return options.document;
  if (typeof document !== 'undefined') return document;
  throw new Error('invalid document: undefined (no global document; pass options.document, e.g. linkedom)');
}

/**
 * Plot.plot, then legends brought to the charts' text size (Plot's swatches default to 10 px, set
 * with a low-priority selector that an inline style overrides).
 */
export function renderPlot(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(options);
  for (const swatches of chart.querySelectorAll(`.${CHART_CLASS}-swatches`)) {
    swatches.setAttribute('style', `font-size:${FONT_SIZE}px`);
  }
  return chart;
}
