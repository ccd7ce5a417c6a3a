/**
 * Atomic file writes: the data goes to a temporary file in the same directory, then a rename puts
 * it in place, so a reader (or a resumed run) sees either the old file or the whole new one, never
 * a torn write, even when the process is killed midway. Large outputs are streamed in chunks (never
 * built as one string, which JavaScript caps at about 512 MB), and every write returns the SHA-256
 * of what it wrote, for the manifest.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

let counter = 0;

/** Temporary files start with this, so loaders can skip leftovers of a killed write. */
export const TEMP_PREFIX = '.tmp-';

function tempPath(path: string): string {
  return join(dirname(path), `${TEMP_PREFIX}${process.pid}-${++counter}-${basename(path)}`);
}

/** Writes `data` to `path` atomically, creating the directory if needed; resolves to its SHA-256. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPath(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return createHash('sha256').update(data).digest('hex');
}

/** Chunks are gathered up to this many characters per write: few system calls, bounded memory. */
const FLUSH_CHARS = 1 << 16;

/**
 * Writes the concatenation of `chunks` to `path` atomically, streaming (memory stays bounded by the
 * largest chunk), and resolves to the SHA-256 of the bytes written.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPath(path);
  const hash = createHash('sha256');
  const out = createWriteStream(temp);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  try {
    let buffer = '';
    const flush = async (): Promise<void> => {
      hash.update(buffer);
      if (!out.write(buffer)) await Promise.race([once(out, 'drain'), failed]);
      buffer = '';
    };
    for await (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= FLUSH_CHARS) await flush();
    }
    if (buffer !== '') await flush();
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(temp, path);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
  return hash.digest('hex');
}
