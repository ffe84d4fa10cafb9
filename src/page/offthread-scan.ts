/**
 * A scan with the engine off the page: each extraction's text goes to the engine host once
 * (engine-client.ts), and what stays on the page is turning the answered claims into live Ranges over the
 * page's Text nodes and painting them, in slices under the budget, so a page with hundreds of claims still
 * never sees a long task from ClaimLens. When the background cannot answer, the engine is loaded onto the
 * page and the scan runs there in slices instead (engine-page.ts).
 */
import type { RelatedFact } from '../core/related/types';
import type { Claim, DocumentInfo } from '../core/types';
import type { HighlightNumbers } from '../settings';
import type { TextExtraction } from './article';
import { askEngineHost, type EngineAnswer, type EngineClientDeps, type EngineUnavailable } from './engine-client';
import type { PageEngineModule } from './engine-loader';
import { toPageClaim, type PageClaim, type ScanCallbacks } from './page-claim';
import { ENGINE_TIME_MARK, runInSlices } from './timing';

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
    ? { ms: outcome.engineMs, where: 'background', attempts: outcome.attempts, fallbackReason: null, lost: outcome.lost }
    : { ms: pageMs, where: 'page', attempts: outcome.attempts, fallbackReason: outcome.reason, lost: outcome.lost };
  performance.mark(ENGINE_TIME_MARK, { detail });
}

/** The answered claims as page claims, one per step, gathered in `batch` for the slice to paint. */
function* pageClaimsOf(extraction: TextExtraction, claims: readonly Claim[], batch: PageClaim[]): Generator<void, true, void> {
  for (const claim of claims) {
    const pageClaim = toPageClaim(extraction, claim);
    if (pageClaim) batch.push(pageClaim);
    yield;
  }
  return true;
}

async function paintAnswer(extraction: TextExtraction, claims: readonly Claim[], callbacks: ScanCallbacks): Promise<boolean> {
  const batch: PageClaim[] = [];
  const done = await runInSlices(pageClaimsOf(extraction, claims, batch), {
    what: 'claims painted',
    cancelled: callbacks.cancelled,
    afterSlice: () => {
      if (batch.length > 0) callbacks.found(batch.splice(0));
    },
  });
  return done === true;
}

/** The background could not answer: the engine runs on the page, in slices, for this extraction. */
async function scanOnPage(
  extraction: TextExtraction,
  info: DocumentInfo,
  options: ScanOptions,
  engine: PageEngineModule,
  callbacks: ScanCallbacks,
): Promise<Map<string, RelatedFact[]>> {
  const found: Claim[] = [];
  const scanned = {
    cancelled: callbacks.cancelled,
    found: (claims: PageClaim[]) => {
      found.push(...claims.map((item) => item.claim));
      callbacks.found(claims);
    },
  };
  await engine.scanInSlices([extraction], info, scanned, options);
  return (await engine.relatedOnPage(found, extraction.text, info, callbacks.cancelled)) ?? new Map();
}

/**
 * Scans extractions (a whole article, or the blocks a live page added) one by one; resolves with the
 * article's own related facts for the claims painted.
 */
export async function scanOffThread(
  extractions: readonly TextExtraction[],
  info: DocumentInfo,
  access: EngineAccess,
  callbacks: ScanCallbacks,
  options: ScanOptions,
): Promise<Map<string, RelatedFact[]>> {
  const related = new Map<string, RelatedFact[]>();
  for (const extraction of extractions) {
    if (callbacks.cancelled()) break;
    const outcome = await askEngineHost(extraction.text, info, options, access.host);
    if (outcome.answered) {
      markEngineTime(outcome, 0);
      await paintAnswer(extraction, outcome.claims, callbacks);
      for (const [id, facts] of outcome.related) related.set(id, facts);
      continue;
    }
    const started = performance.now();
    const onPage = await scanOnPage(extraction, info, options, await access.loadPageEngine(), callbacks);
    markEngineTime(outcome, performance.now() - started);
    for (const [id, facts] of onPage) related.set(id, facts);
  }
  return related;
}
