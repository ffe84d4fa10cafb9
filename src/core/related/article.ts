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

/** A long article can hold dozens of dollar figures: the card lists only the few nearest in the same unit. */
const MAX_SAME_UNIT = 4;
const MAX_SAME_SUBJECT = 8;

/**
 * For each claim, the other claims of the article related to it, in the article's order. Only claims about
 * the same subject are compared: two dollar figures about different things share a unit, not a meaning.
 */
export function relatedClaimsInArticle(claims: Claim[]): Map<string, ArticleFact[]> {
  const indexed = claims.map(index);
  const result = new Map<string, ArticleFact[]>();
  for (const a of indexed) {
    const sameSubject: ArticleFact[] = [];
    const sameUnit: ArticleFact[] = [];
    for (const b of indexed) {
      if (b.claim.id === a.claim.id) continue;
      const relation = relate(a, b);
      if (!relation) continue;
      const comparable =
        relation === 'same-subject' && a.dimension !== null && a.dimension === b.dimension && a.claim.per === b.claim.per;
      (relation === 'same-subject' ? sameSubject : sameUnit).push({
        origin: 'article',
        id: `article:${b.claim.id}`,
        relation,
        claim: b.claim,
        agreement: comparable ? compareFigures(figureOf(a.claim), figureOf(b.claim), a.claim.kind) : null,
      });
    }
    const distance = (f: ArticleFact) => Math.abs(f.claim.start - a.claim.start);
    const nearest = (facts: ArticleFact[], max: number) =>
      [...facts].sort((x, y) => distance(x) - distance(y)).slice(0, max).sort((x, y) => x.claim.start - y.claim.start);
    result.set(a.claim.id, [...nearest(sameSubject, MAX_SAME_SUBJECT), ...nearest(sameUnit, MAX_SAME_UNIT)]);
  }
  return result;
}
