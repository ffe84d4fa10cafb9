/**
 * Figures ClaimLens works out from the article's own numbers, always labelled as computed, with the
 * arithmetic written out: unit conversions, sums of parts stated together, and totals where a count and a
 * unit price name the same thing.
 */
import { runToEnd, type Steps } from '../steps';
import type { Change, Claim } from '../types';
import { figureOf } from './figure';
import { formatFigure, formatNumber, unitSymbol } from './format';
import { lemmatise } from './lemma';
import { termsOf } from './subject';
import type { ComputedFact, Figure } from './types';
import { canonicalUnit, convert, counterpartUnit, isOffsetScale } from './units';

/** Unit conversions of a measure: "155 mm ≈ 6.1 in". */
export function conversionsOf(claim: Claim): ComputedFact[] {
  if (claim.kind !== 'measure') return [];
  const from = canonicalUnit(claim.quantity.unit);
  const to = counterpartUnit(from);
  if (!from || !to) return [];
  const figure = figureOf(claim);
  const convertOne = (v: number) => convert(v, from, to);
  let converted: Figure;
  if (figure.range) {
    const lo = convertOne(figure.range[0]);
    const hi = convertOne(figure.range[1]);
    if (lo === null || hi === null) return [];
    converted = { ...figure, unit: to, range: [lo, hi] };
  } else {
    const value = figure.value === null ? null : convertOne(figure.value);
    if (value === null) return [];
    converted = { ...figure, unit: to, value };
  }
  const stated = formatFigure({ ...figure, change: '=' }, claim.kind);
  const result = formatFigure({ ...converted, change: '=' }, claim.kind);
  const one = convert(1, to, from);
  const arithmetic =
    isOffsetScale(from) || one === null
      ? `${stated} = ${result}`
      : `${stated} ÷ ${formatNumber(one)} ${unitSymbol(from)}/${unitSymbol(to)} = ${result}`;
  return [
    {
      origin: 'computed',
      id: `conversion:${claim.id}:${to}`,
      method: 'conversion',
      text: `${claim.quantity.text} ≈ ${result}`,
      figure: { ...converted, change: converted.change === '=' ? '~' : converted.change },
      arithmetic,
      fromClaims: [claim.id],
    },
  ];
}

/** Text between two claims that lists them as parts of one whole: ", ", " and ", ", and ". */
const LIST_JOIN = /^\s*(,|,?\s*and|,?\s*plus|;)\s*$/i;

/** Without the text (the popup has only the claims), a gap as short as ", and " stands for the join. */
const MAX_JOIN_LENGTH = 7;

function listsTogether(previous: Claim, claim: Claim, text: string | undefined): boolean {
  if (text === undefined) return claim.start - previous.end <= MAX_JOIN_LENGTH;
  return LIST_JOIN.test(text.slice(previous.end, claim.start));
}

/** The firmness of a sum or product: exact only if every part is exact; any "over" part makes it "over". */
function combinedChange(changes: Change[]): Change | null {
  if (changes.some((c) => c === 'up' || c === 'down' || c === '<')) return null;
  if (changes.every((c) => c === '=')) return '=';
  if (changes.every((c) => c === '=' || c === '>')) return '>';
  return '~';
}

/**
 * Sums of counts listed together in one sentence ("47 embassies, three consulates, and three
 * representative offices" → 53). `text` is the analysed text the claims' offsets point into, in order.
 */
export function sumsOf(claims: Claim[], text?: string): ComputedFact[] {
  return runToEnd(sumsSteps(claims, text));
}

/** sumsOf, yielding after each claim. */
export function* sumsSteps(claims: Claim[], text?: string): Steps<ComputedFact[]> {
  const facts: ComputedFact[] = [];
  let run: Claim[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const fact = sumFact(run);
      if (fact) facts.push(fact);
    }
    run = [];
  };
  for (const claim of claims) {
    const previous = run.at(-1);
    const joins =
      previous !== undefined &&
      claim.kind === 'count' &&
      previous.sentence.start === claim.sentence.start &&
      claim.start >= previous.end &&
      listsTogether(previous, claim, text);
    if (!joins) flush();
    if (claim.kind === 'count' && claim.quantity.value !== null) run.push(claim);
    yield;
  }
  flush();
  return facts;
}

function sumFact(parts: Claim[]): ComputedFact | null {
  const change = combinedChange(parts.map((p) => p.quantity.change));
  if (change === null) return null;
  const total = parts.reduce((sum, p) => sum + (p.quantity.value ?? 0), 0);
  const heads = new Set(parts.map((p) => termsOf({ kind: p.kind, subject: p.subject, unit: p.quantity.unit })?.head ?? null));
  const [onlyHead] = heads;
  const unit = heads.size === 1 && onlyHead ? onlyHead : null;
  const figure: Figure = { value: total, range: null, unit, change };
  const sumText = formatFigure(figure, 'count');
  return {
    origin: 'computed',
    id: `sum:${parts.map((p) => p.id).join('+')}`,
    method: 'sum',
    text: unit ? sumText : `${sumText} in all`,
    figure,
    arithmetic: `${parts.map((p) => p.text).join(' + ')} = ${sumText}${unit ? '' : ' in all'}`,
    fromClaims: parts.map((p) => p.id),
  };
}

/** The words that make a price a unit price: "$3,000 each", "$3,000 per shell", "$3,000 apiece". */
function pricedPerHead(price: Claim): string | null {
  const per = price.per?.toLowerCase().trim();
  if (!per) return null;
  if (per === 'each' || per === 'apiece' || per === 'a piece' || per === 'per unit' || per === 'a unit') return '';
  const match = /^(?:per|a|an|each)\s+(.+)$/.exec(per);
  return match?.[1] ? lemmatise(match[1].split(/\s+/).at(-1) ?? '') : null;
}

/**
 * Totals where a count and a unit price name the same thing: "over 1 million artillery shells" and
 * "155 mm shells … approximately $3,000 each" → "over $3 billion". The price's subject (or its "per" noun)
 * must have the count's head noun. Counts are indexed by head noun, and a price is multiplied by its
 * MAX_TOTALS_PER_PRICE nearest counts at most, so a page of thousands of both stays linear.
 */
export function totalsOf(claims: Claim[]): ComputedFact[] {
  return runToEnd(totalsSteps(claims));
}

interface HeadedCount {
  count: Claim;
  head: string;
  /** Place in the claims as given, which orders the totals. */
  order: number;
}

/** Far more totals than one price's card can use; a page of thousands of matching counts gets the nearest. */
const MAX_TOTALS_PER_PRICE = 16;

/** The counts with `price`'s head noun nearest to it (all of them when few), in the order given. */
function countsFor(price: Claim, counts: HeadedCount[]): HeadedCount[] {
  const inGivenOrder = (list: HeadedCount[]) => list.sort((x, y) => x.order - y.order);
  if (counts.length <= MAX_TOTALS_PER_PRICE) return inGivenOrder([...counts]);
  // `counts` is sorted by start: find the price's place, then walk outwards.
  let low = 0;
  let high = counts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (counts[mid]!.count.start < price.start) low = mid + 1;
    else high = mid;
  }
  let left = low - 1;
  let right = low;
  const nearest: HeadedCount[] = [];
  while (nearest.length < MAX_TOTALS_PER_PRICE) {
    const l = counts[left];
    const r = counts[right];
    if (!l && !r) break;
    const takeLeft = !r || (l !== undefined && price.start - l.count.start <= r.count.start - price.start);
    nearest.push(takeLeft ? l! : r!);
    if (takeLeft) left--;
    else right++;
  }
  return inGivenOrder(nearest);
}

/** totalsOf, yielding after each claim. */
export function* totalsSteps(claims: Claim[]): Steps<ComputedFact[]> {
  const facts: ComputedFact[] = [];
  const countsByHead = new Map<string, HeadedCount[]>();
  for (const [order, count] of claims.entries()) {
    if (count.kind !== 'count' || count.quantity.value === null) continue;
    const head = termsOf({ kind: count.kind, subject: count.subject, unit: count.quantity.unit })?.head;
    if (head === undefined) continue;
    let list = countsByHead.get(head);
    if (!list) countsByHead.set(head, (list = []));
    list.push({ count, head, order });
    yield;
  }
  for (const list of countsByHead.values()) list.sort((x, y) => x.count.start - y.count.start || x.order - y.order);
  yield;
  for (const price of claims) {
    yield;
    if (price.kind !== 'money' || price.quantity.value === null) continue;
    const perHead = pricedPerHead(price);
    if (perHead === null) continue;
    const priceHead = perHead || termsOf({ kind: price.kind, subject: price.subject, unit: null })?.head;
    if (!priceHead) continue;
    for (const { count, head: countHead } of countsFor(price, countsByHead.get(priceHead) ?? [])) {
      if (count.quantity.value === null || price.quantity.value === null) continue;
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
