/**
 * A DOM for component tests, from linkedom (jsdom is not a dependency), with the few gaps Lit needs
 * filled. Import it before anything that imports Lit. The gaps:
 * - Lit marks bindings with `<?lit$…$>` processing instructions, which browsers parse as comments
 *   and linkedom drops: template HTML is rewritten to real comments before parsing.
 * - linkedom's TreeWalker lists nodes once at creation and ignores `currentNode`, which Lit moves:
 *   a walker that walks from `currentNode` replaces it.
 * - Events stop at a shadow root: composed events continue to the host here, as in browsers.
 * Each test file runs in its own environment, so these globals do not leak into other tests.
 */
import { parseHTML } from 'linkedom';

const dom = parseHTML('<!doctype html><html lang="en"><head></head><body></body></html>') as unknown as Window & typeof globalThis;
const g = globalThis as Record<string, unknown>;
const w = dom as unknown as Record<string, unknown>;

const REPLACE = ['window', 'document', 'customElements', 'Event', 'CustomEvent', 'EventTarget', 'KeyboardEvent', 'MouseEvent', 'InputEvent', 'FocusEvent'];
for (const name of REPLACE) if (w[name] !== undefined) g[name] = w[name];
for (const name of Object.getOwnPropertyNames(dom)) {
  if (g[name] === undefined && w[name] !== undefined) {
    try {
      g[name] = w[name];
    } catch {
      // read-only globals of Node stay as they are
    }
  }
}
for (const name of ['HTMLElement', 'Element', 'Node', 'ShadowRoot', 'DocumentFragment', 'Document', 'HTMLTemplateElement', 'Text', 'Comment', 'SVGElement', 'HTMLInputElement', 'HTMLSelectElement', 'HTMLButtonElement', 'HTMLDetailsElement', 'NodeFilter']) {
  if (g[name] === undefined && w[name] !== undefined) g[name] = w[name];
}
g['requestAnimationFrame'] ??= (callback: (t: number) => void) => setTimeout(() => callback(performance.now()), 0);
g['cancelAnimationFrame'] ??= (id: ReturnType<typeof setTimeout>) => clearTimeout(id);

// Lit's binding markers: <?lit$123$> → <!--?lit$123$-->, as an HTML parser makes them.
const template = (w['HTMLTemplateElement'] as { prototype: object }).prototype;
let owner: object | null = template;
let inner: PropertyDescriptor | undefined;
while (owner !== null && (inner = Object.getOwnPropertyDescriptor(owner, 'innerHTML')) === undefined) owner = Object.getPrototypeOf(owner);
Object.defineProperty(template, 'innerHTML', {
  configurable: true,
  get(this: Element) {
    return inner!.get!.call(this);
  },
  set(this: Element, html: string) {
    inner!.set!.call(this, String(html).replace(/<\?(lit\$\d+\$)>/g, '<!--?$1-->'));
  },
});

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const SHOW_COMMENT = 0x80;

class Walker {
  currentNode: Node;
  constructor(
    readonly root: Node,
    readonly whatToShow = 0xffffffff,
  ) {
    this.currentNode = root;
  }
  nextNode(): Node | null {
    let node: Node | null = this.currentNode;
    for (;;) {
      if (node!.firstChild !== null) node = node!.firstChild;
      else {
        while (node !== null && node !== this.root && node.nextSibling === null) node = node.parentNode;
        if (node === null || node === this.root) return null;
        node = node.nextSibling;
      }
      const type = node!.nodeType;
      const bit = type === 1 ? SHOW_ELEMENT : type === 3 ? SHOW_TEXT : type === 8 ? SHOW_COMMENT : 0;
      if ((bit & this.whatToShow) !== 0) {
        this.currentNode = node!;
        return node;
      }
    }
  }
}
(dom.document as unknown as { createTreeWalker: unknown }).createTreeWalker = (root: Node, whatToShow?: number) => new Walker(root, whatToShow);

(w['ShadowRoot'] as { prototype: { _getParent(): unknown; host: unknown } }).prototype._getParent = function (this: { host: unknown }) {
  return this.host;
};

// linkedom's <select> has no value setter (and reads no default): choose the option as a browser does.
const select = (w['HTMLSelectElement'] as { prototype: object }).prototype;
Object.defineProperty(select, 'value', {
  configurable: true,
  get(this: HTMLSelectElement) {
    const chosen = this.querySelector('option[selected]') ?? this.querySelector('option');
    return chosen === null ? '' : ((chosen as HTMLOptionElement).getAttribute('value') ?? chosen.textContent ?? '');
  },
  set(this: HTMLSelectElement, value: string) {
    for (const option of this.querySelectorAll('option')) {
      if ((option.getAttribute('value') ?? option.textContent) === value) option.setAttribute('selected', '');
      else option.removeAttribute('selected');
    }
  },
});

/** Adds `element` to the page and waits for it (and the elements it renders) to finish rendering. */
export async function mount<T extends HTMLElement>(element: T): Promise<T> {
  document.body.append(element);
  await settle(element);
  return element;
}

/** Waits until `element` and the Lit elements in its shadow tree have rendered. */
export async function settle(element: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = collect(element).map((e) => (e as unknown as { updateComplete?: Promise<unknown> }).updateComplete);
    const results = await Promise.all(pending);
    if (results.every((done) => done !== false)) return;
  }
}

function collect(element: Element): Element[] {
  const out: Element[] = [element];
  const root = element.shadowRoot;
  if (root !== null) for (const child of root.querySelectorAll('*')) out.push(...collect(child));
  return out;
}

/** `selector` searched through nested shadow roots, depth first. */
export function deepQuery<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [];
  const scope = 'shadowRoot' in root && root.shadowRoot !== null ? root.shadowRoot : root;
  for (const el of scope.querySelectorAll('*')) {
    if (el.matches(selector)) found.push(el as T);
    if (el.shadowRoot !== null) found.push(...deepQueryAll<T>(el, selector));
  }
  return found;
}
