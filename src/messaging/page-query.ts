/**
 * Asking a tab's content script about its page. The host comes from the content script's answer, so
 * the extension needs neither the "tabs" permission nor host access to read tab URLs.
 */
import type { PageState } from '../messages';
import { askTab } from './send';

/** The page's state, or null when no content script answers (a browser page, a PDF, a tab opened before install). */
export async function queryPageState(tabId: number): Promise<PageState | null> {
  return askTab(tabId, { type: 'get-page-state' }).catch(() => null);
}
