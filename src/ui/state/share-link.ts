/**
 * Share links: the whole scenario file in the URL fragment, so a link opens the same office on
 * another machine with no server. The file is written as compact JSON, compressed with the
 * browser's built-in `deflate-raw` CompressionStream and encoded base64url: `#scenario=1.<data>`.
 * The leading `1.` is the encoding's version, so later encodings can still read old links.
 * Fragments are never sent to a server, so the scenario stays on the viewer's machine.
 *
 * A link is input from anyone: a few hundred kilobytes of deflate can inflate to gigabytes. Links
 * are inflated in small steps with a running count and abandoned the moment the count passes the
 * scenario file size limit (LIMITS.fileBytes), so a hostile link costs at most about that much memory.
 */

import { formatBytes, LIMITS } from '../../sim/scenario-file/limits.js';

/** The fragment parameter holding the scenario. */
export const SHARE_PARAMETER = 'scenario';
const VERSION = '1';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** RFC 4648 base64url without padding: safe in a URL fragment without escaping. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error(`invalid share data: not base64url`);
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes a scenario file (any JSON value) as the fragment value `1.<data>`. */
export async function encodeScenario(file: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  return `${VERSION}.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1032:1, so one
 * step yields at most about 1 MB: inflating stops within that of the limit.
 */
const INFLATE_STEP = 1024;

/** Thrown when a link inflates past its limit; `inflated` is how far inflating went before it stopped. */
export class ShareLinkTooLargeError extends Error {
  override readonly name = 'ShareLinkTooLargeError';
  constructor(
    readonly limit: number,
    readonly inflated: number,
  ) {
    super(`invalid share data: the office in this link is larger than ${formatBytes(limit)} once unpacked, more than this app opens`);
  }
}

/**
 * Inflates `deflate-raw` bytes, feeding them `INFLATE_STEP` bytes at a time and counting the output
 * as it comes; past `limit` bytes it cancels the stream and throws ShareLinkTooLargeError.
 */
export async function inflateLimited(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const reading = (async (): Promise<unknown> => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        total += value.byteLength;
        if (total > limit) {
          over = true;
          await reader.cancel().catch(() => undefined);
          return null;
        }
        chunks.push(value);
      }
    } catch (error) {
      return error ?? new Error('the data could not be inflated');
    }
  })();
  let writeError: unknown = null;
  try {
    for (let at = 0; at < bytes.length && !over; at += INFLATE_STEP) await writer.write(bytes.subarray(at, at + INFLATE_STEP) as Uint8Array<ArrayBuffer>);
    if (!over) await writer.close();
  } catch (error) {
    writeError = error;
  }
  const readError = await reading;
  if (over) throw new ShareLinkTooLargeError(limit, total);
  const error = readError ?? writeError;
  if (error !== null) throw error instanceof Error ? error : new Error(String(error));
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * The scenario text (JSON) in a fragment value made by {@link encodeScenario}; throws
 * `invalid share data: ...`, also when the text would be larger than `limit` bytes.
 */
export async function decodeScenarioText(value: string, limit: number = LIMITS.fileBytes): Promise<string> {
  const dot = value.indexOf('.');
  const version = dot < 0 ? '' : value.slice(0, dot);
  if (version !== VERSION) throw new Error(`invalid share data: version ${JSON.stringify(version)} (this app reads ${VERSION})`);
  let bytes: Uint8Array;
  try {
    bytes = await inflateLimited(fromBase64Url(value.slice(dot + 1)), limit);
  } catch (error) {
    if (error instanceof ShareLinkTooLargeError) throw error;
    throw new Error(`invalid share data: ${error instanceof Error ? error.message : String(error)} (the link may be cut short)`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('invalid share data: not a scenario (the link may be cut short)');
  }
}

/** Decodes a fragment value made by {@link encodeScenario}; throws `invalid share data: ...`. */
export async function decodeScenario(value: string, limit: number = LIMITS.fileBytes): Promise<unknown> {
  const text = await decodeScenarioText(value, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('invalid share data: not a scenario (the link may be cut short)');
  }
}

/** A full share URL: `base` (the page address, any fragment dropped) with the scenario in its fragment. */
export async function shareUrl(base: string, file: unknown): Promise<string> {
  const page = base.split('#')[0]!;
  return `${page}#${SHARE_PARAMETER}=${await encodeScenario(file)}`;
}

/** The encoded scenario in a URL fragment (`#scenario=...`), or null when the fragment has none. */
export function sharedValue(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAMETER);
}
