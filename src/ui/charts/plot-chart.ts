/**
 * The base of every chart element: a card with a heading, a one-line explanation, SVG and PNG
 * download buttons, and the chart itself, drawn by one of src/analysis/charts (never here) at the
 * card's current width. Subclasses name the chart and call the analysis chart function in `draw`.
 * Drawing goes through the draw queue (one chart per task), and redraws when the data or the
 * width changes.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { cardStyles, controlStyles } from '../styles/shared.js';
import { cancelDraw, queueDraw } from './draw-queue.js';
import { chartToSvg, svgToPng } from '../io/chart-export.js';
import { downloadBlob, downloadText, fileStem } from '../io/download.js';

/** What a chart function of src/analysis/charts takes besides its data. */
export interface DrawOptions {
  readonly width: number;
}

export abstract class PlotChart<T> extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .card {
        padding: 0.8rem 1rem 0.9rem;
        height: 100%;
        box-sizing: border-box;
        display: flex;
        flex-direction: column;
      }
      header {
        display: flex;
        align-items: flex-start;
        gap: 0.5rem;
        margin-bottom: 0.5rem;
      }
      .titles {
        flex: 1;
        min-width: 0;
      }
      h3 {
        font-size: 1rem;
      }
      .caption {
        margin: 0.15rem 0 0;
        color: var(--text-2);
        font-size: 0.85rem;
      }
      .downloads {
        display: flex;
        gap: 0.2rem;
        flex-shrink: 0;
      }
      .downloads button {
        min-height: 1.8rem;
        font-size: 0.78rem;
        padding: 0.1rem 0.45rem;
        color: var(--text-2);
      }
      .plot {
        flex: 1;
        min-height: 120px;
        overflow-x: auto;
      }
      .plot > :is(svg, figure) {
        max-width: 100%;
        height: auto;
        margin: 0;
      }
      /* A presenter's size on a large screen (a projector at 1920 px): the chart is drawn for a
         narrower width and shown zoomed, so its tick labels and legends grow with it (12 px text
         reads as 15 px) while it keeps its place in the layout. */
      @media (min-width: 1600px) {
        .plot {
          zoom: 1.25;
        }
      }
      .plot figure h2 {
        display: none;
      }
      .empty,
      .failed {
        display: grid;
        place-items: center;
        min-height: 140px;
        color: var(--text-3);
        font-size: 0.9rem;
        text-align: center;
      }
      .failed {
        color: var(--bad);
      }
    `,
  ];

  /** The data the chart function takes (a RunSummary for most charts); null shows a placeholder. */
  @property({ attribute: false }) data: T | null = null;

  /** Overrides the card's heading. */
  @property() heading = '';

  @state() private width = 0;
  @state() private failure: string | null = null;
  @state() private drawn = false;

  @query('.plot') private plot!: HTMLDivElement;
  private resizeObserver: ResizeObserver | null = null;

  /** The card's heading when `heading` is not set. */
  protected abstract readonly defaultHeading: string;
  /** One sentence under the heading: what the chart shows and how to read it. */
  protected abstract readonly caption: string;
  /** Draws the chart: its src/analysis/charts function itself, or a method that calls it. */
  protected abstract draw(data: T, options: DrawOptions): Element;
  /** Whether `data` has anything to show (e.g. a scenario without tasks has no backlog). */
  protected hasContent(_data: T): boolean {
    return true;
  }
  /** Shown instead of the chart when `hasContent` is false. */
  protected get emptyText(): string {
    return 'Nothing to show for this office.';
  }

  get chartTitle(): string {
    return this.heading || this.defaultHeading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.floor(entries[0]?.contentRect.width ?? 0);
        // Ignore jitter of a few pixels (scrollbars appearing) that would redraw for nothing.
        if (width > 0 && Math.abs(width - this.width) > 4) this.width = width;
      });
      this.updateComplete.then(() => this.plot && this.resizeObserver?.observe(this.plot));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    cancelDraw(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('width' as keyof PlotChart<T>)) this.scheduleDraw();
  }

  private scheduleDraw(): void {
    const data = this.data;
    if (data === null || this.width === 0 || !this.hasContent(data)) {
      cancelDraw(this);
      this.plot?.replaceChildren();
      this.drawn = false;
      return;
    }
    // The observed width is in the plot's own (unzoomed) pixels: drawn at it, the zoomed chart fills its card.
    const width = this.width;
    queueDraw(this, () => {
      if (!this.isConnected) return;
      try {
        const chart = this.draw(data, { width });
        this.plot.replaceChildren(chart);
        this.failure = null;
        this.drawn = true;
      } catch (error) {
        this.plot.replaceChildren();
        this.failure = error instanceof Error ? error.message : String(error);
        this.drawn = false;
      }
    });
  }

  private chartElement(): Element | null {
    return this.plot?.firstElementChild ?? null;
  }

  private downloadSvg(): void {
    const chart = this.chartElement();
    if (chart === null) return;
    downloadText(chartToSvg(chart, this.chartTitle), `${fileStem(this.chartTitle, 'chart')}.svg`, 'image/svg+xml');
  }

  private async downloadPng(): Promise<void> {
    const chart = this.chartElement();
    if (chart === null) return;
    downloadBlob(await svgToPng(chartToSvg(chart, this.chartTitle)), `${fileStem(this.chartTitle, 'chart')}.png`);
  }

  override render() {
    const data = this.data;
    const empty = data === null ? 'Run the simulation to see this chart.' : !this.hasContent(data) ? this.emptyText : null;
    return html`<section class="card" aria-label=${this.chartTitle}>
      <header>
        <div class="titles">
          <h3>${this.chartTitle}</h3>
          <p class="caption">${this.caption}</p>
        </div>
        <div class="downloads">
          <button type="button" ?disabled=${!this.drawn} @click=${this.downloadSvg} aria-label="Download “${this.chartTitle}” as SVG">SVG</button>
          <button type="button" ?disabled=${!this.drawn} @click=${this.downloadPng} aria-label="Download “${this.chartTitle}” as PNG">PNG</button>
        </div>
      </header>
      ${empty !== null ? html`<div class="empty">${empty}</div>` : nothing}
      ${this.failure !== null ? html`<div class="failed" role="alert">This chart could not be drawn: ${this.failure}</div>` : nothing}
      <div class="plot" ?hidden=${empty !== null || this.failure !== null} data-drawn=${this.drawn ? 'true' : 'false'}></div>
    </section>`;
  }
}
