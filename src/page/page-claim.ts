/**
 * A claim as the page holds it: the engine's record with a live Range over the page's own Text nodes. Kept
 * apart from the engine (scan.ts, which the content script loads only as a fallback) so that whichever
 * engine answered, background or page, its claims are mapped onto the page the same way.
 */
import type { Claim } from '../core/types';
import { rangeFor } from './article/offsets';
import type { TextExtraction } from './article/types';
import { sentenceExcerpt, styleOf } from '../view/claim';
import type { PaintedClaim } from './paint/types';

/** A claim on the page: painted, with (an excerpt of) the sentence it sits in, since its offsets point into its extraction's text. */
export interface PageClaim extends PaintedClaim {
  sentence: string;
}

export interface ScanCallbacks {
  /** Called inside the slice that found them, so painting counts as part of the slice. */
  found(claims: PageClaim[]): void;
  cancelled(): boolean;
}

/** The claim's offsets mapped onto the page through the extraction's offset map; null when they fall outside it. */
export function toPageClaim(extraction: TextExtraction, claim: Claim): PageClaim | null {
  const span = rangeFor(extraction, claim.start, claim.end);
  if (!span) return null;
  const range = document.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  const sentence = sentenceExcerpt(extraction.text, claim.sentence, claim);
  return { claim, range, style: styleOf(claim), sentence };
}
