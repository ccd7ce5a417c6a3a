import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeScenario, encodeScenario, fromBase64Url, sharedValue, shareUrl, toBase64Url } from '../../../src/ui/state/share-link.js';

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
});
