/**
 * The engine on the page, for when the background cannot answer (see engine-client.ts). Built as its own
 * module (extension/engine-page.js) and loaded only then, so the content script every page parses carries
 * none of the engine. It is the in-page scan (scan.ts: warm-up, then the analysis in slices that yield to
 * the page) and the article's related facts worked out in slices.
 */
import { relatedInArticleSteps } from '../core/related';
import type { RelatedFact } from '../core/related/types';
import type { Claim, DocumentInfo } from '../core/types';
import { runInSlices } from './timing';

export { scanInSlices } from './scan';

/** The article's own related facts for claims found on the page; null when cancelled. */
export function relatedOnPage(
  claims: Claim[],
  text: string,
  info: DocumentInfo,
  cancelled: () => boolean,
): Promise<Map<string, RelatedFact[]> | null> {
  return runInSlices(relatedInArticleSteps(claims, text, info), { what: 'related facts on the page', cancelled });
}
