/**
 * SIGINT and SIGTERM for a whole command: the first signal asks the command to stop at the next safe
 * point (between replications, between output files) and end with exit 3 after saving what was done;
 * a second one ends the process at once, still with exit 3. Without this, a signal that arrives
 * while outputs are written would kill the process with 143 and no word.
 */
import { setMaxListeners } from 'node:events';
import { InterruptedError } from './exit.js';

export class Interrupts {
  private readonly controller = new AbortController();
  private received: NodeJS.Signals | null = null;
  private readonly handler = (signal: NodeJS.Signals): void => {
    if (this.received !== null) {
      process.stderr.write(`\noffice-sim: ${signal} again: stopping now\n`);
      process.exit(3);
    }
    this.received = signal;
    this.controller.abort();
  };

  private constructor() {
    // Every job in flight listens to this signal (two per thread); that is not a leak.
    setMaxListeners(0, this.controller.signal);
    process.on('SIGINT', this.handler);
    process.on('SIGTERM', this.handler);
  }

  /** Starts listening for SIGINT and SIGTERM. */
  static trap(): Interrupts {
    return new Interrupts();
  }

  /** Aborted on the first signal. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The signal received, if any. */
  get by(): NodeJS.Signals | null {
    return this.received;
  }

  /** Throws InterruptedError (exit 3) with `message(signal)` when a signal has arrived. */
  check(message: (signal: NodeJS.Signals) => string): void {
    if (this.received !== null) throw new InterruptedError(message(this.received));
  }

  /** Stops listening: signals get their default behaviour again. */
  release(): void {
    process.off('SIGINT', this.handler);
    process.off('SIGTERM', this.handler);
  }
}
