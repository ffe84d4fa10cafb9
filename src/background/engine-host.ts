/**
 * The engine host: runs ClaimLens's engine for the content scripts, off the pages' main threads. A content
 * script sends the article's text once per scan (and once per chunk a live page adds); the claims go back
 * with offsets into that text, with the article's own related facts, and the content script maps them to
 * the page through its offset map.
 *
 * It needs no state between requests: Chromium stops an idle service worker (and may stop it in the middle
 * of a scan), Firefox suspends its event page. A scan that was cut off is simply asked for again by the
 * content script, and any copy of the background can answer it. It keeps its last few answers only so
 * that an ask repeated while the first was still running (the page's deadline passed on a busy machine)
 * is answered at once instead of being run a second time.
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

/** How many recent answers are kept for repeated asks. */
const RECENT_ANSWERS = 8;

/** Recent answers by sender and scan id, oldest first (a Map keeps insertion order). */
const recentAnswers = new Map<string, ScanAnswer>();

function answerKey(sender: Browser.Runtime.MessageSender, message: unknown): string {
  return `${sender.tab?.id ?? -1}/${sender.frameId ?? 0}/${scanIdOf(message)}`;
}

function remember(key: string, answer: ScanAnswer): void {
  recentAnswers.delete(key);
  recentAnswers.set(key, answer);
  for (const oldest of recentAnswers.keys()) {
    if (recentAnswers.size <= RECENT_ANSWERS) break;
    recentAnswers.delete(oldest);
  }
}

/** Runs the engine over one checked request; a request that fails the check is answered with why. */
export function answerScan(message: unknown, now: () => number = () => performance.now()): ScanAnswer {
  const check = checkScanRequest(message);
  if (!check.ok) return { ok: false, scanId: scanIdOf(message), error: check.error };
  const { scanId, text, info, highlight } = check.request;
  const started = now();
  try {
    const claims = analyse(text, info, { highlight });
    const related: Record<string, RelatedFact[]> = Object.fromEntries(relatedInArticle(claims, text, info));
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
  const key = answerKey(sender, message);
  const answer = recentAnswers.get(key) ?? answerScan(message);
  if (answer.ok) remember(key, answer);
  // The callback form (rather than a returned promise) answers in every browser, with or without the polyfill.
  sendResponse(answer);
  return true;
}

/** A sentence that takes the engine through its number, unit, money, percentage, cue and time paths. */
const WARM_UP_TEXT = 'Officials said on Monday that about 1,200 people, or 15%, paid $30 each for 5 km of road last year. \u201cIt\u2019s done\u201d \u2014 she said.';

/**
 * The engine's first sentence pays for compiling its patterns. The background is usually woken as a tab
 * starts loading (the badge listens for that), well before the content script asks at document idle: pay
 * it then, in a task of its own, so the page's first answer does not wait for it.
 */
function warmUpSoon(): void {
  setTimeout(() => answerScan({ type: 'scan-request', scanId: 'warm-up', text: WARM_UP_TEXT, info: { title: null, url: null, publisher: null, published: null }, highlight: 'every' }), 0);
}

export function listenForScans(): void {
  // The typings know "always true" or "never answers"; browsers accept undefined as "not mine, ask the next listener".
  browser.runtime.onMessage.addListener(onScanRequest as Browser.Runtime.OnMessageListenerCallback);
  warmUpSoon();
}
