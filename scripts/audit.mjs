// The dependency check: `npm audit` must report nothing but the advisories accepted below, each
// only while it is reached through the one package its acceptance names. Every library is bundled
// into what office-sim ships (the CLI bundle, the web app), so every dependency is audited, not only
// production ones. Any other advisory, or an accepted package that another dependency starts to pull
// in, fails.
//
// When the advisory service cannot be reached (an offline machine, a registry mirror without the
// audit endpoint) the check says so and passes: it cannot judge what it cannot see. --strict fails then.
//
//   node scripts/audit.mjs [--strict]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Advisories accepted: package -> why, and the one package through which alone it may be reached.
 * Empty since danfojs-node left (its spreadsheet and URL readers carried the last accepted ones).
 */
export const ACCEPTED = { through: '', packages: {} };

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
export function judgeAudit(report, tree, accepted = ACCEPTED) {
  const { through: THROUGH, packages: ACCEPTED_PACKAGES } = accepted;
  if (report === null || typeof report !== 'object' || typeof report.vulnerabilities !== 'object' || report.vulnerabilities === null) {
    const why = report?.message ?? report?.error?.summary ?? 'no report';
    return { status: 'unreachable', lines: [`npm audit: the advisory service could not be reached (${String(why).split('\n')[0]}): dependency check skipped, not failed`] };
  }
  const paths = packagePaths(tree);
  const lines = [];
  let failed = false;
  for (const [name, v] of Object.entries(report.vulnerabilities)) {
    const via = (v.via ?? []).map((x) => (typeof x === 'string' ? x : `${x.title ?? 'advisory'}${x.url ? ` (${x.url})` : ''}`)).join('; ');
    if (!Object.hasOwn(ACCEPTED_PACKAGES, name)) {
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
    lines.push(`accepted: ${name} (${v.severity}): ${ACCEPTED_PACKAGES[name]}`);
  }
  for (const name of Object.keys(ACCEPTED_PACKAGES)) {
    if (!Object.hasOwn(report.vulnerabilities, name)) lines.push(`note: ${name} is no longer reported; it can leave the accepted list`);
  }
  lines.push(failed ? 'npm audit: advisories not accepted (see above)' : THROUGH ? `npm audit: only the accepted advisories under ${THROUGH}` : 'npm audit: no advisories');
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
  const report = npmJson(['audit', '--json']);
  const tree = npmJson(['ls', '--all', '--json']);
  const { status, lines } = judgeAudit(report, tree);
  for (const line of lines) console.log(line);
  process.exit(status === 'failed' || (status === 'unreachable' && strict) ? 1 : 0);
}
