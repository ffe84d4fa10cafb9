/**
 * Reads a page's outline with mozilla/readability for the content scripts, off the pages' main threads
 * (src/page/readable-client.ts). The background has no page DOM (Chromium's service worker has none at
 * all), so the outline is built into a linkedom document: the same DOM the scanner and `bench:extract`
 * read, in both browsers. Like the engine host it keeps no state between requests.
 */
import { parseHTML } from 'linkedom';
import type { ReadableAnswer } from '../messages';
import type { BackgroundProtocol } from '../messaging/protocol';
import { serve } from '../messaging/serve';
import { readOutline } from '../page/article/readable';
import { checkReadableRequest } from './readable-request';

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

export function listenForReadings(): void {
  // Only ClaimLens's own content scripts ask; nothing else may spend the background's time.
  serve<BackgroundProtocol>({ 'readable-request': { from: ['content-script'], checksItself: true, handle: (message) => answerReading(message) } });
}
