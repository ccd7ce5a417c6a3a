/**
 * Share links: the whole scenario file in the URL fragment, so a link opens the same office on
 * another machine with no server. The file is written as compact JSON, compressed with the
 * browser's built-in `deflate-raw` CompressionStream and encoded base64url: `#scenario=1.<data>`.
 * The leading `1.` is the encoding's version, so later encodings can still read old links.
 * Fragments are never sent to a server, so the scenario stays on the viewer's machine.
 */

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

/** Decodes a fragment value made by {@link encodeScenario}; throws `invalid share data: ...`. */
export async function decodeScenario(value: string): Promise<unknown> {
  const dot = value.indexOf('.');
  const version = dot < 0 ? '' : value.slice(0, dot);
  if (version !== VERSION) throw new Error(`invalid share data: version ${JSON.stringify(version)} (this app reads ${VERSION})`);
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(value.slice(dot + 1)), new DecompressionStream('deflate-raw'));
  } catch (error) {
    throw new Error(`invalid share data: ${error instanceof Error ? error.message : String(error)} (the link may be cut short)`);
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
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
