/**
 * A scan with the engine off the page: each extraction's text goes to the engine host (engine-client.ts),
 * whose answer comes in parts, and what stays on the page is turning each part's claims into live Ranges
 * over the page's Text nodes and painting them, in slices under the budget, so a page with thousands of
 * claims still never sees a long task from ClaimLens. The claims' records stay packed with their page
 * claims (page-claim.ts). When the background cannot answer, the engine is loaded onto the page and the
 * scan runs there in slices instead (engine-page.ts).
 */
import type { Claim, DocumentInfo } from '../core/types';
import type { PackedClaims } from '../messaging/packed-claims';
import type { HighlightNumbers } from '../settings';
import type { TextExtraction } from './article';
import { askEngineHost, type EngineAnswer, type EngineClientDeps, type EngineUnavailable } from './engine-client';
import type { PageEngineModule } from './engine-loader';
import { HeldRecords, PackedRecords, placeOf, toPageClaim, type PageClaim, type ScanCallbacks } from './page-claim';
import { ENGINE_TIME_MARK, runInSlices } from './timing';
import { styleOf } from '../view/claim';

/** What the reader chose to see highlighted (the same choice for the background and the page engine). */
export interface ScanOptions {
  highlight: HighlightNumbers;
}

export interface EngineAccess {
  host: EngineClientDeps;
  loadPageEngine(): Promise<PageEngineModule>;
}

/** Records where the engine ran and for how long, for the browser bench and tests (the page's timeline is shared). */
function markEngineTime(outcome: EngineAnswer | EngineUnavailable, pageMs: number): void {
  const detail = outcome.answered
    ? { ms: outcome.engineMs, where: 'background', attempts: outcome.attempts, parts: outcome.parts, fallbackReason: null, lost: outcome.lost }
    : { ms: pageMs, where: 'page', attempts: outcome.attempts, fallbackReason: outcome.reason, lost: outcome.lost };
  performance.mark(ENGINE_TIME_MARK, { detail });
}

/**
 * Claims painted at once within a slice. Painting (a highlight takes each range in) costs more than mapping
 * a claim onto the page: done inside the steps, a few dozen at a time, it counts against the slice's budget.
 */
const PAINT_BATCH = 32;

/** A part's claims as page claims, one per step, painted a batch at a time (the slice paints what is left). */
function* pageClaimsOf(
  extraction: TextExtraction,
  part: PackedClaims,
  records: PackedRecords,
  batch: PageClaim[],
  paint: () => void,
): Generator<void, true, void> {
  for (let at = 0; at < part.ids.length; at++) {
    const pageClaim = toPageClaim(extraction, placeOf(part, at), records, part.first + at);
    if (pageClaim) batch.push(pageClaim);
    if (batch.length >= PAINT_BATCH) paint();
    yield;
  }
  return true;
}

/** Paints one part of the background's answer in slices; its records join the scan's. */
async function paintPart(extraction: TextExtraction, part: PackedClaims, records: PackedRecords, callbacks: ScanCallbacks): Promise<void> {
  records.add(part);
  const batch: PageClaim[] = [];
  const paint = () => {
    if (batch.length > 0) callbacks.found(batch.splice(0));
  };
  await runInSlices(pageClaimsOf(extraction, part, records, batch, paint), { what: 'claims painted', cancelled: callbacks.cancelled, afterSlice: paint });
}

/**
 * The background could not answer: the engine runs on the page, in slices, for this extraction. The first
 * `delivered` claims (the engine's order is the same on the page) were painted from the background's parts.
 */
async function scanOnPage(
  extraction: TextExtraction,
  info: DocumentInfo,
  options: ScanOptions,
  engine: PageEngineModule,
  callbacks: ScanCallbacks,
  delivered: number,
): Promise<void> {
  const records = new HeldRecords(extraction.text);
  const scanned = {
    cancelled: callbacks.cancelled,
    found: (claims: Claim[]) => {
      const placed: PageClaim[] = [];
      for (const claim of claims) {
        const number = records.claims.push(claim) - 1;
        if (number < delivered) continue;
        const pageClaim = toPageClaim(extraction, { id: claim.id, start: claim.start, end: claim.end, style: styleOf(claim) }, records, number);
        if (pageClaim) placed.push(pageClaim);
      }
      callbacks.found(placed);
    },
  };
  await engine.scanInSlices([extraction], info, scanned, options);
  const related = await engine.relatedOnPage(records.claims, extraction.text, info, callbacks.cancelled);
  if (related) records.setRelated(related);
}

/**
 * Scans extractions (a whole article, or the blocks a live page added) one by one, painting each part of
 * the background's answer as it comes; each claim's record and related facts stay with its page claim.
 */
export async function scanOffThread(
  extractions: readonly TextExtraction[],
  info: DocumentInfo,
  access: EngineAccess,
  callbacks: ScanCallbacks,
  options: ScanOptions,
): Promise<void> {
  for (const extraction of extractions) {
    if (callbacks.cancelled()) break;
    const records = new PackedRecords(extraction.text);
    const outcome = await askEngineHost(extraction.text, info, options, access.host, (part) => paintPart(extraction, part, records, callbacks));
    if (outcome.answered) {
      markEngineTime(outcome, 0);
      continue;
    }
    const started = performance.now();
    await scanOnPage(extraction, info, options, await access.loadPageEngine(), callbacks, outcome.delivered);
    markEngineTime(outcome, performance.now() - started);
  }
}
