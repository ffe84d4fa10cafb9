/**
 * The engine host: runs ClaimLens's engine for the content scripts, off the pages' main threads. A content
 * script sends the article's text (and each chunk a live page adds); the claims go back with offsets into
 * that text, with the article's own related facts, and the content script maps them to the page through
 * its offset map.
 *
 * The answer goes back in parts (messaging/packed-claims.ts), each asked for with the same scan id and text.
 * The host keeps its last few scans so that a further part, or an ask repeated while the first was still
 * running (the page's deadline passed on a busy machine), is answered without running the engine again;
 * but it needs no state: Chromium stops an idle service worker (and may stop it in the middle of a scan),
 * Firefox suspends its event page. Any copy of the background can answer any ask, since each brings the
 * text: a scan that was cut off is run again.
 */
import type { Browser } from '../browser';
import { analyse } from '../core/analyse';
import { relatedInArticle } from '../core/related';
import type { RelatedFact } from '../core/related/types';
import type { Claim } from '../core/types';
import type { ScanAnswer } from '../messages';
import { CLAIMS_PER_PART, packClaims } from '../messaging/packed-claims';
import type { BackgroundProtocol } from '../messaging/protocol';
import { serve } from '../messaging/serve';
import { styleOf } from '../view/claim';
import { checkScanRequest, scanIdOf, type CheckedScanRequest } from './scan-request';

/** The engine's findings for one text, kept while the page asks for them part by part. */
export interface ScanResult {
  claims: Claim[];
  related: Map<string, RelatedFact[]>;
  engineMs: number;
  /** Each part as answered, so an ask repeated gets the same answer. */
  answers: ScanAnswer[];
}

/** How many recent scans are kept, for their further parts and for repeated asks. */
const RECENT_SCANS = 8;

/** Recent scans by sender and scan id, oldest first (a Map keeps insertion order). */
const recentScans = new Map<string, ScanResult>();

function scanKey(sender: Browser.Runtime.MessageSender, message: unknown): string {
  return `${sender.tab?.id ?? -1}/${sender.frameId ?? 0}/${scanIdOf(message)}`;
}

function remember(key: string, result: ScanResult): void {
  recentScans.delete(key);
  recentScans.set(key, result);
  for (const oldest of recentScans.keys()) {
    if (recentScans.size <= RECENT_SCANS) break;
    recentScans.delete(oldest);
  }
}

function runEngine({ text, info, highlight }: CheckedScanRequest, now: () => number): ScanResult {
  const started = now();
  const claims = analyse(text, info, { highlight });
  const related = relatedInArticle(claims, text, info);
  return { claims, related, engineMs: now() - started, answers: [] };
}

/** One part of a scan's claims; a part past the last is refused (part 0 of no claims is an empty answer). */
function answerPart(scanId: string, part: number, result: ScanResult): ScanAnswer {
  const first = part * CLAIMS_PER_PART;
  if (part > 0 && first >= result.claims.length) return { ok: false, scanId, error: `the scan has no part ${part}` };
  result.answers[part] ??= {
    ok: true,
    scanId,
    claims: packClaims(result.claims, result.related, styleOf, first, Math.min(CLAIMS_PER_PART, result.claims.length - first)),
    engineMs: result.engineMs,
  };
  return result.answers[part]!;
}

/**
 * Answers one request: runs the engine over its text (or takes the scan `recent` kept for its later parts)
 * and packs the part asked for; a request that fails the check is answered with why.
 */
export function answerScan(
  message: unknown,
  now: () => number = () => performance.now(),
  recent: { get(): ScanResult | undefined; keep(result: ScanResult): void } = { get: () => undefined, keep: () => undefined },
): ScanAnswer {
  const check = checkScanRequest(message);
  if (!check.ok) return { ok: false, scanId: scanIdOf(message), error: check.error };
  const { request } = check;
  try {
    const result = recent.get() ?? runEngine(request, now);
    recent.keep(result);
    return answerPart(request.scanId, request.part, result);
  } catch (error) {
    // The engine should not throw on any text; if it does, the page hears why and scans on its own.
    return { ok: false, scanId: request.scanId, error: `the engine failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function onScanRequest(message: unknown, sender: Browser.Runtime.MessageSender): ScanAnswer {
  const key = scanKey(sender, message);
  return answerScan(message, undefined, { get: () => recentScans.get(key), keep: (result) => remember(key, result) });
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
  // Only ClaimLens's own content scripts ask for scans; nothing else may spend the engine's time.
  serve<BackgroundProtocol>({ 'scan-request': { from: ['content-script'], checksItself: true, handle: onScanRequest } });
  warmUpSoon();
}
