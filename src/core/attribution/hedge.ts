/**
 * Firmness: a claim is hedged when its clause says "may have", "could", "reportedly", "is believed
 * to", "an estimated"… Hedges are matched in lower case, so the month "May" is no hedge.
 */
import type { Span } from '../types';
import { HEDGE } from './lexicon';

/** Which clauses of the sentence carry a hedge, by clause index. */
export function hedgedClauses(text: string, clauses: Span[]): boolean[] {
  return clauses.map((clause) => {
    HEDGE.lastIndex = 0;
    return HEDGE.test(text.slice(clause.start, clause.end));
  });
}
