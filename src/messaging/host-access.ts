/**
 * Whether ClaimLens may read web pages. Chromium grants the manifest's host access at install. Firefox
 * (Manifest V3) leaves it to the reader, who may grant it, refuse it or take it back; without it the
 * content script does not run at all, so no page can say why it is silent and the browser must be asked.
 * The origins asked for are exactly the manifest's `host_permissions` (the content script's matches).
 * The background's half (reloading the tab once access arrives) is background/host-access.ts.
 */
import { browser, type Browser } from '../browser';
import { notifyBackground } from './send';

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
  notifyBackground({ type: 'reload-when-granted', tabId });
}
