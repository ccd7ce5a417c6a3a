import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations
import { judgeAudit } from '../../scripts/audit.mjs';

type Accepted = { through: string; packages: Record<string, string> };
type Judge = (report: unknown, tree: unknown, accepted?: Accepted) => { status: string; lines: string[] };
/** The check as it stood while danfojs-node was a dependency: its advisories accepted, only under it. */
const danfo: Accepted = {
  through: 'danfojs-node',
  packages: {
    'danfojs-node': 'reported for the packages below',
    xlsx: 'never reads spreadsheets',
    request: 'never reads URLs',
    'form-data': 'only in request',
    'tough-cookie': 'only in request',
    qs: 'only in request',
  },
};
const judge = (report: unknown, tree: unknown) => (judgeAudit as Judge)(report, tree, danfo);

/** The production tree as npm ls --all --json shows it (trimmed to what matters). */
const tree = {
  dependencies: {
    'danfojs-node': {
      dependencies: {
        request: { dependencies: { 'form-data': {}, qs: {}, 'tough-cookie': {} } },
        xlsx: {},
        '@tensorflow/tfjs-node': { dependencies: { '@tensorflow/tfjs-data': { dependencies: { '@types/node-fetch': { dependencies: { 'form-data': {} } } } } } },
      },
    },
    yaml: {},
  },
};

const advisory = (title: string) => ({ severity: 'high', via: [{ title, url: 'https://github.com/advisories/GHSA-xxxx' }] });
const accepted = {
  'danfojs-node': { severity: 'high', via: ['xlsx', 'request'] },
  xlsx: advisory('Prototype Pollution in sheetJS'),
  request: advisory('Server-Side Request Forgery in Request'),
  'form-data': advisory('form-data uses unsafe random function'),
  'tough-cookie': advisory('tough-cookie Prototype Pollution'),
  qs: advisory('qs prototype pollution'),
};

describe('the dependency audit check', () => {
  it('passes with exactly the accepted advisories under danfojs-node', () => {
    const r = judge({ vulnerabilities: accepted }, tree);
    expect(r.status).toBe('ok');
    expect(r.lines.at(-1)).toBe('npm audit: only the accepted advisories under danfojs-node');
  });

  it('fails on any new advisory', () => {
    const r = judge({ vulnerabilities: { ...accepted, yaml: advisory('a new one') } }, tree);
    expect(r.status).toBe('failed');
    expect(r.lines).toContain('NEW ADVISORY: yaml (high): a new one (https://github.com/advisories/GHSA-xxxx)');
  });

  it('fails when an accepted package is reached other than through danfojs-node', () => {
    const wider = { dependencies: { ...tree.dependencies, qs: {} } };
    const r = judge({ vulnerabilities: accepted }, wider);
    expect(r.status).toBe('failed');
    expect(r.lines.join('\n')).toContain('qs is accepted only under danfojs-node, but is also reached through (the project itself)');
  });

  it('today accepts nothing: any advisory fails, none passes', () => {
    expect((judgeAudit as Judge)({ vulnerabilities: {} }, tree).lines.at(-1)).toBe('npm audit: no advisories');
    expect((judgeAudit as Judge)({ vulnerabilities: { yaml: advisory('a new one') } }, tree).status).toBe('failed');
  });

  it('says so, and does not fail, when the advisory service cannot be reached', () => {
    const r = judge({ message: 'audit endpoint returned an error', statusCode: 405 }, tree);
    expect(r.status).toBe('unreachable');
    expect(r.lines[0]).toBe('npm audit: the advisory service could not be reached (audit endpoint returned an error): dependency check skipped, not failed');
  });
});
