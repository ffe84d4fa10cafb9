/**
 * Scans extracted text for claims in slices that yield to the page, turning each claim into a live Range
 * over the page's own Text nodes as it is found, so highlights appear while the rest is still read.
 */
import { analyse, analyseSteps } from '../core/analyse';
import { findQuantities } from '../core/quantity';
import type { Claim, DocumentInfo } from '../core/types';
import { rangeFor, type TextExtraction } from './article';
import { sentenceExcerpt, styleOf } from '../view/claim';
import type { PaintedClaim } from './paint/types';
import { measured, SLICE_BUDGET_MS, TASK_MEASURE, yieldToPage } from './timing';

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

/** A sentence that takes the engine through its number, unit, money, percentage, cue and time paths. */
const WARM_UP_TEXT = 'Officials said on Monday that about 1,200 people, or 15%, paid $30 each for 5 km of road last year.';
/** The same with characters beyond Latin-1: the engine's patterns are compiled anew for such strings. */
const WARM_UP_WIDE_TEXT = `${WARM_UP_TEXT} \u201cIt\u2019s done\u201d \u2014 she said.`;
const warmed = new Set<string>();

/**
 * The engine's first sentence pays for compiling its many patterns (once for Latin-1 text and once more for
 * wider text), which within one slice makes a task of 50 ms or more. Pay that once per kind of text, split
 * into tasks of its own (quantities, then the rest), before the page's text.
 */
async function warmUpEngine(forText: string): Promise<void> {
  const texts = [WARM_UP_TEXT];
  if (/[^\u0000-\u00ff]/.test(forText)) texts.push(WARM_UP_WIDE_TEXT);
  for (const text of texts) {
    if (warmed.has(text)) continue;
    warmed.add(text);
    measured(() => findQuantities(text, { start: 0, end: text.length }));
    await yieldToPage();
    measured(() => analyse(text));
    await yieldToPage();
  }
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
  await warmUpEngine(extraction.text);
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
