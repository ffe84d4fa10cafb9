/**
 * The engine on the page, for when the background cannot answer (see engine-client.ts). Built as its own
 * module (extension/engine-page.js) and loaded only then, so the content script every page parses carries
 * none of the engine. It runs in slices that yield to the page, as any ClaimLens work on the page must.
 */
import { analyseSteps } from '../core/analyse';
import { relatedInArticle } from '../core/related';
import type { Claim, DocumentInfo } from '../core/types';
import type { PageEngineResult } from './engine-client';
import { measured, SLICE_BUDGET_MS, yieldToPage } from './timing';

export async function analyseOnPage(text: string, info: DocumentInfo): Promise<PageEngineResult> {
  const claims: Claim[] = [];
  const steps = analyseSteps(text, info);
  let engineMs = 0;
  for (let done = false; !done; ) {
    const start = performance.now();
    measured(() => {
      do {
        const step = steps.next();
        if (step.done) {
          done = true;
          break;
        }
        claims.push(...step.value);
      } while (performance.now() - start < SLICE_BUDGET_MS);
    }, 'engine');
    engineMs += performance.now() - start;
    if (!done) await yieldToPage();
  }
  const start = performance.now();
  const related = measured(() => relatedInArticle(claims, text), 'engine');
  engineMs += performance.now() - start;
  return { claims, related, engineMs };
}
