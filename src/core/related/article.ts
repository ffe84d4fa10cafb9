/**
 * Within one article: the other claims about the same subject or in the same unit, compared with the
 * claim when their figures can be. Claims are grouped by head noun and by unit, each group in article
 * order, and a claim walks outwards from its own place in its groups to the nearest others, looking at no
 * more than MAX_EXAMINED of them: a page with tens of thousands of figures on one subject costs a bounded
 * walk per claim, not a comparison of every pair.
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
  /** Position in the article-ordered group of claims sharing its head noun, or -1. */
  headSlot: number;
  /** Position in the article-ordered group of claims sharing its unit, or -1. */
  unitSlot: number;
}

/** A long article can hold dozens of dollar figures: the card lists only the few nearest in the same unit. */
const MAX_SAME_UNIT = 4;
const MAX_SAME_SUBJECT = 8;
/**
 * Neighbours a claim looks at in one group. Far more than an article's card can show, so ordinary pages get
 * every nearest match; on a page where thousands share a head noun but not a modifier, matches further
 * away than this many neighbours are not looked for.
 */
const MAX_EXAMINED = 64;

function index(claim: Claim): Indexed {
  const unit = canonicalUnit(claim.quantity.unit);
  return {
    claim,
    terms: termsOf({ kind: claim.kind, subject: claim.subject, unit }),
    dimension: dimensionOf(claim.kind, unit),
    headSlot: -1,
    unitSlot: -1,
  };
}

/** Counts share a "unit" only through their subject; a shared currency or measure, per the same thing, says more. */
function unitGroupKey(item: Indexed): string | null {
  if (!item.dimension || item.dimension === 'count') return null;
  return `${item.dimension}|${item.claim.per ?? ''}`;
}

/** Groups items (already in article order) by key, noting each item's place in its group. */
function groupBy(
  items: Indexed[],
  key: (item: Indexed) => string | null | undefined,
  slot: (item: Indexed, at: number) => void,
): Map<string, Indexed[]> {
  const groups = new Map<string, Indexed[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null || k === undefined) continue;
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    slot(item, group.length);
    group.push(item);
  }
  return groups;
}

/**
 * Walks outwards from `slot` in its article-ordered group, nearest first (the earlier one on a tie),
 * collecting the members `accept` takes. It stops once it has `max` and, with `withTies`, every other
 * member as near as the last of them (so a caller can break ties as a sort of the whole group would), or
 * after MAX_EXAMINED members. Returns them nearest first.
 */
function nearestAround(group: Indexed[], slot: number, accept: (b: Indexed) => boolean, max: number, withTies: boolean): Indexed[] {
  const anchor = group[slot]!.claim.start;
  const found: Indexed[] = [];
  let left = slot - 1;
  let right = slot + 1;
  let lastDistance = Number.POSITIVE_INFINITY;
  for (let examined = 0; examined < MAX_EXAMINED; examined++) {
    const l = group[left];
    const r = group[right];
    if (l === undefined && r === undefined) break;
    const takeLeft = r === undefined || (l !== undefined && anchor - l.claim.start <= r.claim.start - anchor);
    const next = takeLeft ? l! : r!;
    const distance = Math.abs(next.claim.start - anchor);
    if (found.length >= max && (!withTies || distance > lastDistance)) break;
    if (takeLeft) left--;
    else right++;
    if (!accept(next)) continue;
    found.push(next);
    lastDistance = distance;
  }
  return found;
}

/** Members of one head group back in the group's (article) order. */
const inArticleOrder = (items: Indexed[]): Indexed[] => items.sort((x, y) => x.headSlot - y.headSlot);

/** The `max` nearest of `items` (in article order), ties to the earlier; returned in article order. */
function nearestFirst(anchor: Claim, items: Indexed[], max: number): Indexed[] {
  const distance = (item: Indexed) => Math.abs(item.claim.start - anchor.start);
  return [...items].sort((x, y) => distance(x) - distance(y)).slice(0, max).sort((x, y) => x.claim.start - y.claim.start);
}

function sameSubjectFact(a: Indexed, b: Indexed): ArticleFact {
  const comparable = a.dimension !== null && a.dimension === b.dimension && a.claim.per === b.claim.per;
  return {
    origin: 'article',
    id: `article:${b.claim.id}`,
    relation: 'same-subject',
    claim: b.claim,
    agreement: comparable ? compareFigures(figureOf(a.claim), figureOf(b.claim), a.claim.kind) : null,
  };
}

const isSortedByStart = (items: Indexed[]): boolean => items.every((item, i) => i === 0 || items[i - 1]!.claim.start <= item.claim.start);

/**
 * For each claim, the other claims of the article related to it, in the article's order. Only claims about
 * the same subject are compared: two dollar figures about different things share a unit, not a meaning.
 * A generator that yields after each claim, so a page can run it in slices; its return value is the map.
 */
export function* relatedClaimsInArticleSteps(claims: Claim[]): Generator<void, Map<string, ArticleFact[]>, void> {
  const indexed: Indexed[] = [];
  for (const claim of claims) {
    indexed.push(index(claim));
    yield;
  }
  // Claims come in article order from the engine; the sort is for callers that gather them otherwise.
  if (!isSortedByStart(indexed)) indexed.sort((x, y) => x.claim.start - y.claim.start);
  const byHead = groupBy(indexed, (item) => item.terms?.head, (item, at) => (item.headSlot = at));
  const byUnit = groupBy(indexed, unitGroupKey, (item, at) => (item.unitSlot = at));
  yield;

  const result = new Map<string, ArticleFact[]>();
  for (const a of indexed) {
    const terms = a.terms;
    const subjectMatch = (b: Indexed): boolean =>
      terms !== null && b.terms !== null && b.claim.id !== a.claim.id && subjectsCompatible(terms, b.terms);
    const headGroup = terms ? byHead.get(terms.head) : undefined;
    const sameSubject = headGroup
      ? nearestFirst(a.claim, inArticleOrder(nearestAround(headGroup, a.headSlot, subjectMatch, MAX_SAME_SUBJECT, true)), MAX_SAME_SUBJECT)
      : [];
    const unitKey = unitGroupKey(a);
    const unitGroup = unitKey ? byUnit.get(unitKey) : undefined;
    // A claim about the same subject is listed as such, not again as one in the same unit.
    const sameUnit = unitGroup
      ? nearestAround(unitGroup, a.unitSlot, (b) => b.claim.id !== a.claim.id && !subjectMatch(b), MAX_SAME_UNIT, false).sort(
          (x, y) => x.claim.start - y.claim.start,
        )
      : [];
    const facts: ArticleFact[] = sameSubject.map((b) => sameSubjectFact(a, b));
    for (const b of sameUnit) {
      facts.push({ origin: 'article', id: `article:${b.claim.id}`, relation: 'same-unit', claim: b.claim, agreement: null });
    }
    result.set(a.claim.id, facts);
    yield;
  }
  return result;
}
