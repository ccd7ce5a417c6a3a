import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { parse } from 'yaml';
import { LIMITS } from '../../../src/sim/scenario-file/limits.js';
import {
  decodeScenario,
  decodeScenarioText,
  encodeScenario,
  fromBase64Url,
  inflateLimited,
  sharedValue,
  ShareLinkTooLargeError,
  shareUrl,
  toBase64Url,
} from '../../../src/ui/state/share-link.js';

const office = parse(readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8')) as unknown;

describe('share links', () => {
  it('round-trip the default office exactly', async () => {
    const encoded = await encodeScenario(office);
    expect(await decodeScenario(encoded)).toEqual(office);
  });

  it('round-trip names with spaces, accents and symbols', async () => {
    const file = { name: 'Café "Zürich" #1 & co', staff: [{ name: 'zoë', home: 'front desk', skills: { 'front desk': 1 } }] };
    expect(await decodeScenario(await encodeScenario(file))).toEqual(file);
  });

  it('are compressed and use only URL-safe characters', async () => {
    const encoded = await encodeScenario(office);
    expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(JSON.stringify(office).length);
  });

  it('put the scenario in the fragment of the page address, replacing any fragment', async () => {
    const url = await shareUrl('https://example.org/app/index.html#old', { staff: [] });
    expect(url.startsWith('https://example.org/app/index.html#scenario=1.')).toBe(true);
    const value = sharedValue(new URL(url).hash);
    expect(value).not.toBeNull();
    expect(await decodeScenario(value!)).toEqual({ staff: [] });
  });

  it('find no scenario in an unrelated fragment', () => {
    expect(sharedValue('')).toBeNull();
    expect(sharedValue('#section-2')).toBeNull();
  });

  it('reject a cut-short link and an unknown version with a clear error', async () => {
    const encoded = await encodeScenario(office);
    await expect(decodeScenario(encoded.slice(0, 40))).rejects.toThrow(/^invalid share data: .*cut short/);
    await expect(decodeScenario(`9.${encoded.slice(2)}`)).rejects.toThrow('invalid share data: version "9"');
    await expect(decodeScenario('1.not*base64')).rejects.toThrow('invalid share data: not base64url');
  });

  it('base64url-encode every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('stop inflating a link as soon as it passes the size limit (a deflate bomb)', async () => {
    // 64 MB of one letter as a scenario name: about 60 KB of link, 13 times the limit once inflated.
    const bomb = deflateRawSync(Buffer.concat([Buffer.from('{"name":"'), Buffer.alloc(64 * 1024 * 1024, 'a'), Buffer.from('"}')]), { level: 9 });
    const value = `1.${toBase64Url(bomb)}`;
    expect(value.length).toBeLessThan(200_000);
    const error = await decodeScenarioText(value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareLinkTooLargeError);
    expect((error as Error).message).toMatch(/^invalid share data: the office in this link is larger than 5\.0 MB once unpacked/);
    // Inflating stopped within one step (at most about 1 MB) past the limit, not at 64 MB.
    expect((error as ShareLinkTooLargeError).inflated).toBeGreaterThan(LIMITS.fileBytes);
    expect((error as ShareLinkTooLargeError).inflated).toBeLessThan(LIMITS.fileBytes + 1.2 * 1024 * 1024);
  });

  it('inflate exactly up to the limit and no further', async () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const packed = new Uint8Array(deflateRawSync(data));
    expect(await inflateLimited(packed, 300_000)).toEqual(data);
    await expect(inflateLimited(packed, 299_999)).rejects.toBeInstanceOf(ShareLinkTooLargeError);
  });
});
