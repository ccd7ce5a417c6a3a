/**
 * `office-sim merge DIR... --out DIR`: combines the outputs of the n shards of one batch into the
 * output the unsharded command gives, byte for byte: the shards' results are concatenated in
 * replication order and finished by the same code.
 */
import { join } from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../exit.js';
import type { Period } from '../../analysis/period.js';
import { note } from '../notes.js';
import { perOption } from '../options.js';
import type { StoredBatch } from '../read-output.js';

/** Refuses a merge whose results cannot all be held in memory, from the shards' file sizes, before reading them. */
async function checkMergeFits(dirs: readonly string[]): Promise<void> {
  const [{ stat }, { readManifest, unitFiles }, { checkFits }] = await Promise.all([
    import('node:fs/promises'),
    import('../output-dir.js'),
    import('../run-size.js'),
  ]);
  let bytes = 0;
  let count = 0;
  for (const dir of dirs) {
    const manifest = await readManifest(dir).catch(() => null);
    for (const unit of manifest?.units ?? []) {
      bytes += (await stat(join(dir, unitFiles(unit.id).results)).catch(() => ({ size: 0 }))).size;
    }
    if (manifest?.shard && manifest.shard.index === 1) count += manifest.units.reduce((n, u) => n + u.replications, 0);
  }
  if (count > 0) checkFits(count, bytes / count, true);
}

export function mergeCommand(): Command {
  return new Command('merge')
    .summary('combine the outputs of --shard runs into the unsharded output')
    .description(
      'Reads the output directories of all n shards of one run, compare or sweep (each made with ' +
        '--shard k/n --out DIR) and writes the output the unsharded command would have written, ' +
        'byte for byte, to --out; prints its table (or JSON with --json).',
    )
    .argument('<dir...>', 'shard output directories, in any order')
    .requiredOption('-o, --out <dir>', 'where the merged output goes')
    .option('--json', 'print the JSON output instead of the table')
    .option('--report', 'also write the HTML report into --out')
    .addOption(perOption())
    .option('-q, --quiet', 'no notes on stderr')
    .option('--force', 'write into an --out directory that is not an office-sim output (files of the same names are replaced; nothing else is removed)')
    .addHelpText(
      'after',
      '\nExample:\n' +
        '  $ for k in 1 2 3 4; do office-sim run scenarios/reference-office.yaml -r 200 --shard $k/4 --out out/shard-$k; done\n' +
        '  $ npx office-sim merge out/shard-* --out out/reference\n',
    )
    .action(async (dirs: string[], options: { out: string; json?: boolean; report?: boolean; quiet?: boolean; force?: boolean; per?: Period }) => {
      const [{ NotAnOutputError, readBatch }, { mergeResults, orderShards }, { finishBatch }, { withOutput }, { Interrupts }] = await Promise.all([
        import('../read-output.js'),
        import('../merge-shards.js'),
        import('../finish.js'),
        import('./execute.js'),
        import('../interrupt.js'),
      ]);
      const interrupts = Interrupts.trap();
      try {
        // The output directory is claimed and locked before the shards are read.
        await withOutput(options.out, 'merge', options, async (previous) => {
          await checkMergeFits(dirs);
          const batches: StoredBatch[] = [];
          for (const dir of dirs) {
            try {
              batches.push(await readBatch(dir));
            } catch (error) {
              if (error instanceof NotAnOutputError) throw new UsageError(error.message);
              throw error;
            }
          }
          const shards = orderShards(batches);
          const results = mergeResults(shards);
          const reports = await finishBatch(shards[0]!.plan, results, {
            outDir: options.out,
            json: options.json ?? false,
            report: options.report ?? false,
            previous,
            interrupts,
          });
          note(options.quiet, `merged ${shards.length} shards into ${options.out}${reports.length > 0 ? ' (with report)' : ''}`);
        });
      } finally {
        interrupts.release();
      }
    });
}
