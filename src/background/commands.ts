/** The keyboard commands declared in manifest.json. */
import { browser } from '../browser';
import { queryPageState } from '../messaging/page-query';
import { isSiteSwitchedOff, toggleSite } from '../messaging/settings-edit';
import { updateSettings } from '../messaging/settings-store';

export const TOGGLE_SITE = 'toggle-site';

export type CommandOutcome =
  | { ok: true; host: string; activeOnSite: boolean }
  | { ok: false; reason: string };

/**
 * Runs a command for a tab (the one the browser passes, or the active tab of the focused window).
 * Returns what happened instead of throwing, so the caller can log it and tests can check it.
 */
export async function runCommand(command: string, tabId?: number): Promise<CommandOutcome> {
  if (command !== TOGGLE_SITE) return { ok: false, reason: `unknown command "${command}"` };
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return { ok: false, reason: 'no active tab' };
  const page = await queryPageState(id);
  if (!page) return { ok: false, reason: 'ClaimLens is not running on this tab' };
  try {
    const saved = await updateSettings((settings) => toggleSite(settings, page.host));
    return { ok: true, host: page.host, activeOnSite: !isSiteSwitchedOff(saved, page.host) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
