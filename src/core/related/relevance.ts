/**
 * Which figures of one article are related to which, by relevance rather than proximity. Each pair is
 * decided by a named rule that says why it fired:
 *
 * - `same-subject`: the subjects share a head noun and agree in their modifiers ("shells" ~ "artillery shells");
 *   a bare noun stands for a qualified one only within a few sentences, as "the shells" refers back.
 * - `listed-together`: counts the article lists as parts of one whole ("47 embassies, three consulates, …"),
 *   or sets side by side in one sentence under one head noun ("140 pilot whales …, 10 pygmy whales").
 * - `unit-price`: a count and the price of one of the same things ("1 million shells" ~ "$3,000 each").
 * - `same-rate`: amounts in one unit per the same thing ("$16.99 a pound" ~ "$5 and $6 a pound").
 * - `shared-topic`: their clauses share a word that is not everywhere in the article ("$3 billion deal to
 *   buy Oculus" ~ "acquire Oculus for less than its $4 billion asking price").
 * - `apposition`: a figure with no words of its own qualifies the figure before it ("$390 billion next
 *   year, nearly 50 percent more than in 2017"), as does an earlier value of it ("13 percent, up from 6.6
 *   percent"); either shares that figure's relations.
 * - `rounded-value`: one figure is the other rounded ("$9.99" ~ "$10" in the headline).
 * - `coordinated`: counts one sentence joins with ", and" ("5,000 incidents since 1840, and an average of 300
 *   animals a year").
 * - `topic-bridge`: across measures, one shared word relates two figures when another figure of the one's
 *   measure relates to the other by two words, that one among them.
 *
 * A shared word is no evidence when it is what one figure counts and the other does not (`counted-elsewhere`:
 * "300 lists" ≁ "five levels" of lists), when each figure names a different kind of it (`different-kind`:
 * "a budget bill" ≁ "a stimulus bill"), or when two figures of one sentence read it only from the words
 * joining them. Multipliers and changes carried to their level ("risen by half a point, to 3.1 percent")
 * are comparisons, never listed. What a figure's words are (its clause, a pronoun's antecedent, an opening
 * clause, what a general noun such as "incidents" counts) is read in context.ts.
 *
 * Mentions of one figure (the same value and unit about a compatible subject, or a headline repeating the
 * body) are one fact: never listed as related to each other, only noted ("also in the headline").
 *
 * The work is near-linear: candidates come from indexes by subject head, by topic word (words common to
 * much of the article are not indexed), by unit per thing and by value; no pair of claims is compared
 * unless an index puts them together.
 */
import { sentencesOf as sentenceSpans } from '../text/sentences';
import { runToEnd, type Steps } from '../steps';
import type { Claim, Span } from '../types';
import { compareFigures } from './agreement';
import { canonicalNoun, contextOf, isGeneralNoun, openingClauseEnd, topicWord, topicWordsIn, type FigureContext } from './context';
import { figureOf } from './figure';
import { isChangeToLevel, isEarlierValue, isMultiplier, isRoundingOf, rateAfter, roundedTo, significantDigits } from './reading';
import { normalisePer } from './stored';
import { subjectsCompatible, termsOf, type SubjectTerms } from './subject';
import { canonicalUnit, dimensionOf, measuredDimensionOf } from './units';

export type RelevanceRule =
  | 'same-subject'
  | 'listed-together'
  | 'unit-price'
  | 'same-rate'
  | 'rounded-value'
  | 'coordinated'
  | 'shared-topic'
  | 'topic-bridge'
  | 'apposition';

/** How strongly each rule speaks for a relation: the list shows the strongest first, then the nearest. */
const RULE_STRENGTH: Record<RelevanceRule, number> = {
  'same-subject': 6,
  'listed-together': 5,
  'unit-price': 5,
  'same-rate': 4,
  'rounded-value': 4,
  coordinated: 4,
  'shared-topic': 3,
  'topic-bridge': 2,
  apposition: 2,
};

/** A name in more than this share of the article's sentences is the article's main actor… */
const COMMON_NAME_SHARE = 0.1;
/** …and any word in more than this share its theme. */
const COMMON_WORD_SHARE = 0.35;
/** …but a short article's words need a few sentences before they count as everywhere. */
const COMMON_TERM_MIN_SENTENCES = 3;
/** A topic word shared with more figures than this names a theme, not a subject. */
const MAX_TERM_POSTINGS = 6;
/** The most earlier figures one figure is held against in any one index (mentions, list parts). */
const MAX_EXAMINED = 8;
/** A head-noun group larger than this is walked by neighbours, not by all its pairs. */
const MAX_HEAD_GROUP = 24;
/** The end of a sentence, for counting sentences between figures. */
const SENTENCE_END = /[.!?]["”’)]*(?:\s+|$)/g;
/** How many sentences apart a bare noun ("the shells") still stands for a qualified one ("artillery shells"). */
const BARE_REFERENCE_SENTENCES = 3;
/** Shared topic words needed to relate figures of different dimensions, or a bare number. */
const CROSS_DIMENSION_TERMS = 2;

/** One claim as the relevance rules see it. */
export interface ArticleFigure {
  claim: Claim;
  index: number;
  subject: SubjectTerms | null;
  context: FigureContext;
  dimension: string | null;
  per: string | null;
  inHeadline: boolean;
  /** The figure's sentence, counted from the first figure's sentence. */
  sentenceIndex: number;
  /** Whether other figures list it: a multiplier or a change carried to its level is only a comparison. */
  listed: boolean;
  /** The figure's fact: the first mention of the same figure (itself when it is the first). */
  fact: number;
}

export interface Relation {
  figure: ArticleFigure;
  rule: RelevanceRule;
  /** The topic words the two share (for `shared-topic`), for saying why. */
  shared: string[];
}

export interface ArticleRelevance {
  figures: ArticleFigure[];
  /** Related figures by claim id, the strongest and then nearest first; never the claim's own fact. */
  related: Map<string, Relation[]>;
  /** Other mentions of the claim's own figure, by claim id. */
  mentions: Map<string, ArticleFigure[]>;
}

export interface RelevanceOptions {
  /** Where the headline sits in the text, when the text starts with it. */
  headline?: Span | null;
  /** The most related figures kept per claim. */
  max?: number;
}

const DEFAULT_MAX = 8;

/** Units of time: a duration or an age ("over two years", "the 10-year note", "75") qualifies a figure, it is not a topic. */
const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year|decade|century)(?: of age)?$/;

/**
 * A count of one or none without a unit ("one of the better ones", "zero") is a way of speaking, not a
 * figure anyone compares.
 */
function isSingle(claim: Claim): boolean {
  return claim.kind === 'count' && claim.quantity.value !== null && claim.quantity.value <= 1 && claim.quantity.range === null;
}

/** "a billion-dollar deal", "a million-mile journey": a size written as a modifier names a class of things, not a figure. */
const ORDER_OF_MAGNITUDE = /^an?\s+\p{L}+-\p{L}+$/u;

/**
 * number-in-name: "any new 365 stores", "every 747 jet": a determiner that cannot count puts the number
 * in a name or a model, not a count.
 */
const NAMING_DETERMINER = /\b(?:any|every)\s+(?:\p{Ll}+\s+)?$/iu;

function isNumberInName(claim: Claim, text: string | undefined): boolean {
  return claim.kind === 'count' && text !== undefined && NAMING_DETERMINER.test(text.slice(Math.max(claim.sentence.start, claim.start - 30), claim.start));
}

/** Claims that relate to nothing: a single thing, an order of magnitude used as a modifier, a number in a name. */
function isNoFigure(claim: Claim, text: string | undefined): boolean {
  return isSingle(claim) || ORDER_OF_MAGNITUDE.test(claim.quantity.text.trim()) || isNumberInName(claim, text);
}

/**
 * A count with neither a counted noun nor a subject that names one ("10 of their own"): what it counts the
 * article does not say beside it.
 */
function isBare(figure: ArticleFigure): boolean {
  return figure.claim.kind === 'count' && figure.subject === null;
}

/** Durations and ages take part only through their subject: "10-year" is not the yield it qualifies. */
export function isDuration(claim: Claim): boolean {
  return claim.kind === 'measure' && TIME_UNIT.test(canonicalUnit(claim.quantity.unit) ?? '');
}

function canonicalTerms(terms: SubjectTerms | null): SubjectTerms | null {
  return terms && { head: canonicalNoun(terms.head), modifiers: terms.modifiers.map(canonicalNoun) };
}

function sentencesOf(claims: Claim[]): Map<number, Claim[]> {
  const bySentence = new Map<number, Claim[]>();
  for (const claim of claims) {
    const list = bySentence.get(claim.sentence.start);
    if (list) list.push(claim);
    else bySentence.set(claim.sentence.start, [claim]);
  }
  return bySentence;
}

/**
 * Words found in too many of the article's sentences to tell its figures apart. A name stands beside most
 * figures when it is the article's main actor ("North Korea", "Facebook"), so names count from a tenth of
 * the sentences; a common noun is often what those figures are about ("interest" in a story on interest
 * payments), so it counts only when it is in a large share of them ("whale" in a story on whale strandings).
 */
function* commonTerms(text: string): Steps<Set<string>> {
  const names = new Map<string, number>();
  const words = new Map<string, number>();
  let sentenceCount = 0;
  // Sentence by sentence, each a step: a long page is read in slices.
  for (const sentence of sentenceSpans(text)) {
    sentenceCount++;
    const seenNames = new Set<string>();
    const seenWords = new Set<string>();
    const found = text.slice(sentence.start, sentence.end).match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
    yield;
    found.forEach((word, i) => {
      const term = topicWord(word);
      if (!term) return;
      if (!seenWords.has(term)) {
        seenWords.add(term);
        words.set(term, (words.get(term) ?? 0) + 1);
      }
      // The first word of a sentence is capitalised whatever it is.
      if (i > 0 && /^\p{Lu}/u.test(word) && !seenNames.has(term)) {
        seenNames.add(term);
        names.set(term, (names.get(term) ?? 0) + 1);
      }
    });
  }
  const over = (counts: Map<string, number>, share: number) => {
    const threshold = Math.max(COMMON_TERM_MIN_SENTENCES, share * sentenceCount);
    return [...counts].filter(([, n]) => n > threshold).map(([term]) => term);
  };
  return new Set([...over(names, COMMON_NAME_SHARE), ...over(words, COMMON_WORD_SHARE)]);
}

function valueKey(figure: ArticleFigure): string | null {
  const q = figure.claim.quantity;
  const amount = q.range ? `${q.range[0]}-${q.range[1]}` : q.value === null ? null : String(q.value);
  if (amount === null) return null;
  return `${amount}|${figure.dimension ?? figure.claim.kind}|${canonicalUnit(q.unit) ?? ''}|${figure.per ?? ''}`;
}

function sharedTerms(a: ArticleFigure, b: ArticleFigure, common: Set<string>): string[] {
  return a.context.terms.filter((t) => !common.has(t) && b.context.terms.includes(t));
}

/**
 * counted-elsewhere: the word is what one figure counts, and the other counts something else; or what both
 * count, beyond the few sentences a noun refers back over ("500 members" ≁ "three family members" pages on).
 */
function countedElsewhere(term: string, a: ArticleFigure, b: ArticleFigure): boolean {
  // A general noun ("5,000 incidents") counts what its sentence names, not a thing of its own.
  const counts = (f: ArticleFigure) => f.claim.kind === 'count' && f.subject !== null && !isGeneralNoun(f.subject.head);
  const heads = [a, b].filter(counts).map((f) => f.subject!.head);
  if (heads.length !== 2 || !heads.includes(term)) return false;
  return heads[0] !== heads[1] || Math.abs(a.sentenceIndex - b.sentenceIndex) > BARE_REFERENCE_SENTENCES;
}

/**
 * different-kind: one figure measures a kind of the word ("an $800 billion stimulus bill") and the other's
 * clause names only other kinds of it ("a budget bill … raised spending by $300 billion").
 */
function differentKinds(term: string, a: ArticleFigure, b: ArticleFigure): boolean {
  const kindsIn = (f: ArticleFigure) => f.context.compounds.filter(([, head]) => head === term).map(([modifier]) => modifier);
  const measuresOther = (x: ArticleFigure, y: ArticleFigure) => {
    const kinds = kindsIn(y);
    return x.context.measures?.[1] === term && kinds.length > 0 && !kinds.includes(x.context.measures[0]);
  };
  return measuresOther(a, b) || measuresOther(b, a);
}

/**
 * The shared words that speak for a relation: not what only one of them counts, not a word each names a
 * different kind of, and none when both read their words from one sentence (its words are the sentence's,
 * not either figure's: "$10 might seem a lot beside the $0 people pay").
 */
function evidentTerms(a: ArticleFigure, b: ArticleFigure, common: Set<string>, text: string | undefined): string[] {
  const between = text === undefined ? null : wordsBetween(a, b, text);
  return sharedTerms(a, b, common).filter((t) => !countedElsewhere(t, a, b) && !differentKinds(t, a, b) && !(between?.has(t) ?? false));
}

/**
 * Topic words that two figures of one sentence read only from the words joining them ("$10 might seem a
 * lot compared to the $0 …"): those are the sentence's, not either figure's. Null for figures of two
 * sentences, and when the first sits in an opening subordinate clause, whose subject the words after it name.
 */
function wordsBetween(a: ArticleFigure, b: ArticleFigure, text: string): Set<string> | null {
  if (a.claim.sentence.start !== b.claim.sentence.start) return null;
  const [first, second] = a.claim.start < b.claim.start ? [a.claim, b.claim] : [b.claim, a.claim];
  const sentence = first.sentence;
  const opening = openingClauseEnd(text, sentence);
  if (opening !== -1 && first.end <= opening && second.start > opening) return null;
  const termsIn = (from: number, to: number) => new Set(topicWordsIn(text.slice(from, to)));
  const between = termsIn(first.end, second.start);
  const outside = new Set([...termsIn(sentence.start, first.start), ...termsIn(second.end, sentence.end)]);
  return new Set([...between].filter((t) => !outside.has(t)));
}

/** Whether two figures of equal value are one figure mentioned twice. */
function sameMention(a: ArticleFigure, b: ArticleFigure, common: Set<string>): boolean {
  if (a.inHeadline !== b.inHeadline) return true;
  if (a.subject && b.subject && subjectsCompatible(a.subject, b.subject)) return true;
  return sharedTerms(a, b, common).length > 0;
}

/**
 * A bare noun ("shells") stands for a qualified one ("artillery shells") the way "the shells" refers back:
 * a few sentences on, not across the article ("100 million members" of a service ≁ "three family members").
 */
function withinReference(a: ArticleFigure, b: ArticleFigure): boolean {
  const bareA = a.subject!.modifiers.length === 0;
  const bareB = b.subject!.modifiers.length === 0;
  return bareA === bareB || Math.abs(a.sentenceIndex - b.sentenceIndex) <= BARE_REFERENCE_SENTENCES;
}

/** The `max` members of an article-ordered list nearest to a figure. */
function nearestTo(figure: ArticleFigure, list: ArticleFigure[], max: number): ArticleFigure[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.claim.start < figure.claim.start) low = mid + 1;
    else high = mid;
  }
  return list.slice(Math.max(0, low - max / 2), low + max / 2);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const EACH = new Set(['each', 'apiece', 'a piece', 'per unit', 'a unit']);

/** A price of one thing: "$3,000 each", "$3,000 apiece". */
export function isPricedEach(claim: Claim): boolean {
  return claim.kind === 'money' && EACH.has(claim.per?.toLowerCase().trim() ?? '');
}

/** Whether the figure's number is written with a decimal fraction: "$9.99", "13.7 billion". */
function hasDecimals(claim: Claim): boolean {
  return /\d\.\d/.test(claim.quantity.text);
}

/** Whether the text between two claims lists them: ", ", " and ", ", and ". */
const LIST_JOIN = /^\s*(,|,?\s*and|,?\s*plus|;)\s*$/i;
/** The text before a count ends so when the sentence joins it to the count before: ", and an average of". */
const COORDINATED = /,\s*and\s+(?:(?:an?|the)\s+(?:average|total|further)\s+of\s+|another\s+|some\s+|about\s+|around\s+|nearly\s+|over\s+)?$/i;
/** The text before a list's next item ends so: "…on Ninety Mile beach, 51 stranded". */
const LIST_ITEM_START = /[,;]\s*(?:and\s+)?$/i;

export function articleRelevance(claims: Claim[], text: string | undefined, options: RelevanceOptions = {}): ArticleRelevance {
  return runToEnd(articleRelevanceSteps(claims, text, options));
}

/** articleRelevance in small steps (a few per claim or sentence), for a page that runs it in slices. */
export function* articleRelevanceSteps(claims: Claim[], text: string | undefined, options: RelevanceOptions = {}): Steps<ArticleRelevance> {
  const ordered = claims.filter((claim) => !isNoFigure(claim, text)).sort((x, y) => x.start - y.start);
  const bySentence = sentencesOf(ordered.filter((claim) => !isDuration(claim)));
  const headline = options.headline ?? null;
  const figures: ArticleFigure[] = [];
  const sentenceIndex = { last: -1, index: -1 };
  for (const [index, claim] of ordered.entries()) {
    yield;
    if (claim.sentence.start !== sentenceIndex.last) {
      // Sentences without figures count too: the sentence ends since the last figure's sentence began.
      const ends = text === undefined || sentenceIndex.last < 0 ? 1 : (text.slice(sentenceIndex.last, claim.sentence.start).match(SENTENCE_END) ?? []).length;
      sentenceIndex.index = sentenceIndex.last < 0 ? 0 : sentenceIndex.index + Math.max(1, ends);
      sentenceIndex.last = claim.sentence.start;
    }
    const unit = canonicalUnit(claim.quantity.unit);
    const inSentence = bySentence.get(claim.sentence.start) ?? [];
    const neighbours = inSentence.filter((c) => c !== claim);
    const next = inSentence[inSentence.indexOf(claim) + 1];
    const source = claim.source;
    const exclude = source.start !== null && source.end !== null ? [{ start: source.start, end: source.end }] : [];
    figures.push({
      claim,
      index,
      subject: canonicalTerms(termsOf({ kind: claim.kind, subject: claim.subject, unit })),
      context:
        text === undefined ? { excerpt: { before: '', number: claim.text, after: '' }, terms: [], compounds: [], measures: null } : contextOf(claim, text, neighbours, exclude),
      dimension: measuredDimensionOf(claim.kind, unit),
      per: normalisePer(claim.per) ?? (text === undefined ? null : rateAfter(claim, text)),
      inHeadline: headline !== null && claim.start >= headline.start && claim.end <= headline.end,
      sentenceIndex: sentenceIndex.index,
      listed: !isMultiplier(claim) && !(text !== undefined && isChangeToLevel(claim, next, text)),
      fact: index,
    });
  }
  const common = text === undefined ? new Set<string>() : yield* commonTerms(text);
  const figureOfClaim = new Map(figures.map((f) => [f.claim, f]));

  // Mentions of one figure: grouped by value and unit, each joining the first earlier mention it matches
  // (the index keeps first mentions only).
  const byValue = new Map<string, ArticleFigure[]>();
  for (const figure of figures) {
    yield;
    const key = isDuration(figure.claim) ? null : valueKey(figure);
    if (key === null) continue;
    // Only the latest few first mentions of a value are tried: a page repeating one value a thousand times
    // about as many things costs a bounded look per figure.
    const first = (byValue.get(key) ?? []).slice(-MAX_EXAMINED).find((e) => sameMention(e, figure, common));
    if (first) figure.fact = first.index;
    else pushTo(byValue, key, figure);
  }

  const candidates = new Map<number, Map<number, Relation>>();
  const propose = (a: ArticleFigure, b: ArticleFigure, rule: RelevanceRule, shared: string[] = []) => {
    if (a.fact === b.fact) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let forX = candidates.get(x.index);
      if (!forX) candidates.set(x.index, (forX = new Map()));
      const existing = forX.get(y.index);
      if (!existing || RULE_STRENGTH[rule] > RULE_STRENGTH[existing.rule]) forX.set(y.index, { figure: y, rule, shared });
    }
  };

  // same-subject, through an index by head noun.
  const byHead = new Map<string, ArticleFigure[]>();
  for (const figure of figures) if (figure.subject) pushTo(byHead, figure.subject.head, figure);
  for (const group of byHead.values()) {
    // Each figure meets the others of its head noun, or in a long group only the nearest: a page with a
    // hundred "people" counts costs a bounded walk per figure, never every pair.
    const reach = group.length > MAX_HEAD_GROUP ? MAX_HEAD_GROUP / 2 : group.length;
    for (let i = 0; i < group.length; i++) {
      yield;
      for (let j = i + 1; j <= i + reach && j < group.length; j++) {
        yield;
        const a = group[i]!;
        const b = group[j]!;
        if (a.subject && b.subject && subjectsCompatible(a.subject, b.subject) && withinReference(a, b)) propose(a, b, 'same-subject');
      }
    }
  }

  // listed-together and apposition: neighbours within one sentence.
  for (const inSentence of bySentence.values()) {
    yield;
    const members = inSentence.map((claim) => figureOfClaim.get(claim)!);
    for (let i = 1; i < members.length; i++) {
      const previous = members[i - 1]!;
      const figure = members[i]!;
      const join = text?.slice(previous.claim.end, figure.claim.start);
      if (previous.claim.kind === 'count' && figure.claim.kind === 'count' && join !== undefined && LIST_JOIN.test(join)) {
        // A run of parts: each part relates to every earlier part of the same run.
        for (let k = i - 1; k >= 0 && i - k <= MAX_EXAMINED; k--) {
          yield;
          propose(members[k]!, figure, 'listed-together');
          const gap = text?.slice(members[k - 1]?.claim.end ?? 0, members[k]!.claim.start);
          if (k === 0 || gap === undefined || !LIST_JOIN.test(gap)) break;
        }
      }
      if (text !== undefined && figure.context.terms.length === 0) propose(previous, figure, 'apposition');
      // "with 5,000 incidents recorded since 1840, and an average of 300 animals a year": counts one
      // sentence joins with ", and" are figures it gives together about one matter.
      if (join !== undefined && previous.claim.kind === 'count' && figure.claim.kind === 'count' && COORDINATED.test(join)) {
        propose(previous, figure, 'coordinated');
      }
      // "13 percent of spending, up from 6.6 percent in 2017": the same measure at another time.
      if (join !== undefined && previous.dimension === figure.dimension && isEarlierValue(join)) propose(previous, figure, 'apposition');
      // "140 pilot whales …, 10 pygmy whales …, 51 stranded": a bare number opening the next item of a list
      // counts what the item before it counts.
      if (join !== undefined && isBare(figure) && previous.claim.kind === 'count' && previous.subject && LIST_ITEM_START.test(join)) {
        propose(previous, figure, 'listed-together');
      }
    }
    // Counts of one head noun in one sentence are parts the sentence sets side by side ("140 pilot whales
    // …, 10 rare pygmy whales …"), whatever their modifiers.
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length && j - i <= MAX_EXAMINED; j++) {
        yield;
        const a = members[i]!;
        const b = members[j]!;
        if (a.claim.kind === 'count' && b.claim.kind === 'count' && a.subject && b.subject && a.subject.head === b.subject.head) {
          propose(a, b, 'listed-together');
        }
      }
    }
  }

  // unit-price: a price "each" and a count of the thing its subject names.
  const countsByHead = new Map<string, ArticleFigure[]>();
  for (const figure of figures) if (figure.claim.kind === 'count' && figure.subject) pushTo(countsByHead, figure.subject.head, figure);
  for (const figure of figures) {
    if (!isPricedEach(figure.claim) || !figure.subject) continue;
    // The nearest counts of the thing priced: a page of thousands of counts and prices stays linear.
    const counts = countsByHead.get(figure.subject.head) ?? [];
    const near = counts.length > MAX_HEAD_GROUP ? nearestTo(figure, counts, MAX_HEAD_GROUP) : counts;
    for (const count of near) {
      yield;
      propose(count, figure, 'unit-price');
    }
  }

  // same-rate: one unit per the same thing.
  const byRate = new Map<string, ArticleFigure[]>();
  for (const figure of figures) if (figure.per && figure.dimension && figure.per !== 'each' && !isDuration(figure.claim)) pushTo(byRate, `${figure.dimension}|${figure.per}`, figure);
  for (const group of byRate.values()) {
    if (group.length > MAX_TERM_POSTINGS) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        yield;
        propose(group[i]!, group[j]!, 'same-rate');
      }
    }
  }

  // rounded-value, through an index of first mentions by value, unit and rate: a precise figure looks up
  // itself rounded to each shorter precision.
  const byExactValue = new Map<string, ArticleFigure>();
  const roundingKey = (f: ArticleFigure, value: number) => `${value}|${f.dimension}|${canonicalUnit(f.claim.quantity.unit) ?? ''}|${f.per ?? ''}`;
  for (const figure of figures) {
    const value = figure.claim.quantity.value;
    if (value === null || figure.claim.quantity.range || figure.fact !== figure.index || !figure.dimension || isDuration(figure.claim)) continue;
    yield;
    const key = roundingKey(figure, value);
    if (!byExactValue.has(key)) byExactValue.set(key, figure);
  }
  for (const figure of figures) {
    const value = figure.claim.quantity.value;
    // A reader rounds a figure written with decimals ("$9.99", "26.6 megabytes"); 1,001 is not 1,000 rounded.
    if (value === null || figure.claim.quantity.range || !figure.dimension || isDuration(figure.claim) || !hasDecimals(figure.claim)) continue;
    const precision = significantDigits(value);
    for (let digits = 1; digits < precision; digits++) {
      yield;
      const round = byExactValue.get(roundingKey(figure, roundedTo(value, digits)));
      if (round && isRoundingOf(value, round.claim.quantity.value!)) propose(round, figure, 'rounded-value');
    }
  }

  // shared-topic, through an index by topic word; a fact's mentions pool their words.
  const factTerms = new Map<number, ArticleFigure[]>();
  for (const figure of figures) pushTo(factTerms, figure.fact, figure);
  // Pairs of two measures sharing one word only, by that word, for topic-bridge.
  const oneWordAcross = new Map<string, [ArticleFigure, ArticleFigure][]>();
  // Whether some other figure of `a`'s measure relates to `b` by two or more words, `term` among them.
  const bridged = (a: ArticleFigure, b: ArticleFigure, term: string) =>
    [...(candidates.get(b.index)?.values() ?? [])].some(
      (r) => r.rule === 'shared-topic' && r.figure !== a && r.figure.dimension === a.dimension && r.shared.length >= CROSS_DIMENSION_TERMS && r.shared.includes(term),
    );
  const byTerm = new Map<string, Set<number>>();
  for (const figure of figures) {
    if (isDuration(figure.claim)) continue;
    for (const term of figure.context.terms) {
      if (common.has(term)) continue;
      let postings = byTerm.get(term);
      if (!postings) byTerm.set(term, (postings = new Set()));
      postings.add(figure.fact);
    }
  }
  for (const [term, facts] of byTerm) {
    yield;
    if (facts.size < 2 || facts.size > MAX_TERM_POSTINGS) continue;
    const list = [...facts];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        for (const a of factTerms.get(list[i]!) ?? []) {
          for (const b of factTerms.get(list[j]!) ?? []) {
            yield;
            if (!a.context.terms.includes(term) || !b.context.terms.includes(term)) continue;
            // One shared word relates figures of one dimension; across dimensions ("$900 billion in interest
            // payments" and "13 percent of the budget") the clauses must share two.
            // A bare number ("a thing or two", "three of them") counts nothing named: one shared word is chance.
            const shared = evidentTerms(a, b, common, text);
            if (!shared.includes(term)) continue;
            const weak = a.dimension !== b.dimension || isBare(a) || isBare(b);
            if (!weak || shared.length >= CROSS_DIMENSION_TERMS) propose(a, b, 'shared-topic', shared);
            else if (a.dimension !== b.dimension && !isBare(a) && !isBare(b)) pushTo(oneWordAcross, term, [a, b]);
          }
        }
      }
    }
  }

  // topic-bridge: across measures one shared word relates two figures when a figure of the one's measure
  // sharing that word relates to the other by two ("$390 billion of interest" ~ "13 percent of the budget
  // for interest payments", since "$900 billion in interest payments" ~ that 13 percent).
  for (const [term, pairs] of oneWordAcross) {
    for (const [a, b] of pairs.slice(0, MAX_EXAMINED)) {
      yield;
      if (bridged(a, b, term) || bridged(b, a, term)) propose(a, b, 'topic-bridge', [term]);
    }
  }

  // A figure in apposition qualifies the one before it ("$390 billion next year, nearly 50 percent more than
  // in 2017"): it shares that figure's relations, one step, never through another apposition.
  const appositions: [ArticleFigure, ArticleFigure][] = [];
  for (const [index, forFigure] of candidates) {
    for (const relation of forFigure.values()) {
      if (relation.rule === 'apposition' && relation.figure.index < index) appositions.push([figures[index]!, relation.figure]);
    }
  }
  // The head's relations are those of all its fact's mentions ("13 percent" said twice, once with the words).
  // At most MAX_EXAMINED of them, the head's own first: a bounded look per apposition.
  const relationsOfFact = (figure: ArticleFigure) => {
    const mentions = [figure, ...(factTerms.get(figure.fact) ?? []).slice(0, MAX_EXAMINED).filter((m) => m !== figure)];
    const found: Relation[] = [];
    for (const mention of mentions) {
      for (const relation of candidates.get(mention.index)?.values() ?? []) {
        if (found.length >= MAX_EXAMINED) return found;
        found.push(relation);
      }
    }
    return found;
  };
  for (const [qualifier, head] of appositions) {
    for (const relation of relationsOfFact(head)) {
      yield;
      // One step of inference only: never through another apposition or a bridge.
      if (relation.rule !== 'apposition' && relation.rule !== 'topic-bridge' && relation.figure !== qualifier) propose(qualifier, relation.figure, 'apposition');
    }
  }

  const related = new Map<string, Relation[]>();
  const mentions = new Map<string, ArticleFigure[]>();
  const max = options.max ?? DEFAULT_MAX;
  for (const figure of figures) {
    yield;
    mentions.set(figure.claim.id, (factTerms.get(figure.fact) ?? []).slice(0, MAX_EXAMINED + 1).filter((other) => other !== figure));
    // A fact's relations are its mentions' relations; each related fact is listed once, by its first mention.
    const pooled = new Map<number, Relation>();
    for (const mention of (factTerms.get(figure.fact) ?? []).slice(0, MAX_EXAMINED)) {
      for (const relation of candidates.get(mention.index)?.values() ?? []) {
        const target = figures[relation.figure.fact]!;
        const existing = pooled.get(target.index);
        const better = !existing || RULE_STRENGTH[relation.rule] > RULE_STRENGTH[existing.rule];
        if (better) pooled.set(target.index, { ...relation, figure: target });
      }
    }
    const distance = (r: Relation) => Math.abs(r.figure.claim.start - figure.claim.start);
    const list = [...pooled.values()]
      .filter((r) => r.figure.claim.id !== figure.claim.id && r.figure.listed)
      .sort((x, y) => RULE_STRENGTH[y.rule] - RULE_STRENGTH[x.rule] || distance(x) - distance(y))
      .slice(0, max);
    related.set(figure.claim.id, list);
  }
  return { figures, related, mentions };
}

/** Rules that relate two figures because they state one thing: their counts may be held against each other. */
const SAME_THING: ReadonlySet<RelevanceRule> = new Set(['same-subject', 'rounded-value', 'same-rate', 'apposition']);

/**
 * How a related figure compares with the claim when both measure the same thing in one dimension. Counts
 * share one dimension whatever they count, so two counts compare only when they count the same noun or the
 * rule that relates them says they state one thing: "2,000 shipments" beside "1 million shells" is related
 * (the same trade) but not "500 times lower".
 */
export function agreementOf(a: Claim, b: Claim, rule: RelevanceRule) {
  const unitA = canonicalUnit(a.quantity.unit);
  const unitB = canonicalUnit(b.quantity.unit);
  const comparable =
    dimensionOf(a.kind, unitA) !== null && dimensionOf(a.kind, unitA) === dimensionOf(b.kind, unitB) && normalisePer(a.per) === normalisePer(b.per);
  const sameCounted = a.kind !== 'count' || unitA === unitB || SAME_THING.has(rule);
  return comparable && sameCounted ? compareFigures(figureOf(a), figureOf(b), a.kind) : null;
}

/**
 * Where the headline sits: the text's first line when it is the page's title (the article extraction puts
 * the headline first). Null when the text does not start with it.
 */
export function headlineSpan(text: string, title: string | null): Span | null {
  if (!title) return null;
  const end = text.indexOf('\n');
  const first = (end === -1 ? text : text.slice(0, end)).trim().toLowerCase();
  const wanted = title.trim().toLowerCase();
  if (first.length === 0 || !(wanted.includes(first) || first.includes(wanted))) return null;
  return { start: 0, end: end === -1 ? text.length : end };
}
