/**
 * Notes for people on stderr (never data): warnings, where files went. Silenced by --quiet. Notes
 * may echo input (names, paths): control characters are shown escaped, never sent to the terminal.
 */
import { escapeControls } from '../sim/scenario-file/text-safety.js';

export function note(quiet: boolean | undefined, text: string): void {
  if (!quiet) process.stderr.write(`${escapeControls(text)}\n`);
}

/** Scenario warnings (runnable but probably not meant), one per line. */
export function warn(quiet: boolean | undefined, warnings: readonly string[]): void {
  for (const w of warnings) note(quiet, `warning: ${w}`);
}
