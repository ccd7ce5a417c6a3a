/**
 * No import cycle anywhere under src/: a module never imports, directly or through others, a module
 * that imports it (type-only imports included, since a cycle of types is still a knot a reader has
 * to untie). Also checks the layering of DESIGN.md: sim imports no analysis, ui or cli; analysis no
 * ui or cli; the planners (src/planning) may use sim and analysis, and only ui and cli use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative imports of a file, resolved to source paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'(\.[^']+)'|(?:^|\n)\s*import\s*'(\.[^']+)'/g)) {
    const spec = (m[1] ?? m[2])!;
    out.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return out;
}

const files = sources(root);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((g) => files.includes(g))]));

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(root, w));
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const f of files) if (!indices.has(f)) visit(f);
  return found;
}

describe('imports under src/', () => {
  it('every relative import names a file that exists', () => {
    const missing = files.flatMap((f) => importsOf(f).filter((g) => !files.includes(g)).map((g) => `${relative(root, f)} -> ${relative(root, g)}`));
    expect(missing).toEqual([]);
  });

  it('form no cycle', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(cycles()).toEqual([]);
  });

  it('point one way: sim imports no analysis, planning, ui or cli; analysis no planning, ui or cli; planning no ui or cli', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = relative(root, file).split('/')[0];
      for (const target of imports) {
        const to = relative(root, target).split('/')[0];
        const forbidden =
          from === 'sim' ? ['analysis', 'planning', 'ui', 'cli'] : from === 'analysis' ? ['planning', 'ui', 'cli'] : from === 'planning' ? ['ui', 'cli'] : [];
        if (forbidden.includes(to!)) wrong.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
