/**
 * A scan with the engine off the page: the extraction's text goes to the engine once (engine-client.ts),
 * and what stays on the page is turning the answered claims into live Ranges over the page's Text nodes
 * and painting them, in slices under the budget so a page with hundreds of claims still never sees a long
 * task from ClaimLens.
 */
import type { RelatedFact } from '../core/related/types';
import type { Claim, DocumentInfo } from '../core/types';
import { rangeFor, type TextExtraction } from './article';
import { analyseText, type EngineClientDeps, type EngineResult } from './engine-client';
import { sentenceExcerpt, styleOf } from './format';
import type { PageClaim, ScanCallbacks } from './scan';
import { ENGINE_TIME_MARK, SLICE_BUDGET_MS, TASK_MEASURE, yieldToPage } from './timing';

function toPageClaim(extraction: TextExtraction, claim: Claim): PageClaim | null {
  const span = rangeFor(extraction, claim.start, claim.end);
  if (!span) return null;
  const range = document.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  const sentence = sentenceExcerpt(extraction.text, claim.sentence, claim);
  return { claim, range, style: styleOf(claim), sentence };
}

export interface OffThreadScan {
  /** False when the scan was cancelled before its claims were painted. */
  finished: boolean;
  /** The article's own related facts for the claims this scan painted, by claim id. */
  related: Map<string, RelatedFact[]>;
}

/** Records where the engine ran and for how long, for the browser bench (the page's timeline is shared). */
function markEngineTime(result: EngineResult): void {
  performance.mark(ENGINE_TIME_MARK, {
    detail: { ms: result.engineMs, where: result.where, attempts: result.attempts, fallbackReason: result.fallbackReason, lost: result.lost },
  });
}

/** Maps answered claims onto the page in slices; each slice's claims are handed to `found` at once. */
async function paintInSlices(extraction: TextExtraction, claims: readonly Claim[], callbacks: ScanCallbacks): Promise<boolean> {
  let next = 0;
  while (next < claims.length) {
    if (callbacks.cancelled()) return false;
    const start = performance.now();
    const batch: PageClaim[] = [];
    do {
      const pageClaim = toPageClaim(extraction, claims[next]!);
      next += 1;
      if (pageClaim) batch.push(pageClaim);
    } while (next < claims.length && performance.now() - start < SLICE_BUDGET_MS);
    if (batch.length > 0) callbacks.found(batch);
    performance.measure(TASK_MEASURE, { start, end: performance.now(), detail: { part: 'paint' } });
    if (next < claims.length) await yieldToPage();
  }
  return true;
}

export async function scanOffThread(
  extraction: TextExtraction,
  info: DocumentInfo,
  engine: EngineClientDeps,
  callbacks: ScanCallbacks,
): Promise<OffThreadScan> {
  const result = await analyseText(extraction.text, info, engine);
  markEngineTime(result);
  const finished = await paintInSlices(extraction, result.claims, callbacks);
  return { finished, related: result.related };
}
