/**
 * Small inline icons for the trainer's buttons, drawn rather than taken from a font: symbol fonts
 * differ between the machines trainers present from, and a missing glyph shows as an empty box.
 */
import { svg, html, type TemplateResult } from 'lit';

function icon(paths: ReturnType<typeof svg>): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">${paths}</svg>`;
}

/** Back to the start: a bar and a left-pointing triangle. */
export const restartIcon = icon(svg`<rect x="4" y="5" width="3" height="14" fill="currentColor"></rect><path d="M20 5v14L9 12z" fill="currentColor"></path>`);

/** Full screen: four corners. */
export const fullscreenIcon = icon(
  svg`<path d="M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"></path>`,
);
