/**
 * The related-facts definitions of the first ClaimLens, written the plain way, every pair of claims
 * compared (same subject, or the nearest few in the same unit): kept as bench:speed's baseline for what
 * comparing every pair costs. The article's related facts are now chosen by relevance (relevance.ts), so
 * this is no longer the reference their result must equal.
 */
import type { Change, Claim } from '../../../src/core/types';
import { conversionsOf, sumsOf } from '../../../src/core/related/computed';
import { formatFigure } from '../../../src/core/related/format';
import { lemmatise } from '../../../src/core/related/lemma';
import type { Agreement, ComputedFact, Figure } from '../../../src/core/related/types';
import { compareFigures } from '../../../src/core/related/agreement';
import { figureOf } from '../../../src/core/related/figure';
import { subjectsCompatible, termsOf, type SubjectTerms } from '../../../src/core/related/subject';

/** A related claim by the first definitions. */
interface PairFact {
  origin: 'article';
  id: string;
  relation: 'same-subject' | 'same-unit';
  claim: Claim;
  agreement: Agreement | null;
}
import { canonicalUnit, dimensionOf } from '../../../src/core/related/units';

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
function relatedClaimsInArticle(claims: Claim[]): Map<string, PairFact[]> {
  const indexed = claims.map(index).sort((x, y) => x.claim.start - y.claim.start);
  const byHead = groupBy(indexed, (item) => item.terms?.head);
  const byUnit = groupBy(indexed, unitGroupKey);
  for (const group of byUnit.values()) group.forEach((item, slot) => (item.unitSlot = slot));

  const result = new Map<string, PairFact[]>();
  for (const a of indexed) {
    const sameSubject = (a.terms ? (byHead.get(a.terms.head) ?? []) : []).filter(
      (b) => b !== a && b.claim.id !== a.claim.id && b.terms !== null && a.terms !== null && subjectsCompatible(a.terms, b.terms),
    );
    const subjectIds = new Set(sameSubject.map((b) => b.claim.id));
    const unitKey = unitGroupKey(a);
    const sameUnit = unitKey
      ? nearestInUnit(a, byUnit.get(unitKey) ?? [], (b) => b.claim.id === a.claim.id || subjectIds.has(b.claim.id), MAX_SAME_UNIT)
      : [];
    const facts: PairFact[] = nearestFirst(a.claim, sameSubject, MAX_SAME_SUBJECT).map((b) => {
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

/** The firmness of a sum or product: exact only if every part is exact; any "over" part makes it "over". */
function combinedChange(changes: Change[]): Change | null {
  if (changes.some((c) => c === 'up' || c === 'down' || c === '<')) return null;
  if (changes.every((c) => c === '=')) return '=';
  if (changes.every((c) => c === '=' || c === '>')) return '>';
  return '~';
}

/** The words that make a price a unit price: "$3,000 each", "$3,000 per shell", "$3,000 apiece". */
function pricedPerHead(price: Claim): string | null {
  const per = price.per?.toLowerCase().trim();
  if (!per) return null;
  if (per === 'each' || per === 'apiece' || per === 'a piece' || per === 'per unit' || per === 'a unit') return '';
  const match = /^(?:per|a|an|each)\s+(.+)$/.exec(per);
  return match?.[1] ? lemmatise(match[1].split(/\s+/).at(-1) ?? '') : null;
}

/** Totals: every price against every count of the same head noun. */
function totalsOf(claims: Claim[]): ComputedFact[] {
  const facts: ComputedFact[] = [];
  const counts = claims
    .filter((c) => c.kind === 'count' && c.quantity.value !== null)
    .map((count) => ({ count, head: termsOf({ kind: count.kind, subject: count.subject, unit: count.quantity.unit })?.head }));
  for (const price of claims) {
    if (price.kind !== 'money' || price.quantity.value === null) continue;
    const perHead = pricedPerHead(price);
    if (perHead === null) continue;
    const priceHead = perHead || termsOf({ kind: price.kind, subject: price.subject, unit: null })?.head;
    if (!priceHead) continue;
    for (const { count, head: countHead } of counts) {
      if (countHead !== priceHead || count.quantity.value === null || price.quantity.value === null) continue;
      const change = combinedChange([count.quantity.change, price.quantity.change]);
      if (change === null) continue;
      const figure: Figure = { value: count.quantity.value * price.quantity.value, range: null, unit: price.quantity.unit, change };
      const result = formatFigure(figure, 'money');
      facts.push({
        origin: 'computed',
        id: `total:${count.id}*${price.id}`,
        method: 'total',
        text: `${result} for ${count.text}`,
        figure,
        arithmetic: `${formatFigure({ ...figureOf(count), unit: countHead }, 'count')} × ${formatFigure(figureOf(price), 'money')} = ${result}`,
        fromClaims: [count.id, price.id],
      });
    }
  }
  return facts;
}

/** The article's related and computed facts for each claim, by the all-pairs definitions. */
export function allPairsRelatedInArticle(claims: Claim[], text?: string): Map<string, (PairFact | ComputedFact)[]> {
  const result = new Map<string, (PairFact | ComputedFact)[]>();
  for (const [id, facts] of relatedClaimsInArticle(claims)) result.set(id, [...facts]);
  const computed = [...claims.flatMap(conversionsOf), ...sumsOf(claims, text), ...totalsOf(claims)];
  for (const fact of computed) {
    for (const id of fact.fromClaims) result.get(id)?.push(fact);
  }
  return result;
}
