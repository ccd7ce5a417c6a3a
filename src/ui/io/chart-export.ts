/**
 * Turns a chart as drawn on the page into a standalone SVG or PNG file. Plot draws a chart as an
 * <svg>, or as a <figure> holding a title, HTML colour swatches and one or more <svg>s; a file
 * must be one SVG, so the figure is recomposed: headings become SVG text, swatches become SVG
 * legend entries and the plots are stacked below. The PNG is that SVG rasterized at twice the size
 * (crisp on slides and in documents) on a white background.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const GAP = 10;

type Block =
  | { readonly kind: 'text'; readonly text: string; readonly size: number; readonly weight: number }
  | { readonly kind: 'legend'; readonly entries: readonly { color: string; label: string }[] }
  | { readonly kind: 'svg'; readonly element: SVGSVGElement; readonly width: number; readonly height: number };

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

function isSwatchList(element: Element): boolean {
  return /(^|[\s-])swatches(\s|-|$)/.test(element.getAttribute('class') ?? '');
}

function swatchEntries(list: Element): { color: string; label: string }[] {
  const entries: { color: string; label: string }[] = [];
  for (const swatch of Array.from(list.children)) {
    const svg = swatch.querySelector('svg');
    if (svg === null) continue;
    const shape = svg.querySelector('[fill]:not([fill="none"])');
    const color = svg.getAttribute('fill') ?? shape?.getAttribute('fill') ?? svg.getAttribute('stroke') ?? '#888';
    entries.push({ color, label: (swatch.textContent ?? '').trim() });
  }
  return entries;
}

function collect(node: Element, blocks: Block[]): void {
  const tag = node.tagName.toLowerCase();
  if (tag === 'svg') {
    const { width, height } = svgSize(node as SVGSVGElement);
    blocks.push({ kind: 'svg', element: node as SVGSVGElement, width, height });
    return;
  }
  if (isSwatchList(node)) {
    const entries = swatchEntries(node);
    if (entries.length > 0) blocks.push({ kind: 'legend', entries });
    return;
  }
  if (/^(h[1-6]|figcaption|p)$/.test(tag)) {
    const text = (node.textContent ?? '').trim();
    if (text !== '') {
      const heading = tag.startsWith('h');
      blocks.push({ kind: 'text', text, size: heading ? 15 : 12, weight: heading ? 600 : 400 });
    }
    return;
  }
  for (const child of Array.from(node.children)) collect(child, blocks);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Approximate text width at `size` px in a sans-serif face: enough to lay out legend entries. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/**
 * One standalone SVG document for a chart element (an <svg> or a <figure> of them). `title`, when
 * given, is drawn first (the card's heading, which lives outside the chart element on the page).
 */
export function chartToSvg(chart: Element, title?: string): string {
  const blocks: Block[] = [];
  if (title !== undefined && title !== '') blocks.push({ kind: 'text', text: title, size: 16, weight: 600 });
  collect(chart, blocks);
  const plotWidth = Math.max(320, ...blocks.map((b) => (b.kind === 'svg' ? b.width : 0)));
  const width = Math.ceil(plotWidth + 2 * GAP);
  const serializer = new XMLSerializer();
  const parts: string[] = [];
  let y = GAP;
  for (const block of blocks) {
    if (block.kind === 'text') {
      y += block.size;
      parts.push(`<text x="${GAP}" y="${y}" font-size="${block.size}" font-weight="${block.weight}" fill="#18202c">${escapeXml(block.text)}</text>`);
      y += GAP;
    } else if (block.kind === 'legend') {
      let x = GAP;
      const line = 18;
      y += 2;
      for (const { color, label } of block.entries) {
        const w = 14 + 6 + textWidth(label, 12) + 16;
        if (x > GAP && x + w > width - GAP) {
          x = GAP;
          y += line;
        }
        parts.push(`<rect x="${x}" y="${y}" width="14" height="14" fill="${escapeXml(color)}"/>`);
        parts.push(`<text x="${x + 20}" y="${y + 11.5}" font-size="12" fill="#18202c">${escapeXml(label)}</text>`);
        x += w;
      }
      y += line + GAP / 2;
    } else {
      const copy = block.element.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('x', String(GAP));
      copy.setAttribute('y', String(y));
      copy.setAttribute('width', String(block.width));
      copy.setAttribute('height', String(block.height));
      parts.push(serializer.serializeToString(copy));
      y += block.height + GAP;
    }
  }
  const height = Math.ceil(y);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`
  );
}

/** Rasterizes an SVG document (text) to a PNG at `scale` times its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser cannot draw to a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error('the PNG could not be made')) : resolve(blob)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
