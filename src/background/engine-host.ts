/**
 * The engine host: runs ClaimLens's engine for the content scripts, off the pages' main threads. A content
 * script sends the article's text once per scan (and once per chunk a live page adds); the claims go back
 * with offsets into that text, with the article's own related facts, and the content script maps them to
 * the page through its offset map.
 *
 * It keeps no state between requests on purpose: Chromium stops an idle service worker (and may stop it in
 * the middle of a scan), Firefox suspends its event page. A scan that was cut off is simply asked for again
 * by the content script, and any copy of the background can answer it.
 */
import { browser, type Browser } from '../browser';
import { analyse } from '../core/analyse';
import { relatedInArticle } from '../core/related';
import type { RelatedFact } from '../core/related/types';
import { isMessageOf, type ScanAnswer, type ScanRequest } from '../messages';
import { checkScanRequest, scanIdOf } from './scan-request';

/** Only ClaimLens's own content scripts (in a tab) ask for scans; nothing else may spend the engine's time. */
function isOwnContentScript(sender: Browser.Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined;
}

/** Runs the engine over one checked request; a request that fails the check is answered with why. */
export function answerScan(message: unknown, now: () => number = () => performance.now()): ScanAnswer {
  const check = checkScanRequest(message);
  if (!check.ok) return { ok: false, scanId: scanIdOf(message), error: check.error };
  const { scanId, text, info } = check.request;
  const started = now();
  try {
    const claims = analyse(text, info);
    const related: Record<string, RelatedFact[]> = Object.fromEntries(relatedInArticle(claims, text));
    return { ok: true, scanId, claims, related, engineMs: now() - started };
  } catch (error) {
    // The engine should not throw on any text; if it does, the page hears why and scans on its own.
    return { ok: false, scanId, error: `the engine failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function onScanRequest(
  message: unknown,
  sender: Browser.Runtime.MessageSender,
  sendResponse: (response: unknown) => void,
): true | undefined {
  if (!isMessageOf<ScanRequest>(message, 'scan-request') || !isOwnContentScript(sender)) return undefined;
  // The callback form (rather than a returned promise) answers in every browser, with or without the polyfill.
  sendResponse(answerScan(message));
  return true;
}

export function listenForScans(): void {
  // The typings know "always true" or "never answers"; browsers accept undefined as "not mine, ask the next listener".
  browser.runtime.onMessage.addListener(onScanRequest as Browser.Runtime.OnMessageListenerCallback);
}
