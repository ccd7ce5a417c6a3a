/**
 * The look of `<trainer-app>`'s page: the title row, caption, controls box, the offices side by side
 * (sharing rows, so their drawings and counters line up), the overlays and the lesson list. Sized in
 * rem, which trainer.html scales with the screen, so the replay fills a projector or a laptop alike.
 */
import { css } from 'lit';

export const trainerAppStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr);
    height: 100vh;
    box-sizing: border-box;
    padding: 0.7rem 1rem 0.6rem;
    gap: 0.55rem;
    background: #eef1f5;
    color: #111827;
    font-family: var(--font, system-ui, sans-serif);
  }
  :host([view='lessons']) {
    grid-template-rows: auto minmax(0, 1fr);
    overflow: auto;
    height: auto;
    min-height: 100vh;
  }
  .title-row {
    display: flex;
    align-items: center;
    gap: 1rem;
  }
  .title-row h1 {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  h1 {
    margin: 0;
    font-size: 1.75rem;
    line-height: 1.2;
  }
  .caption {
    margin: 0.2rem 0 0;
    font-size: 1.12rem;
    line-height: 1.4;
    color: #1f2937;
  }
  stage-legend {
    margin-top: 0.25rem;
  }
  .notice {
    margin: 0.3rem 0 0;
    font-size: 1rem;
    color: #7a4b00;
    font-weight: 600;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.4rem;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: inherit;
    font-size: 1.02rem;
    font-weight: 700;
    min-height: 2.5rem;
    padding: 0.2rem 0.8rem;
    border: 2px solid #5b6573;
    border-radius: 8px;
    background: #ffffff;
    color: #111827;
    cursor: pointer;
    white-space: nowrap;
  }
  button:hover {
    background: #e6ebf2;
  }
  button:focus-visible {
    outline: 3px solid #2c6bc4;
    outline-offset: 2px;
  }
  button.primary {
    background: #1d4f91;
    border-color: #1d4f91;
    color: #ffffff;
  }
  button.attention {
    background: #146c43;
    border-color: #146c43;
    color: #ffffff;
    box-shadow: 0 0 0 4px #b9e3c9;
  }
  .day {
    font-size: 1.02rem;
    font-weight: 700;
    display: flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }
  .controls {
    background: #ffffff;
    border: 2px solid #c4cbd5;
    border-radius: 12px;
    padding: 0.5rem 0.9rem 0.3rem;
  }
  .offices {
    display: grid;
    /* Rows shared by the offices (subgrid), so their drawings and counters line up. */
    grid-template-rows: auto minmax(0, 1fr) auto;
    column-gap: 0.8rem;
    min-height: 0;
  }
  .office {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    row-gap: 0.35rem;
    min-height: 0;
    min-width: 0;
  }
  .office h2 {
    margin: 0;
    font-size: 1.45rem;
    line-height: 1.2;
    display: flex;
    align-items: baseline;
    gap: 0.6rem;
    border-left: 10px solid var(--office);
    padding-left: 0.55rem;
    white-space: nowrap;
    min-width: 0;
  }
  .office h2 small {
    font-size: 1rem;
    font-weight: 600;
    color: #374151;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  office-stage {
    min-height: 0;
  }
  .error {
    color: #8a1a12;
    font-weight: 700;
  }
  .overlay {
    position: fixed;
    inset: 0;
    z-index: 10;
    background: rgba(17, 24, 39, 0.55);
    display: grid;
    place-items: center;
    padding: 1.5rem;
  }
  .sheet {
    background: #ffffff;
    border-radius: 14px;
    padding: 1.3rem 1.6rem;
    max-width: min(1840px, 100%);
    max-height: 100%;
    overflow: auto;
    box-sizing: border-box;
    box-shadow: 0 10px 40px rgba(0, 0, 0, 0.35);
  }
  .help table {
    border-collapse: collapse;
    font-size: 1.2rem;
  }
  .help td,
  .help th {
    padding: 0.3rem 0.8rem;
    border-bottom: 1px solid #dde2e8;
    text-align: left;
  }
  .help kbd {
    font-family: inherit;
    font-weight: 800;
    border: 2px solid #5b6573;
    border-radius: 6px;
    padding: 0 0.4rem;
  }
  .lessons-page {
    max-width: 1400px;
    width: 100%;
    margin: 0 auto;
  }
  .brand {
    font-size: 2rem;
    margin: 0.2rem 0 0.4rem;
  }
  .intro {
    font-size: 1.15rem;
    margin: 0 0 1rem;
    max-width: 80ch;
  }
  .intro a {
    color: #1d4f91;
    font-weight: 700;
  }
`;
