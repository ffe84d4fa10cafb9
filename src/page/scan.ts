/**
 * The engine on the page, for when the background cannot answer (engine-page.ts loads it lazily): scans
 * extracted text for claims in slices that yield to the page, handing each slice's claims to the caller
 * (which maps them onto the page's own Text nodes), so highlights appear while the rest is still read.
 */
import { analyse, type AnalyseOptions, analyseSteps } from '../core/analyse';
import type { Steps } from '../core/steps';
import { findQuantities } from '../core/quantity';
import type { Claim, DocumentInfo } from '../core/types';
import type { TextExtraction } from './article';
import { measured, runInSlices, yieldToPage } from './timing';

export type { PageClaim } from './page-claim';

export interface FoundCallbacks {
  /** Called inside the slice that found them, so mapping them onto the page counts as part of the slice. */
  found(claims: Claim[]): void;
  cancelled(): boolean;
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
async function warmUpEngine(forTexts: readonly string[]): Promise<void> {
  const texts = [WARM_UP_TEXT];
  if (!warmed.has(WARM_UP_WIDE_TEXT) && measured('text checked', () => forTexts.some((text) => /[^\u0000-\u00ff]/.test(text)))) {
    texts.push(WARM_UP_WIDE_TEXT);
    await yieldToPage();
  }
  for (const text of texts) {
    if (warmed.has(text)) continue;
    warmed.add(text);
    measured('engine warm-up', () => findQuantities(text, { start: 0, end: text.length }));
    await yieldToPage();
    measured('engine warm-up', () => analyse(text));
    await yieldToPage();
  }
}


/** The claims of each extraction in turn, one sentence's worth per step, added to `batch`. */
function* claimsOf(extractions: readonly TextExtraction[], info: DocumentInfo, batch: Claim[], options: AnalyseOptions): Steps<true> {
  for (const extraction of extractions) {
    for (const claims of analyseSteps(extraction.text, info, options)) {
      batch.push(...claims);
      yield;
    }
    yield;
  }
  return true;
}

/**
 * Runs the analysis over extractions (a whole article, or the blocks a live page added), in slices that each
 * end in a task of the page's own, however many extractions there are; resolves true when it ran to the
 * end, false when cancelled.
 */
export async function scanInSlices(
  extractions: readonly TextExtraction[],
  info: DocumentInfo,
  callbacks: FoundCallbacks,
  options: AnalyseOptions = {},
): Promise<boolean> {
  if (extractions.length === 0) return true;
  await warmUpEngine(extractions.map((extraction) => extraction.text));
  const batch: Claim[] = [];
  const done = await runInSlices(claimsOf(extractions, info, batch, options), {
    what: 'scan',
    cancelled: callbacks.cancelled,
    afterSlice: () => {
      if (batch.length > 0) callbacks.found(batch.splice(0));
    },
  });
  return done === true;
}
