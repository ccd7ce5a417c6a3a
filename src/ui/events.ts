/**
 * Events that cross elements. They bubble and are composed (they leave shadow roots), so the app
 * shell hears every edit and command from however deep an element sends it, and applies it to the
 * store: state flows down as properties, changes flow up as these events.
 */
import type { Path } from '../sim/scenario-file/path.js';

/** Sets one value of the scenario draft: `value` undefined removes the key (or list entry). */
export class ScenarioEditEvent extends Event {
  static readonly eventName = 'scenario-edit' as const;
  constructor(
    readonly path: Path,
    readonly value: unknown,
  ) {
    super(ScenarioEditEvent.eventName, { bubbles: true, composed: true });
  }
}

export const COMMANDS = ['run', 'cancel', 'keep-baseline', 'clear-baseline', 'restore-baseline', 'rerun-baseline', 'dismiss-notice', 'undo-load'] as const;
export type Command = (typeof COMMANDS)[number];

/** Asks the shell to do something with the state: run, cancel, keep or clear the baseline... */
export class CommandEvent extends Event {
  static readonly eventName = 'app-command' as const;
  constructor(readonly command: Command) {
    super(CommandEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'scenario-edit': ScenarioEditEvent;
    'app-command': CommandEvent;
  }
}
