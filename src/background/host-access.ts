/**
 * Whether ClaimLens may read web pages. Chromium grants the manifest's host access at install. Firefox
 * (Manifest V3) leaves it to the reader, who may grant it, refuse it or take it back; without it the
 * content script does not run at all, so no page can say why it is silent and the browser must be asked.
 * The origins asked for are exactly the manifest's `host_permissions` (the content script's matches).
 */
import { browser, type Browser } from '../browser';
import { isMessageOf, type ReloadWhenGranted } from '../messages';

/** The tab to reload once access is granted; kept in session storage, as the background may be stopped meanwhile. */
const PENDING_RELOAD_KEY = 'reloadWhenGranted';

function webPages(): Browser.Permissions.Permissions {
  return { origins: browser.runtime.getManifest().host_permissions ?? [] };
}

export async function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains(webPages());
}

/**
 * Asks the reader for access to web pages. Firefox only shows the prompt while handling the reader's own
 * click, so call this first thing in the click handler, before anything else is awaited.
 */
export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request(webPages());
}

/** From an extension page: the tab it speaks for is reloaded when the access it is about to ask for is granted. */
export function reloadWhenGranted(tabId: number): void {
  const message: ReloadWhenGranted = { type: 'reload-when-granted', tabId };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Background: remembers the tab an extension page named, and reloads it when the access arrives. */
export function listenForGrants(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.Runtime.MessageSender) => {
    // Only ClaimLens's own pages may ask (a content script's sender has a tab and a web page's URL).
    const fromOwnPage = sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL(''));
    if (fromOwnPage && isMessageOf<ReloadWhenGranted>(message, 'reload-when-granted') && Number.isInteger(message.tabId)) {
      void browser.storage.session.set({ [PENDING_RELOAD_KEY]: message.tabId });
    }
    return undefined;
  });
  browser.permissions.onAdded.addListener(() => void reloadPendingTab());
}

async function reloadPendingTab(): Promise<void> {
  if (!(await hasHostAccess())) return;
  const stored = (await browser.storage.session.get(PENDING_RELOAD_KEY))[PENDING_RELOAD_KEY];
  if (typeof stored !== 'number') return;
  await browser.storage.session.remove(PENDING_RELOAD_KEY);
  // The tab may have been closed while the reader was deciding.
  await browser.tabs.reload(stored).catch(() => undefined);
}
