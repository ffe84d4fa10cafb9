/**
 * Scans extracted text for claims in slices that yield to the page, turning each claim into a live Range
 * over the page's own Text nodes as it is found, so highlights appear while the rest is still read.
 */
import { analyseSteps } from '../core/analyse';
import type { Claim, DocumentInfo } from '../core/types';
import { rangeFor, type TextExtraction } from './article';
import { sentenceExcerpt, styleOf } from './format';
import type { PaintedClaim } from './paint/types';
import { SLICE_BUDGET_MS, TASK_MEASURE, yieldToPage } from './timing';

/** A claim on the page: painted, with (an excerpt of) the sentence it sits in, since its offsets point into its extraction's text. */
export interface PageClaim extends PaintedClaim {
  sentence: string;
}

function toPageClaim(extraction: TextExtraction, claim: Claim): PageClaim | null {
  const span = rangeFor(extraction, claim.start, claim.end);
  if (!span) return null;
  const range = document.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  const sentence = sentenceExcerpt(extraction.text, claim.sentence, claim);
  return { claim, range, style: styleOf(claim), sentence };
}

export interface ScanCallbacks {
  /** Called inside the slice that found them, so painting counts as part of the slice. */
  found(claims: PageClaim[]): void;
  cancelled(): boolean;
}

/** Runs the analysis over one extraction; resolves true when it ran to the end, false when cancelled. */
export async function scanInSlices(
  extraction: TextExtraction,
  info: DocumentInfo,
  callbacks: ScanCallbacks,
): Promise<boolean> {
  const steps = analyseSteps(extraction.text, info);
  for (;;) {
    if (callbacks.cancelled()) return false;
    const start = performance.now();
    const batch: PageClaim[] = [];
    let done = false;
    do {
      const step = steps.next();
      if (step.done) {
        done = true;
        break;
      }
      for (const claim of step.value) {
        const pageClaim = toPageClaim(extraction, claim);
        if (pageClaim) batch.push(pageClaim);
      }
    } while (performance.now() - start < SLICE_BUDGET_MS);
    if (batch.length > 0) callbacks.found(batch);
    performance.measure(TASK_MEASURE, { start, end: performance.now() });
    if (done) return true;
    await yieldToPage();
  }
}
