/**
 * Scoring of the claims benchmark: pure functions from a gold page (every number of an article marked
 * claim or not), the analysed text and the highlighted claims to counts. No file or DOM access, so the
 * rules of the measure are unit-tested on tiny inputs (test/bench/claims-scoring.test.ts).
 *
 * The measure:
 * - precision: a highlighted claim is right when its span shares a character with a number the gold
 *   marks as a claim; wrong otherwise (it covers a not-claim, or a number the gold does not list).
 * - recall: a gold claim is found when a highlighted claim shares a character with it.
 * - counted noun: of the found gold claims that count something the sentence names (`noun`), the share
 *   whose highlighted claim reads that noun as its unit (singular, lower case, compared on the last word);
 *   and of all found count claims (`noun` given, a word or null), the share that carry any unit at all.
 */
import { foldForMatching, locateClaim } from './sources-scoring';
import type { Span } from '../src/core/types';

export interface GoldNumber {
  /** The number as the article writes it: "21", "nine", "$4.5 billion". */
  text: string;
  /** A stretch of the article around it, unique in the article, that contains `text`. */
  context: string;
  claim: boolean;
  /** Why a number is not a claim ("year", "age", "time", "name"…), or what kind of claim it is. */
  reason: string;
  /** For a count claim: the counted noun the sentence names, singular ("victim"), or null when it names none. */
  noun?: string | null;
}

/**
 * A gold page's split: 'development' pages were annotated for rule work and their errors are read while
 * writing rules; 'fresh' pages were annotated before ClaimLens was ever run on them and are only scored,
 * so their figures show how the rules do on text they were not written on.
 */
export const CLAIMS_SPLITS = ['development', 'fresh'] as const;
export type ClaimsSplit = (typeof CLAIMS_SPLITS)[number];

export interface ClaimsGoldPage {
  page: string;
  /** 'development' when not given. */
  split: ClaimsSplit;
  /** The page's HTML file, relative to the gold file. */
  html: string;
  notes?: string;
  numbers: GoldNumber[];
}

/** What the benchmark needs of a highlighted claim. */
export interface HighlightedClaim extends Span {
  text: string;
  /** The claim's unit: the counted noun for a count. */
  unit: string | null;
  /** The rule that took the counted noun from outside the number's phrase, when one did. */
  nounRule?: string;
}

function fail(origin: string, message: string): never {
  throw new Error(`${origin}: ${message}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed gold file; throws an Error naming the file and the number at fault. */
export function parseClaimsGold(json: unknown, origin: string): ClaimsGoldPage {
  if (!isRecord(json)) fail(origin, 'a gold file is an object { page, html, numbers }');
  const { page, html, notes, numbers, split } = json;
  if (typeof page !== 'string' || page === '') fail(origin, '"page" must name the page');
  if (split !== undefined && !CLAIMS_SPLITS.includes(split as ClaimsSplit)) fail(origin, `"split" must be one of ${CLAIMS_SPLITS.join(', ')}`);
  if (typeof html !== 'string' || html === '') fail(origin, '"html" must be the page file, relative to the gold file');
  if (!Array.isArray(numbers)) fail(origin, '"numbers" must be an array');
  const parsed = numbers.map((entry: unknown, i): GoldNumber => {
    const where = `${origin} number ${i + 1}`;
    if (!isRecord(entry)) fail(where, 'a number is an object { text, context, claim, reason }');
    const { text, context, claim, reason, noun } = entry;
    if (typeof text !== 'string' || text.trim() === '') fail(where, '"text" must be the number as written');
    if (typeof context !== 'string' || !foldForMatching(context).folded.includes(foldForMatching(text).folded)) {
      fail(where, `"context" must be a string containing "${String(text)}"`);
    }
    if (typeof claim !== 'boolean') fail(where, '"claim" must be true or false');
    if (typeof reason !== 'string' || reason === '') fail(where, '"reason" must say why');
    if (noun !== undefined && noun !== null && (typeof noun !== 'string' || noun === '')) fail(where, '"noun" must be a word or null');
    if (noun !== undefined && !claim) fail(where, 'only a claim has a counted noun');
    return { text, context, claim, reason, ...(noun !== undefined ? { noun } : {}) };
  });
  return { page, html, split: (split as ClaimsSplit | undefined) ?? 'development', ...(typeof notes === 'string' ? { notes } : {}), numbers: parsed };
}

const shares = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The last word of a unit or noun, lower case: "artillery shell" → "shell". */
const headWord = (noun: string): string => noun.toLowerCase().trim().split(/[\s-]+/).pop() ?? '';

export interface PageScore {
  /** Gold numbers that could not be found in the text (their context or text moved). */
  unlocated: GoldNumber[];
  goldClaims: number;
  found: number;
  highlighted: number;
  right: number;
  /** Found gold claims with a `noun`, and those whose highlighted unit is that noun. */
  nouns: number;
  nounsRead: number;
  /** Found gold count claims, and those whose highlighted claim carries a unit (what the card names as counted). */
  counts: number;
  countsWithUnit: number;
  misses: GoldNumber[];
  /** Highlighted claims that cover no gold claim, with the gold number they cover when there is one. */
  wrong: { claim: HighlightedClaim; covers: GoldNumber | null }[];
  /** Found counts whose noun was not read: the gold number and the unit read. */
  nounMisses: { gold: GoldNumber; read: string | null }[];
  /** Found counts whose sentence names no noun and whose highlight carries none either. */
  unnamed: GoldNumber[];
  /** Found counts whose noun a rule took from outside the number's phrase: the gold number, the noun and the rule. */
  taken: { gold: GoldNumber; unit: string; rule: string }[];
}

/** Scores one page's highlighted claims against its gold. */
export function scoreClaimsPage(text: string, gold: ClaimsGoldPage, highlighted: readonly HighlightedClaim[]): PageScore {
  const fold = foldForMatching(text);
  const located: { gold: GoldNumber; span: Span }[] = [];
  const unlocated: GoldNumber[] = [];
  for (const number of gold.numbers) {
    const span = locateClaim(fold, { text: number.text, context: number.context, source: { kind: 'article', name: null } });
    if (span) located.push({ gold: number, span });
    else unlocated.push(number);
  }
  const claims = located.filter((l) => l.gold.claim);
  const score: PageScore = {
    unlocated,
    goldClaims: gold.numbers.filter((n) => n.claim).length,
    found: 0,
    highlighted: highlighted.length,
    right: 0,
    nouns: 0,
    nounsRead: 0,
    counts: 0,
    countsWithUnit: 0,
    misses: gold.numbers.filter((n) => n.claim && unlocated.includes(n)),
    wrong: [],
    nounMisses: [],
    unnamed: [],
    taken: [],
  };
  for (const h of highlighted) {
    if (claims.some((c) => shares(c.span, h))) score.right++;
    else score.wrong.push({ claim: h, covers: located.find((l) => shares(l.span, h))?.gold ?? null });
  }
  for (const c of claims) {
    const hit = highlighted.find((h) => shares(c.span, h));
    if (!hit) {
      score.misses.push(c.gold);
      continue;
    }
    score.found++;
    if (c.gold.noun === undefined) continue;
    score.counts++;
    if (hit.unit !== null) score.countsWithUnit++;
    if (hit.unit !== null && hit.nounRule) score.taken.push({ gold: c.gold, unit: hit.unit, rule: hit.nounRule });
    if (c.gold.noun === null) {
      if (hit.unit === null) score.unnamed.push(c.gold);
      continue;
    }
    score.nouns++;
    if (hit.unit !== null && headWord(hit.unit) === headWord(c.gold.noun)) score.nounsRead++;
    else score.nounMisses.push({ gold: c.gold, read: hit.unit });
  }
  return score;
}

export interface Totals {
  goldClaims: number;
  found: number;
  highlighted: number;
  right: number;
  nouns: number;
  nounsRead: number;
  counts: number;
  countsWithUnit: number;
  unlocated: number;
}

export function addUp(scores: readonly PageScore[]): Totals {
  const totals: Totals = { goldClaims: 0, found: 0, highlighted: 0, right: 0, nouns: 0, nounsRead: 0, counts: 0, countsWithUnit: 0, unlocated: 0 };
  for (const s of scores) {
    totals.goldClaims += s.goldClaims;
    totals.found += s.found;
    totals.highlighted += s.highlighted;
    totals.right += s.right;
    totals.nouns += s.nouns;
    totals.nounsRead += s.nounsRead;
    totals.counts += s.counts;
    totals.countsWithUnit += s.countsWithUnit;
    totals.unlocated += s.unlocated.length;
  }
  return totals;
}

/** Precision, recall and the counted-noun share as fractions; null where there is nothing to divide. */
export function rates(t: Totals): { precision: number | null; recall: number | null; nouns: number | null; countsWithUnit: number | null } {
  return {
    precision: t.highlighted ? t.right / t.highlighted : null,
    recall: t.goldClaims ? t.found / t.goldClaims : null,
    nouns: t.nouns ? t.nounsRead / t.nouns : null,
    countsWithUnit: t.counts ? t.countsWithUnit / t.counts : null,
  };
}

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|' +
  'double|triple|quadruple|twice|\\p{L}+fold';
/** Every number an annotator marks: digits, and number words that stand alone. */
const MENTION = new RegExp(`\\d+(?:[.,]\\d+)*|(?<![\\p{L}])(?:${NUMBER_WORDS})(?![\\p{L}])`, 'giu');

/**
 * Every number in the text as an annotator lists it, with a context unique in the text: what the
 * annotator marks, read from the text alone (never from what ClaimLens finds).
 */
export function numberMentions(text: string): { text: string; context: string; start: number }[] {
  const mentions: { text: string; context: string; start: number }[] = [];
  const flat = text.replace(/\s+/g, ' ');
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    if (/^fold$/i.test(m[0])) continue;
    let reach = 30;
    let context = '';
    do {
      // The left side never holds the same number again, so the number is the first of its kind in the context.
      const left = text.slice(Math.max(0, m.index - reach), m.index).split(m[0]).pop() ?? '';
      context = (left + text.slice(m.index, m.index + m[0].length + reach)).replace(/\s+/g, ' ').trim();
      reach += 20;
    } while (countOf(flat, context) > 1 && reach < 400);
    mentions.push({ text: m[0], context, start: m.index });
  }
  return mentions;
}

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}
