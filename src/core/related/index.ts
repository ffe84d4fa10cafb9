/** Related facts: the pure matching core shared by the content script, the background and Node. */
import { runToEnd, type Steps } from '../steps';
import type { Claim, DocumentInfo } from '../types';
import { articleFactsSteps } from './article-facts';
import { conversionsOf, sumsSteps, totalsSteps } from './computed';
import type { ComputedFact, RelatedFact } from './types';

export { compareFigures, intervalOf } from './agreement';
export { figureOf } from './figure';
export { formatFigure, formatNumber } from './format';
export { lemmatise } from './lemma';
export { matchKey, subjectTerms, subjectsCompatible } from './subject';
export type * from './types';

/**
 * Everything the article itself says or implies about each claim: related claims, then computed figures.
 * `text` is the analysed text (what each figure is about is read from its clause, and a list of parts is
 * told from numbers that merely sit close); without it only subjects relate claims and a shorter gap rule
 * applies. `info` names the headline, so a headline repeating a figure is one fact with it.
 */
export function relatedInArticle(claims: Claim[], text?: string, info?: Partial<DocumentInfo> | null): Map<string, RelatedFact[]> {
  return runToEnd(relatedInArticleSteps(claims, text, info));
}

/** relatedInArticle in small steps (a few per claim, each cheap), for a page that runs it in slices. */
export function* relatedInArticleSteps(claims: Claim[], text?: string, info?: Partial<DocumentInfo> | null): Steps<Map<string, RelatedFact[]>> {
  const result = new Map<string, RelatedFact[]>();
  for (const [id, facts] of yield* articleFactsSteps(claims, text, info)) result.set(id, [...facts]);
  const computed: ComputedFact[] = [];
  for (const claim of claims) {
    computed.push(...conversionsOf(claim));
    yield;
  }
  computed.push(...(yield* sumsSteps(claims, text)), ...(yield* totalsSteps(claims)));
  for (const fact of computed) {
    for (const id of fact.fromClaims) result.get(id)?.push(fact);
    yield;
  }
  return result;
}
