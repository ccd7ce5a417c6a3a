/** Notes for people on stderr (never data): warnings, where files went. Silenced by --quiet. */

export function note(quiet: boolean | undefined, text: string): void {
  if (!quiet) process.stderr.write(`${text}\n`);
}

/** Scenario warnings (runnable but probably not meant), one per line. */
export function warn(quiet: boolean | undefined, warnings: readonly string[]): void {
  for (const w of warnings) note(quiet, `warning: ${w}`);
}
