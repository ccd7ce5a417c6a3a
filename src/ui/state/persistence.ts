/**
 * Keeps the scenario being edited in the browser's localStorage, so a reload (or tomorrow's visit)
 * finds the office as it was left, valid or not. Only the scenario file and its name are kept:
 * results are recomputed on load, which is fast and keeps storage small.
 */

/** The part of the Web Storage API used here (localStorage, or a stand-in in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_KEY = 'office-sim:scenario:v1';

export interface SavedScenario {
  /** The raw scenario file as edited (may be invalid mid-edit). */
  readonly file: unknown;
  /** The file name it was imported or started from, used in error messages and downloads. */
  readonly fileName: string;
}

/** The saved scenario, or null when none is saved or what is saved cannot be read. */
export function loadSaved(storage: KeyValueStorage | null): SavedScenario | null {
  if (storage === null) return null;
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked by the browser's privacy settings
  }
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { file?: unknown; fileName?: unknown };
    if (value === null || typeof value !== 'object' || value.file === null || typeof value.file !== 'object') return null;
    return { file: value.file, fileName: typeof value.fileName === 'string' ? value.fileName : 'scenario.yaml' };
  } catch {
    return null;
  }
}

/**
 * What became of a save: `saved`; `full` when the browser's storage quota is exceeded (the office
 * saved before stays saved: a failed setItem changes nothing); `blocked` when the browser refuses
 * storage (privacy settings); `off` when there is no storage.
 */
export type SaveOutcome = 'saved' | 'full' | 'blocked' | 'off';

/** Whether an exception from setItem means the quota is exceeded (names differ across browsers). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Saves the scenario, replacing the one saved before; says whether the browser kept it. */
export function save(storage: KeyValueStorage | null, saved: SavedScenario): SaveOutcome {
  if (storage === null) return 'off';
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'blocked';
  }
}

export function clearSaved(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear when storage is blocked
  }
}

/** The page's localStorage, or null where it is unavailable (blocked, or not a browser). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
