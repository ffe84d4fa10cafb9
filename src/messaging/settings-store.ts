/**
 * Reading and writing the settings in browser.storage.local. Every writer goes through `updateSettings`,
 * which turns a storage failure (quota, a closed extension context) into a SettingsWriteError with a
 * message fit to show, so callers can say what went wrong instead of losing the change silently.
 */
import { browser } from '../browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../settings';

export class SettingsWriteError extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`The setting could not be saved (${reason}).`, { cause });
    this.name = 'SettingsWriteError';
  }
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Applies a pure edit to the stored settings and returns what was saved. */
export async function updateSettings(edit: (settings: Settings) => Settings): Promise<Settings> {
  let next: Settings;
  try {
    next = edit(await loadSettings());
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
  } catch (error) {
    throw new SettingsWriteError(error);
  }
  return next;
}

/** Calls back with the new settings whenever any part of the extension changes them; returns a stop function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
