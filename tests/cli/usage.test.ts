/** Bad command lines end with exit code 2 and a usage message on stderr; help exits 0. */
import { describe, expect, it } from 'vitest';
import { cli, SMALL } from './helpers.js';

function expectUsageError(args: string[], message: RegExp, command?: string): void {
  const r = cli(args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  if (command !== undefined) expect(r.stderr).toContain(`usage: office-sim ${command} `);
}

describe('usage errors exit with 2 and say how to call the command', () => {
  it('no command at all prints the help', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: office-sim');
  });

  it('an unknown command or option', () => {
    expectUsageError(['simulate', SMALL], /unknown command 'simulate'/);
    expectUsageError(['run', SMALL, '--replicatoins', '5'], /unknown option '--replicatoins'/, 'run');
  });

  it('a missing argument or mandatory option', () => {
    expectUsageError(['run'], /missing required argument 'file'/, 'run');
    expectUsageError(['compare', SMALL], /missing required argument 'other'/, 'compare');
    expectUsageError(['sweep', SMALL], /--vary <path=values>' not specified/, 'sweep');
    expectUsageError(['merge', 'a', 'b'], /--out <dir>' not specified/, 'merge');
    expectUsageError(['report', SMALL], /--out <file>' not specified/, 'report');
  });

  it('option values out of range name the option and the value', () => {
    expectUsageError(['run', SMALL, '--replications', '0'], /invalid --replications: 0 \(an integer from 1 to 100000\)/, 'run');
    expectUsageError(['run', SMALL, '-r', 'ten'], /invalid --replications: ten/, 'run');
    expectUsageError(['run', SMALL, '--threads', '0'], /invalid --threads: 0/, 'run');
    expectUsageError(['run', SMALL, '--seed', '1.5'], /invalid --seed: 1.5/, 'run');
    expectUsageError(['run', SMALL, '--shard', '5/4', '--out', 'x'], /invalid --shard: 5\/4 \(k must be 1 to 4\)/, 'run');
    expectUsageError(['sweep', SMALL, '--vary', 'policy.frontMinimum'], /invalid --vary: policy.frontMinimum \(expected PATH=VALUES/, 'sweep');
    expectUsageError(['sweep', SMALL, '--vary', 'policy.frontMinimum=3..1'], /invalid range: 3..1/, 'sweep');
  });

  it('option combinations that cannot work', () => {
    expectUsageError(['run', SMALL, '--shard', '1/2'], /--shard needs --out DIR/, 'run');
    expectUsageError(['run', SMALL, '--report'], /--report needs --out DIR/, 'run');
    expectUsageError(['sweep', SMALL, '--vary', 'a=1', '--vary', 'a=2'], /a is given twice/, 'sweep');
    expectUsageError(['sweep', SMALL, '--vary', 'staff[9].wagePerHour=10,20'], /index 9 but the list has 3 entries/, 'sweep');
    expectUsageError(['merge', 'tests/cli/fixtures', '--out', 'x'], /no manifest.json/, 'merge');
  });

  it('--help of the program and of each command exits 0 with an example', () => {
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['run', 'compare', 'sweep', 'report', 'validate', 'schema', 'merge']) expect(top.stdout).toContain(command);
    for (const command of ['run', 'compare', 'sweep', 'report', 'validate', 'schema', 'merge']) {
      const r = cli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/Examples?:\n {2}\$ \S/);
    }
  });
});
