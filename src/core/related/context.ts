/**
 * What a figure is about, read from the words around it: a short excerpt of its sentence (before / the
 * number / after, as plain strings for the views to render as text) and the topic words of its clause,
 * lemmatised, which the relevance rules compare. A claim's own subject is often missing ("$390 billion" in
 * "the cost of interest is on track to hit $390 billion"); the clause still says what it is about.
 */
import type { Claim, Span } from '../types';
import { own } from '../own';
import { lemmatise } from './lemma';

/** A few words either side of the number, cut at word boundaries, never past the sentence. */
export interface Excerpt {
  before: string;
  number: string;
  after: string;
}

export interface FigureContext {
  excerpt: Excerpt;
  /** Lemmatised content words of the figure's clause and of the claim itself, without its number. */
  terms: string[];
}

/** Where a clause ends: punctuation that sets off a phrase, and the conjunctions that start a new one. */
const CLAUSE_BREAK = /[,;:()\u2014\u2013"\u201c\u201d]|\s-{1,2}\s|\s(?:and|but|while|whereas)\s/giu;
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
/** How far a figure's clause reaches either side, in words: far enough for "the yield on the 10-year Treasury note has risen … to 3.1 percent". */
const CLAUSE_WORDS = 9;
const EXCERPT_WORDS = 6;
/** Fewer topic words than this (none) and the clause is read with the rest of its sentence. */
const MIN_CLAUSE_TERMS = 1;

/**
 * Words that say nothing about what a figure measures: function words, time words (two figures "next
 * year" are not thereby about one thing), reporting verbs, vague quantity words and the units' own words.
 */
const NOT_TOPIC = new Set(
  (
    'a an the of to in on at by for from with as into onto over under about around than then that this these those ' +
    'is are was were be been being has have had do does did will would could should may might can must shall ' +
    'it its it’s it\'s they them their he him his she her we our you your i me my who whom which what when where why how ' +
    'not no nor or and but if so just only also even still already yet very more most less least much many few some any ' +
    'all each every other another such same both either neither own up down out off again further once ' +
    'nearly almost approximately roughly around about estimated total totalled totaled some least just ' +
    'said says say told according reported reportedly cited citing added noted estimates estimate ' +
    'year years month months week weeks day days decade decades century today yesterday tomorrow now recently ' +
    'annually annual monthly weekly daily next last previous since until ago early late earlier later ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'percent percentage per cent point points dollar dollars euro euros pound pounds million billion trillion thousand hundred ' +
    'one two three four five six seven eight nine ten dozen dozens hundreds thousands millions billions ' +
    'like well there here because while though although however below above nearly beyond within after before ' +
    // Words for the measure itself: two prices are not about one thing because both are prices.
    // Verbs of any change or possession, which say what happened to a figure, not what it counts.
    'add adds added make makes made get gets got take takes took reach reached hit hits rise rose risen fall fell fallen climb climbed ' +
    'raise raised increase increased grow grew grown expect expected plan plans planned need needed come came go went see seen ' +
    'adding making getting taking reaching hitting rising falling climbing raising increasing growing expecting ' +
    'price prices priced cost costs costing value valued worth amount number figure sum average level share total'
  ).split(' '),
);

function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Nouns news uses for one thing, read as one: "jobs" ~ "positions", "deaths" ~ "fatalities". Kept short
 * on purpose: each entry is a pair a reader would never tell apart in a figure's subject.
 */
const SAME_THING: Record<string, string> = {
  position: 'job',
  post: 'job',
  fatality: 'death',
  casualty: 'death',
  resident: 'person',
  inhabitant: 'person',
  automobile: 'car',
  firm: 'company',
  outlay: 'spending',
  expenditure: 'spending',
};

/** A lemma in the form relevance compares: "positions" and "jobs" both read "job". */
export function canonicalNoun(lemma: string): string {
  return own(SAME_THING, lemma) ?? lemma;
}

/** The topic form of a word: lower-cased, lemmatised; null when it says nothing about a topic. */
export function topicWord(word: string): string | null {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (lower.length < 2 || NOT_TOPIC.has(lower)) return null;
  const lemma = lemmatise(lower);
  return NOT_TOPIC.has(lemma) ? null : canonicalNoun(lemma);
}

function topicWords(words: string[]): string[] {
  return words.map(topicWord).filter((term): term is string => term !== null);
}

/** The last `n` words of a string, and the first `n`, as text cut at word boundaries. */
function lastWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}
function firstWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, n).join(' ');
}

/** Start of the clause the figure sits in: the last clause break before it, within its sentence. */
function clauseStart(text: string, from: number, at: number): number {
  const window = text.slice(from, at);
  let start = 0;
  for (const match of window.matchAll(CLAUSE_BREAK)) start = (match.index ?? 0) + match[0].length;
  return from + start;
}

function clauseEnd(text: string, at: number, to: number): number {
  const window = text.slice(at, to);
  CLAUSE_BREAK.lastIndex = 0;
  const match = CLAUSE_BREAK.exec(window);
  CLAUSE_BREAK.lastIndex = 0;
  return match ? at + match.index : to;
}

/**
 * The figure's context. `neighbours` are the other claims' spans in the same sentence: a clause stops at
 * them, so "$19 billion acquisition of WhatsApp, … its $1 billion buyout of Instagram" keeps the two apart.
 * `exclude` spans (the source the article names) give no topic words: "according to the Congressional
 * Budget Office" says who, not what.
 */
export function contextOf(claim: Claim, text: string, neighbours: Span[], exclude: Span[] = []): FigureContext {
  const { sentence } = claim;
  let from = sentence.start;
  let to = sentence.end;
  for (const other of neighbours) {
    if (other.end <= claim.start) from = Math.max(from, other.end);
    else if (other.start >= claim.end) to = Math.min(to, other.start);
  }
  const clauseBefore = text.slice(clauseStart(text, from, claim.start), claim.start);
  const clauseAfter = text.slice(claim.end, clauseEnd(text, claim.end, to));
  // A clause of one or no words ("After bottoming out below 2 percent, the yield …") is about the rest of
  // its sentence: read on to the neighbouring figures instead.
  const thin = topicWords([...wordsIn(clauseBefore), ...wordsIn(clauseAfter)]).length < MIN_CLAUSE_TERMS;
  const before = thin ? text.slice(from, claim.start) : clauseBefore;
  const after = thin ? text.slice(claim.end, to) : clauseAfter;
  const numberWords = new Set(wordsIn(claim.quantity.text));
  const ownWords = wordsIn(claim.text).filter((word) => !numberWords.has(word));
  const outside = (start: number) => !exclude.some((span) => start >= span.start && start < span.end);
  const near = (part: string, offset: number, take: 'first' | 'last') => {
    const words = [...part.matchAll(WORD)].filter((m) => outside(offset + (m.index ?? 0))).map((m) => m[0]);
    // A thin clause reads its whole sentence up to the neighbouring figures.
    if (thin) return words;
    return take === 'first' ? words.slice(0, CLAUSE_WORDS) : words.slice(-CLAUSE_WORDS);
  };
  const beforeStart = claim.start - before.length;
  const terms = new Set(
    topicWords([...near(before, beforeStart, 'last'), ...ownWords, ...near(after, claim.end, 'first'), ...wordsIn(claim.subject ?? '')]),
  );
  return {
    excerpt: {
      before: lastWords(text.slice(sentence.start, claim.start), EXCERPT_WORDS),
      number: claim.text,
      after: firstWords(text.slice(claim.end, sentence.end), EXCERPT_WORDS),
    },
    terms: [...terms],
  };
}
