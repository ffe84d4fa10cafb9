/**
 * Firmness: a claim is hedged when its clause says "may have", "could", "reportedly", "is believed
 * to", "an estimated"…
 */
import type { Span } from '../types';
import { HEDGE } from './lexicon';

/** Which clauses of the sentence carry a hedge, by clause index. */
export function hedgedClauses(text: string, clauses: Span[]): boolean[] {
  return clauses.map((clause) => {
    for (const m of text.slice(clause.start, clause.end).matchAll(HEDGE)) {
      // "May" written with a capital is the month, unless it starts the sentence.
      if (m[0] === 'May' && !/(?:^|[.!?"“]\s*)$/.test(text.slice(Math.max(0, clause.start + m.index - 3), clause.start + m.index))) continue;
      return true;
    }
    return false;
  });
}
