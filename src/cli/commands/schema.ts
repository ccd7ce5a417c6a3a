/** `office-sim schema`: the JSON Schema of scenario files, for editors (also scenarios/schema.json). */
import { Command } from 'commander';

export function schemaCommand(): Command {
  return new Command('schema')
    .summary('print the JSON Schema of scenario files')
    .description('Prints the JSON Schema (draft-07) of the scenario format on stdout, for editors that complete and check YAML or JSON files.')
    .addHelpText('after', '\nExample:\n  $ npx office-sim schema > scenario.schema.json\n')
    .action(async () => {
      const { scenarioJsonSchema } = await import('../../sim/schema.js');
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}
