/**
 * The popup's view of ClaimLens's access to web pages, asked of the browser only when the page did not
 * answer (a page that answers proves the access), and the reader's grant from the popup.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { hasHostAccess, reloadWhenGranted, requestHostAccess } from '../../messaging/host-access';

/**
 * unknown: not asked (yet); granted: the page is silent for another reason; missing: the reader has not
 * allowed ClaimLens; denied: the reader just refused the prompt; just-granted: allowed from this popup.
 */
export type HostAccess = 'unknown' | 'granted' | 'missing' | 'denied' | 'just-granted';

/** `tabId` is the tab the popup speaks for, reloaded by the background once access is granted. */
export function useHostAccess(pageSilent: boolean, tabId: number | null): { access: HostAccess; grant: () => void } {
  const [access, setAccess] = useState<HostAccess>('unknown');

  useEffect(() => {
    if (!pageSilent || access !== 'unknown') return undefined;
    let live = true;
    // If the browser cannot say, assume access and keep the general explanation.
    hasHostAccess().then(
      (granted) => live && setAccess(granted ? 'granted' : 'missing'),
      () => live && setAccess('granted'),
    );
    return () => {
      live = false;
    };
  }, [pageSilent, access]);

  const grant = useCallback(() => {
    // Nothing may be awaited before the request: Firefox prompts only within the reader's click.
    if (tabId !== null) reloadWhenGranted(tabId);
    requestHostAccess().then(
      (granted) => setAccess(granted ? 'just-granted' : 'denied'),
      () => setAccess('denied'),
    );
  }, [tabId]);

  return { access, grant };
}
