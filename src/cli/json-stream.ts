/**
 * JSON text in pieces: the same characters as JSON.stringify(value, null, indent), produced as a
 * sequence of small strings, so a large output (a summary of thousands of sweep points, a file of
 * results) is written or printed without ever being one string. JavaScript strings stop at about
 * 512 MB ("Invalid string length"); these pieces stay as small as one value.
 */

/** Values under this depth are expanded piece by piece; deeper ones are stringified whole (they are small). */
const EXPAND_DEPTH = 3;

export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
  yield* chunks(value, indent, '', 0);
}

function* chunks(value: unknown, indent: number, margin: string, depth: number): Generator<string> {
  if (value === null || typeof value !== 'object' || depth >= EXPAND_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, indent);
    // Nested text gets the margin of where it stands; undefined at the top prints nothing (as JSON.stringify).
    yield text === undefined ? 'null' : margin === '' ? text : text.replace(/\n/g, `\n${margin}`);
    return;
  }
  const inner = margin + ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item = value[i] as unknown;
      yield* chunks(item === undefined || typeof item === 'function' ? null : item, indent, inner, depth + 1);
    }
    yield `\n${margin}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* chunks(v, indent, inner, depth + 1);
  }
  yield `\n${margin}}`;
}

/** One JSON value per line (JSON Lines), in order. */
export function* jsonLines(values: Iterable<unknown>): Generator<string> {
  for (const v of values) yield `${JSON.stringify(v)}\n`;
}

/** Writes chunks to a stream (stdout), waiting whenever it asks to. */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= 1 << 16) {
      if (!stream.write(buffer)) await new Promise((resolve) => stream.once('drain', resolve));
      buffer = '';
    }
  }
  if (buffer !== '' && !stream.write(buffer)) await new Promise((resolve) => stream.once('drain', resolve));
}
