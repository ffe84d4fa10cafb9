/**
 * The state of the page in the target tab, as its content script tells it, kept current while the
 * popup is open: the content script's claim reports reach every extension page, and a settings change
 * makes the page repaint, after which it is asked again.
 */
import { useEffect, useState } from 'preact/hooks';
import { queryPageState } from '../../messaging/page-query';
import { watchSettings } from '../../messaging/settings-store';
import type { PageState } from '../../messages';
import { onClaimsReport } from '../../messaging/extension-pages';

export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; page: PageState };

/** The content script needs a moment to clear or repaint after a settings change. */
const REQUERY_DELAYS_MS = [200, 800];

/** `tabId` is undefined while the tab is still being found, null when there is none. */
export function usePageState(tabId: number | null | undefined): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });

  useEffect(() => {
    if (tabId === undefined) return undefined;
    if (tabId === null) {
      setStatus({ kind: 'unavailable' });
      return undefined;
    }
    let live = true;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const ask = (): void => {
      void queryPageState(tabId).then((page) => {
        if (live) setStatus(page ? { kind: 'ready', page } : { kind: 'unavailable' });
      });
    };
    ask();
    const stopListening = onClaimsReport(tabId, ask);
    const stopWatching = watchSettings(() => {
      for (const delay of REQUERY_DELAYS_MS) timers.push(setTimeout(ask, delay));
    });
    return () => {
      live = false;
      timers.forEach(clearTimeout);
      stopListening();
      stopWatching();
    };
  }, [tabId]);

  return status;
}
