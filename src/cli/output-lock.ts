/**
 * One command at a time per output directory: `<out>/.office-sim.lock` holds the owner's pid, host,
 * start time and command, created exclusively (O_EXCL) before anything is computed, refreshed every
 * few seconds while the command runs, and removed when it ends, however it ends. A second command
 * into the same directory is refused (exit 2) with who holds it.
 *
 * A lock is stale, and taken over, when its owner is gone: on the same host, no process has its pid;
 * on any host, it has not been refreshed for STALE_AFTER_MS (the owner was killed with SIGKILL or its
 * machine went away; batch engines restart preempted jobs on other machines).
 */
import { rmSync } from 'node:fs';
import { open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './exit.js';

export const LOCK_FILE = '.office-sim.lock';
/** The owner refreshes the lock this often... */
const REFRESH_MS = 5_000;
/** ...so a lock not refreshed for this long has lost its owner. */
export const STALE_AFTER_MS = 60_000;

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** ISO time the owner started. */
  readonly started: string;
  /** What the owner runs, e.g. `run`. */
  readonly command: string;
}

export interface OutputLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<{ owner: LockOwner | null; ageMs: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let owner: LockOwner | null = null;
    try {
      const value = JSON.parse(text) as LockOwner;
      if (Number.isSafeInteger(value.pid) && typeof value.host === 'string') owner = value;
    } catch {
      // A lock torn by a crash while it was written: its age decides.
    }
    return { owner, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why the lock at `path` is stale, or null when its owner may still be running. */
function staleReason(found: { owner: LockOwner | null; ageMs: number }): string | null {
  if (found.ageMs > STALE_AFTER_MS) return `not refreshed for ${Math.round(found.ageMs / 1000)} s`;
  if (found.owner !== null && found.owner.host === hostname() && !alive(found.owner.pid)) return `process ${found.owner.pid} has ended`;
  return null;
}

/**
 * Takes the lock of `dir` (which must exist) for `command`; throws UsageError (exit 2) naming the
 * holder when another live command has it. Resolves to the lock, to be released at the end.
 */
export async function lockOutput(dir: string, command: string, onStale: (note: string) => void): Promise<OutputLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${JSON.stringify(me)}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const found = await readOwner(path);
      if (found === null) continue; // released meanwhile: try again
      const stale = staleReason(found);
      if (stale === null || attempt > 2) {
        const who = found.owner === null ? 'another command' : `${found.owner.command} (pid ${found.owner.pid} on ${found.owner.host}, started ${found.owner.started})`;
        throw new UsageError(
          `${dir} is in use by ${who}: two commands writing one output directory would mix their results. ` +
            `Wait for it to finish, or use another --out. If that command is gone, remove ${path}`,
        );
      }
      onStale(`note: taking over the lock of ${dir}: ${stale}`);
      await rm(path, { force: true });
    }
  }
  // A second Ctrl-C ends the process with process.exit: the lock goes with it.
  const onExit = (): void => rmSync(path, { force: true });
  process.once('exit', onExit);
  const refresh = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => {});
  }, REFRESH_MS);
  refresh.unref();
  return {
    async release() {
      clearInterval(refresh);
      process.off('exit', onExit);
      await rm(path, { force: true });
    },
  };
}
