/**
 * The settings as preact state: loaded once, kept current when any part of the extension changes them,
 * and written through the pure edits. A failed write is kept as an error message for the page to show.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings } from '../../messaging/settings-store';
import type { Settings } from '../../settings';

export interface SettingsState {
  settings: Settings | null;
  error: string | null;
  edit: (change: (settings: Settings) => Settings) => Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (loaded) => live && setSettings(loaded),
      (failure: unknown) => live && setError(`The settings could not be read (${String(failure)}).`),
    );
    const stop = watchSettings((changed) => setSettings(changed));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const edit = useCallback(async (change: (settings: Settings) => Settings) => {
    try {
      setSettings(await updateSettings(change));
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, []);

  return { settings, error, edit };
}
