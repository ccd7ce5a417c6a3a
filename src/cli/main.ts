#!/usr/bin/env node
/** Entry point of the `office-sim` binary (package.json `bin`: dist/cli/main.js). */
import { main } from './program.js';

// Piping into `head` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
