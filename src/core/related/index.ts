/** Related facts: the pure matching core shared by the content script, the background and Node. */
import type { Claim } from '../types';
import { relatedClaimsInArticle } from './article';
import { conversionsOf, sumsOf, totalsOf } from './computed';
import type { RelatedFact } from './types';

export { compareFigures, intervalOf } from './agreement';
export { chartPoints, figureOf } from './figure';
export { formatFigure, formatNumber } from './format';
export { lemmatise } from './lemma';
export { matchKey, subjectTerms, subjectsCompatible } from './subject';
export type * from './types';

/**
 * Everything the article itself says or implies about each claim: related claims, then computed figures.
 * `text` is the analysed text (for telling a list of parts from numbers that merely sit close); without it a
 * shorter gap rule applies.
 */
export function relatedInArticle(claims: Claim[], text?: string): Map<string, RelatedFact[]> {
  const result = new Map<string, RelatedFact[]>();
  for (const [id, facts] of relatedClaimsInArticle(claims)) result.set(id, [...facts]);
  const computed = [...claims.flatMap(conversionsOf), ...sumsOf(claims, text), ...totalsOf(claims)];
  for (const fact of computed) {
    for (const id of fact.fromClaims) result.get(id)?.push(fact);
  }
  return result;
}
