/**
 * Atomic file writes: the data goes to a temporary file in the same directory, then a rename puts
 * it in place, so a reader (or a resumed run) sees either the old file or the whole new one, never
 * a torn write, even when the process is killed midway.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Temporary files start with this, so loaders can skip leftovers of a killed write. */
export const TEMP_PREFIX = '.tmp-';

/** Writes `data` to `path` atomically, creating the directory if needed. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${TEMP_PREFIX}${process.pid}-${++counter}-${basename(path)}`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
