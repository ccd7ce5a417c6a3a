/**
 * Line and column of a finding in the YAML (or JSON) source: the node its path leads to, the key for
 * unknown keys, and the nearest existing parent for a key that is missing.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Finding } from './finding.js';

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export function positionOf(finding: Finding, doc: Document, lines: LineCounter): SourcePosition | null {
  const offset = offsetOf(finding, doc);
  if (offset === undefined) return null;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function offsetOf(finding: Finding, doc: Document): number | undefined {
  let node = resolve(doc.contents as Node | null, doc);
  if (node === null) return undefined;
  let best = node.range?.[0];
  const { path } = finding;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = findPair(node, String(segment), doc, 0);
      if (pair === undefined) return best;
      const key = pair.key as Node;
      const value = resolve(pair.value as Node | null, doc);
      // An empty value (`arrivals:` and nothing) has no place of its own: point at its key.
      const empty = value === null || (isScalar(value) && value.value === null && value.source === '');
      if (last && (finding.at === 'key' || empty)) return key.range?.[0] ?? best;
      if (empty) return key.range?.[0] ?? best;
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = resolve((node.items[segment] as Node | undefined) ?? null, doc);
      if (item === null) return best;
      node = item;
    } else {
      return best;
    }
    best = node.range?.[0] ?? best;
  }
  return best;
}

/** The pair with this key, also looking into maps merged in with `<<: *anchor`. */
function findPair(map: YAMLMap, key: string, doc: Document, depth: number): Pair | undefined {
  const direct = keyIndex(map).get(key);
  if (direct !== undefined || depth > 20) return direct;
  for (const pair of map.items) {
    // With merge keys on, yaml gives the key `<<` a symbol value; its source text stays "<<".
    if (!isScalar(pair.key) || (pair.key.source !== '<<' && pair.key.value !== '<<')) continue;
    const source = resolve(pair.value as Node | null, doc);
    const sources = isSeq(source) ? source.items.map((item) => resolve(item as Node, doc)) : [source];
    for (const merged of sources) {
      const found = isMap(merged) ? findPair(merged, key, doc, depth + 1) : undefined;
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Each mapping's pairs by key, built once: a file with thousands of findings stays linear. */
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (!index.has(key)) index.set(key, pair);
    }
    indexes.set(map, index);
  }
  return index;
}

function resolve(node: Node | null, doc: Document): Node | null {
  let current: Node | null | undefined = node;
  for (let hops = 0; current != null && isAlias(current) && hops < 100; hops++) current = current.resolve(doc) as Node | undefined;
  return current ?? null;
}
