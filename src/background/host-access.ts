/**
 * The background's half of host access (messaging/host-access.ts has the pages' half): remembers the tab
 * an extension page named, and reloads it when the reader grants access, since the content script runs
 * only on pages loaded after the grant and the popup may be closed by then.
 */
import { browser } from '../browser';
import { hasHostAccess } from '../messaging/host-access';
import type { BackgroundProtocol } from '../messaging/protocol';
import { serve } from '../messaging/serve';

/** The tab to reload once access is granted; kept in session storage, as the background may be stopped meanwhile. */
const PENDING_RELOAD_KEY = 'reloadWhenGranted';

export function listenForGrants(): void {
  serve<BackgroundProtocol>({
    // Only ClaimLens's own pages may ask (a content script speaks for a web page).
    'reload-when-granted': {
      from: ['extension'],
      handle: (message) => {
        void browser.storage.session.set({ [PENDING_RELOAD_KEY]: message.tabId });
        return undefined;
      },
    },
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
