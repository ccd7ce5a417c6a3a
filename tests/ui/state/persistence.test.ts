import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, clearSaved, loadSaved, save, type KeyValueStorage } from '../../../src/ui/state/persistence.js';

function memory(initial: Record<string, string> = {}): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('the scenario kept in the browser', () => {
  it('is saved and read back with its file name', () => {
    const storage = memory();
    expect(save(storage, { file: { staff: [{ name: 'ana' }] }, fileName: 'branch.yaml' })).toBe('saved');
    expect(loadSaved(storage)).toEqual({ file: { staff: [{ name: 'ana' }] }, fileName: 'branch.yaml' });
    clearSaved(storage);
    expect(loadSaved(storage)).toBeNull();
  });

  it('is ignored when what is stored is not a scenario', () => {
    expect(loadSaved(memory({ [STORAGE_KEY]: 'not json' }))).toBeNull();
    expect(loadSaved(memory({ [STORAGE_KEY]: '{"file": 3}' }))).toBeNull();
    expect(loadSaved(memory({ [STORAGE_KEY]: '{"file": {"staff": []}}' }))).toEqual({ file: { staff: [] }, fileName: 'scenario.yaml' });
  });

  it('fails softly where storage is unavailable or full', () => {
    const full: KeyValueStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {},
    };
    expect(loadSaved(full)).toBeNull();
    expect(save(full, { file: {}, fileName: 'x.yaml' })).toBe('blocked');
    expect(loadSaved(null)).toBeNull();
    expect(save(null, { file: {}, fileName: 'x.yaml' })).toBe('off');
  });

  it('tells a full storage apart, and keeps what was saved before', () => {
    const storage = memory();
    save(storage, { file: { name: 'small' }, fileName: 'small.yaml' });
    const limited: KeyValueStorage = {
      ...storage,
      setItem: (key, value) => {
        if (value.length > 100) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
        storage.setItem(key, value);
      },
    };
    expect(save(limited, { file: { name: 'x'.repeat(200) }, fileName: 'big.yaml' })).toBe('full');
    expect(loadSaved(storage)).toEqual({ file: { name: 'small' }, fileName: 'small.yaml' });
  });
});
