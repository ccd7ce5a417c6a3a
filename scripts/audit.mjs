// The dependency check: `npm audit --omit=dev` must report nothing but the advisories accepted below,
// each of them reachable only through danfojs-node, whose spreadsheet and URL readers office-sim never
// calls (it builds DataFrames from numbers in memory and writes CSV; see the README's "Dependencies").
// Any other advisory, or an accepted package that some other dependency starts to pull in, fails.
//
// When the advisory service cannot be reached (an offline machine, a registry mirror without the
// audit endpoint) the check says so and passes: it cannot judge what it cannot see. --strict fails then.
//
//   node scripts/audit.mjs [--strict]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Package -> why its advisories are accepted. Only while it is reached through danfojs-node alone. */
export const ACCEPTED = {
  'danfojs-node': 'reported for the packages below, which it depends on',
  xlsx: 'prototype pollution and ReDoS when reading spreadsheets: office-sim never reads spreadsheets with danfojs-node',
  request: 'server-side request forgery via redirects: used by danfojs-node to read URLs, which office-sim never does',
  'form-data': 'predictable multipart boundaries: only in request (above)',
  'tough-cookie': 'prototype pollution in cookie jars: only in request (above)',
  qs: 'prototype pollution / denial of service in query strings: only in request (above)',
};
export const THROUGH = 'danfojs-node';

/** Every path from the root to each package in `npm ls --all --json` output: name -> list of ancestor chains. */
export function packagePaths(tree) {
  const paths = new Map();
  const walk = (node, chain) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (!paths.has(name)) paths.set(name, []);
      paths.get(name).push(chain);
      if (chain.length < 50) walk(child, [...chain, name]);
    }
  };
  walk(tree, []);
  return paths;
}

/**
 * Judges an `npm audit --json` report against the accepted list, with the dependency tree. Returns
 * { status: 'unreachable' | 'ok' | 'failed', lines }.
 */
export function judgeAudit(report, tree) {
  if (report === null || typeof report !== 'object' || typeof report.vulnerabilities !== 'object' || report.vulnerabilities === null) {
    const why = report?.message ?? report?.error?.summary ?? 'no report';
    return { status: 'unreachable', lines: [`npm audit: the advisory service could not be reached (${String(why).split('\n')[0]}): dependency check skipped, not failed`] };
  }
  const paths = packagePaths(tree);
  const lines = [];
  let failed = false;
  for (const [name, v] of Object.entries(report.vulnerabilities)) {
    const via = (v.via ?? []).map((x) => (typeof x === 'string' ? x : `${x.title ?? 'advisory'}${x.url ? ` (${x.url})` : ''}`)).join('; ');
    if (!Object.hasOwn(ACCEPTED, name)) {
      failed = true;
      lines.push(`NEW ADVISORY: ${name} (${v.severity}): ${via}`);
      continue;
    }
    const chains = paths.get(name) ?? [];
    const elsewhere = chains.filter((chain) => name !== THROUGH && !chain.includes(THROUGH));
    if (elsewhere.length > 0) {
      failed = true;
      lines.push(`${name} is accepted only under ${THROUGH}, but is also reached through ${elsewhere.map((c) => c.join(' > ') || '(the project itself)').join(', ')}`);
      continue;
    }
    lines.push(`accepted: ${name} (${v.severity}): ${ACCEPTED[name]}`);
  }
  for (const name of Object.keys(ACCEPTED)) {
    if (!Object.hasOwn(report.vulnerabilities, name)) lines.push(`note: ${name} is no longer reported; it can leave the accepted list`);
  }
  lines.push(failed ? 'npm audit: advisories not accepted (see above)' : 'npm audit: only the accepted advisories under danfojs-node');
  return { status: failed ? 'failed' : 'ok', lines };
}

function npmJson(args) {
  const r = spawnSync('npm', args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(r.stdout);
  } catch {
    return { message: (r.stderr || r.error?.message || 'npm gave no JSON').trim() };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const strict = process.argv.includes('--strict');
  const report = npmJson(['audit', '--omit=dev', '--json']);
  const tree = npmJson(['ls', '--omit=dev', '--all', '--json']);
  const { status, lines } = judgeAudit(report, tree);
  for (const line of lines) console.log(line);
  process.exit(status === 'failed' || (status === 'unreachable' && strict) ? 1 : 0);
}
