/**
 * Within one article: the other claims about the same subject or in the same unit, compared with the
 * claim when their figures can be. Claims are grouped by head noun and by unit first, so a page with
 * hundreds of figures costs a pass over each group, not every pair of claims.
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
  /** Position in the group of claims sharing its unit (for finding the nearest ones). */
  unitSlot: number;
}

/** A long article can hold dozens of dollar figures: the card lists only the few nearest in the same unit. */
const MAX_SAME_UNIT = 4;
const MAX_SAME_SUBJECT = 8;

function index(claim: Claim): Indexed {
  const unit = canonicalUnit(claim.quantity.unit);
  return {
    claim,
    terms: termsOf({ kind: claim.kind, subject: claim.subject, unit }),
    dimension: dimensionOf(claim.kind, unit),
    unitSlot: -1,
  };
}

/** Counts share a "unit" only through their subject; a shared currency or measure, per the same thing, says more. */
function unitGroupKey(item: Indexed): string | null {
  if (!item.dimension || item.dimension === 'count') return null;
  return `${item.dimension}|${item.claim.per ?? ''}`;
}

function groupBy(items: Indexed[], key: (item: Indexed) => string | null | undefined): Map<string, Indexed[]> {
  const groups = new Map<string, Indexed[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null || k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function nearestFirst(anchor: Claim, items: Indexed[], max: number): Indexed[] {
  const distance = (item: Indexed) => Math.abs(item.claim.start - anchor.start);
  return [...items].sort((x, y) => distance(x) - distance(y)).slice(0, max).sort((x, y) => x.claim.start - y.claim.start);
}

/** Walks outwards from the claim's slot in its (article-ordered) unit group, collecting up to `max` others. */
function nearestInUnit(a: Indexed, group: Indexed[], skip: (b: Indexed) => boolean, max: number): Indexed[] {
  const found: Indexed[] = [];
  let left = a.unitSlot - 1;
  let right = a.unitSlot + 1;
  while (found.length < max && (left >= 0 || right < group.length)) {
    const l = group[left];
    const r = group[right];
    const takeLeft = r === undefined || (l !== undefined && a.claim.start - l.claim.start <= r.claim.start - a.claim.start);
    const next = takeLeft ? l : r;
    if (takeLeft) left--;
    else right++;
    if (next && !skip(next)) found.push(next);
  }
  return found.sort((x, y) => x.claim.start - y.claim.start);
}

/**
 * For each claim, the other claims of the article related to it, in the article's order. Only claims about
 * the same subject are compared: two dollar figures about different things share a unit, not a meaning.
 */
export function relatedClaimsInArticle(claims: Claim[]): Map<string, ArticleFact[]> {
  const indexed = claims.map(index).sort((x, y) => x.claim.start - y.claim.start);
  const byHead = groupBy(indexed, (item) => item.terms?.head);
  const byUnit = groupBy(indexed, unitGroupKey);
  for (const group of byUnit.values()) group.forEach((item, slot) => (item.unitSlot = slot));

  const result = new Map<string, ArticleFact[]>();
  for (const a of indexed) {
    const sameSubject = (a.terms ? (byHead.get(a.terms.head) ?? []) : []).filter(
      (b) => b !== a && b.claim.id !== a.claim.id && b.terms !== null && a.terms !== null && subjectsCompatible(a.terms, b.terms),
    );
    const subjectIds = new Set(sameSubject.map((b) => b.claim.id));
    const unitKey = unitGroupKey(a);
    const sameUnit = unitKey
      ? nearestInUnit(a, byUnit.get(unitKey) ?? [], (b) => b.claim.id === a.claim.id || subjectIds.has(b.claim.id), MAX_SAME_UNIT)
      : [];
    const facts: ArticleFact[] = nearestFirst(a.claim, sameSubject, MAX_SAME_SUBJECT).map((b) => {
      const comparable = a.dimension !== null && a.dimension === b.dimension && a.claim.per === b.claim.per;
      return {
        origin: 'article',
        id: `article:${b.claim.id}`,
        relation: 'same-subject',
        claim: b.claim,
        agreement: comparable ? compareFigures(figureOf(a.claim), figureOf(b.claim), a.claim.kind) : null,
      };
    });
    for (const b of sameUnit) {
      facts.push({ origin: 'article', id: `article:${b.claim.id}`, relation: 'same-unit', claim: b.claim, agreement: null });
    }
    result.set(a.claim.id, facts);
  }
  return result;
}
