/**
 * Reads a page's outline with mozilla/readability for the content scripts, off the pages' main threads
 * (src/page/readable-client.ts). The background has no page DOM (Chromium's service worker has none at
 * all), so the outline is built into a linkedom document: the same DOM the scanner and `bench:extract`
 * read, in both browsers. Like the engine host it keeps no state between requests.
 */
import { parseHTML } from 'linkedom';
import { browser, type Browser } from '../browser';
import { isMessageOf, type ReadableAnswer, type ReadableRequest } from '../messages';
import { readOutline } from '../page/article/readable';
import { checkReadableRequest } from './readable-request';

/** Only ClaimLens's own content scripts (in a tab) ask; nothing else may spend the background's time. */
function isOwnContentScript(sender: Browser.Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined;
}

function emptyDocument(): Document {
  const { document } = parseHTML('<!DOCTYPE html><html></html>');
  document.documentElement.remove();
  return document as unknown as Document;
}

/** Reads one checked outline; one that fails the check is answered with why. */
export function answerReading(message: unknown, now: () => number = () => performance.now()): ReadableAnswer {
  const check = checkReadableRequest(message);
  if (!check.ok) return check;
  const started = now();
  try {
    const kept = readOutline(check.outline, emptyDocument());
    return kept ? { ok: true, kept, readMs: now() - started } : { ok: false, error: 'Readability found no article' };
  } catch (error) {
    return { ok: false, error: `the reading failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function onReadableRequest(message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined {
  if (!isMessageOf<ReadableRequest>(message, 'readable-request') || !isOwnContentScript(sender)) return undefined;
  // The callback form (rather than a returned promise) answers in every browser, with or without the polyfill.
  sendResponse(answerReading(message));
  return true;
}

export function listenForReadings(): void {
  browser.runtime.onMessage.addListener(onReadableRequest as Browser.Runtime.OnMessageListenerCallback);
}
