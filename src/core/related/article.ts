/**
 * Within one article: the other claims about the same subject or in the same unit, compared with the
 * claim when their figures can be.
 */
import type { Claim } from '../types';
import { compareFigures } from './agreement';
import { figureOf } from './figure';
import { subjectsCompatible, termsOf, type SubjectTerms } from './subject';
import type { ArticleFact } from './types';
import { canonicalUnit, dimensionOf } from './units';

interface Indexed {
  claim: Claim;
  terms: SubjectTerms | null;
  dimension: string | null;
}

function index(claim: Claim): Indexed {
  const unit = canonicalUnit(claim.quantity.unit);
  return { claim, terms: termsOf({ kind: claim.kind, subject: claim.subject, unit }), dimension: dimensionOf(claim.kind, unit) };
}

function relate(a: Indexed, b: Indexed): ArticleFact['relation'] | null {
  if (a.terms && b.terms && subjectsCompatible(a.terms, b.terms)) return 'same-subject';
  // Counts share a "unit" only through their subject; a shared currency or measure says more.
  if (a.dimension && a.dimension === b.dimension && a.dimension !== 'count' && a.claim.per === b.claim.per) return 'same-unit';
  return null;
}

/** For each claim, the other claims of the article related to it, in the article's order. */
export function relatedClaimsInArticle(claims: Claim[]): Map<string, ArticleFact[]> {
  const indexed = claims.map(index);
  const result = new Map<string, ArticleFact[]>();
  for (const a of indexed) {
    const facts: ArticleFact[] = [];
    for (const b of indexed) {
      if (b.claim.id === a.claim.id) continue;
      const relation = relate(a, b);
      if (!relation) continue;
      const comparable = a.dimension !== null && a.dimension === b.dimension && a.claim.per === b.claim.per;
      facts.push({
        origin: 'article',
        id: `article:${b.claim.id}`,
        relation,
        claim: b.claim,
        agreement: comparable ? compareFigures(figureOf(a.claim), figureOf(b.claim), a.claim.kind) : null,
      });
    }
    result.set(a.claim.id, facts);
  }
  return result;
}
