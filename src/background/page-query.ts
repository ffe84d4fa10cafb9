/**
 * Asking a tab's content script about its page. The host comes from the content script's answer, so
 * the extension needs neither the "tabs" permission nor host access to read tab URLs.
 */
import { browser } from '../browser';
import type { GetPageState, PageState } from '../messages';

/** The page's state, or null when no content script answers (a browser page, a PDF, a tab opened before install). */
export async function queryPageState(tabId: number): Promise<PageState | null> {
  const request: GetPageState = { type: 'get-page-state' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request);
    return isPageState(answer) ? answer : null;
  } catch {
    return null;
  }
}

function isPageState(value: unknown): value is PageState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<PageState>;
  return typeof state.host === 'string' && typeof state.active === 'boolean' && Array.isArray(state.claims);
}
