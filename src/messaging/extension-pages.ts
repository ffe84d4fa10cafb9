/**
 * What ClaimLens's own pages (popup, options, welcome) need of the browser besides messages: the tab the
 * popup speaks for, the way to the settings, the reports a tab's content script sends, and the address
 * of a file the extension ships.
 */
import { browser, type Browser } from '../browser';
import { MESSAGE_SCHEMAS } from './schemas';
import * as v from 'valibot';

/** The active tab of the current window, or null when it has no id (a devtools window, say). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** The address of a file inside the extension, such as the example fact pack. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/**
 * Calls back whenever the content script of `tabId` reports its claims (a report reaches every extension
 * page as well as the background); returns a function that stops listening.
 */
export function onClaimsReport(tabId: number, callback: () => void): () => void {
  const listener = (message: unknown, sender: Browser.Runtime.MessageSender): undefined => {
    if (sender.id === browser.runtime.id && sender.tab?.id === tabId && v.is(MESSAGE_SCHEMAS['claims-report'], message)) callback();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
