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
  /** Noun compounds among them, as [modifier, head]: "budget bill" → ["budget", "bill"]. */
  compounds: [string, string][];
  /** The compound right after the number, which the figure measures: "$800 billion stimulus bill". */
  measures: [string, string] | null;
}

/** Endings of adjectives and participles: "temporary halibut" names no kind of halibut the way "budget bill" names a bill. */
const ADJECTIVE_ENDING = /(?:ed|al|ary|ive|ous|ic|ful|less|able|ible|ing|ish|ern|ian|based|like|wide|old)$/;

/** Adjacent topic words where the first is a noun naming a kind of the second. */
function compoundsOf(words: string[]): [string, string][] {
  const compounds: [string, string][] = [];
  for (let i = 1; i < words.length; i++) {
    const modifier = topicWord(words[i - 1]!);
    const head = topicWord(words[i]!);
    if (modifier && head && !ADJECTIVE_ENDING.test(modifier)) compounds.push([modifier, head]);
  }
  return compounds;
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
 * opening-clause: a sentence that opens with a subordinate clause ("After bottoming out below 2 percent,
 * the yield …", "When the disk fills, it holds 4 gigabytes") sets the scene for its main clause; the comma
 * that closes the opening clause does not part the two.
 */
const OPENING_SUBORDINATE = /^[\s"“‘']*(?:after|before|when|whenever|while|since|as|once|until|unless|if|although|though|because)\s/i;

/**
 * pronoun-subject: a clause whose subject is a pronoun is about what the pronoun stands for. Within a
 * sentence a personal pronoun ("… estimated that they would add $250 billion") stands for words before it;
 * a demonstrative or plural pronoun opening a sentence ("That would cut revenue by …") for the sentence
 * before. "It" opening a sentence is left alone: it names the article's running subject as often as the
 * last sentence's, and a relative "that" ("a fish that can grow to 500 pounds") has its noun beside it.
 */
const AUXILIARY = String.raw`(?:\s+(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)\b|[’'](?:ll|d|s|re|ve)\b)`;
const PRONOUN_IN_SENTENCE = new RegExp(String.raw`\b(?:it|they)` + AUXILIARY, 'gi');
const PRONOUN_OPENING = new RegExp(String.raw`^[\s"“‘']*(?:that|this|they|these)` + AUXILIARY, 'i');
/** How many words before a pronoun are read as what it stands for: enough for a clause or a short sentence. */
const ANTECEDENT_WORDS = 24;
/** How far back the sentence before is looked for, in characters: a bounded look per figure. */
const ANTECEDENT_REACH = 400;

/**
 * general-noun: nouns that count whatever the sentence names ("the whale stranding capital, with 5,000
 * incidents", "flu spread fast: 300 cases"). Such a figure reads the words before it across clause
 * breaks, as a pronoun reads back.
 */
const GENERAL_NOUNS = new Set(['incident', 'case', 'event', 'episode', 'occurrence', 'instance']);

/** Whether a lemma is a general noun, which counts what its sentence names. */
export function isGeneralNoun(lemma: string): boolean {
  return GENERAL_NOUNS.has(lemma);
}

function countsGeneralNoun(claim: Claim): boolean {
  const noun = claim.kind === 'count' ? (claim.quantity.unit ?? claim.subject ?? '').toLowerCase().split(/\s+/).at(-1) : undefined;
  return noun !== undefined && isGeneralNoun(lemmatise(noun));
}

/**
 * Words that say nothing about what a figure measures: function words, time words (two figures "next
 * year" are not thereby about one thing), reporting verbs, vague quantity words and the units' own words.
 */
const NOT_TOPIC = new Set(
  (
    'a an the of to in on at by for from with as into onto over under about around than then that this these those ' +
    'is are was were be been being has have had do does did will would could should may might can must shall ' +
    'it its it’s it\'s itself themselves himself herself ourselves they them their he him his she her we our you your i me my who whom which what when where why how ' +
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
    'price prices priced cost costs costing value valued worth amount number figure sum average level share total ' +
    // Verbs of money changing hands say that a figure is money, not what it is for: "$0 people pay" and
    // "you can pay $10" are not one price, "spending on roads" and "raised spending" not one budget.
    'pay pays paid paying spend spends spent spending sale sales sell sells sold selling'
  ).split(' '),
);

/** A pronoun or a word fused with one ("it’ll", "they're", "don't") says nothing about a topic. */
const CONTRACTION = /[’'](?:ll|re|ve|d|m|s)$|n[’']t$/;

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
  const whole = word.toLowerCase();
  // A possessive keeps its noun ("Amazon’s"); any other contraction is a pronoun or an auxiliary.
  const lower = /^(?:it|that|there|here|what|who|he|she|let)[’']s$/.test(whole) ? whole : whole.replace(/[’']s$/, '');
  if (lower.length < 2 || NOT_TOPIC.has(lower) || CONTRACTION.test(lower)) return null;
  const lemma = lemmatise(lower);
  return NOT_TOPIC.has(lemma) ? null : canonicalNoun(lemma);
}

function topicWords(words: string[]): string[] {
  return words.map(topicWord).filter((term): term is string => term !== null);
}

/** The topic words of a stretch of text, in order. */
export function topicWordsIn(text: string): string[] {
  return topicWords(wordsIn(text));
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

/**
 * Start of the clause the figure sits in: the last clause break before it, within its sentence. `kept` is
 * a break that does not part clauses (the comma closing an opening subordinate clause).
 */
function clauseStart(text: string, from: number, at: number, kept: number): number {
  const window = text.slice(from, at);
  let start = 0;
  for (const match of window.matchAll(CLAUSE_BREAK)) if (from + (match.index ?? 0) !== kept) start = (match.index ?? 0) + match[0].length;
  return from + start;
}

function clauseEnd(text: string, at: number, to: number, kept: number): number {
  const window = text.slice(at, to);
  for (const match of window.matchAll(CLAUSE_BREAK)) if (at + (match.index ?? 0) !== kept) return at + (match.index ?? 0);
  return to;
}

/** Where the comma closing a sentence's opening subordinate clause sits; -1 when the sentence opens otherwise. */
export function openingClauseEnd(text: string, sentence: Span): number {
  const body = text.slice(sentence.start, sentence.end);
  if (!OPENING_SUBORDINATE.test(body)) return -1;
  const comma = body.indexOf(',');
  return comma === -1 ? -1 : sentence.start + comma;
}

/** Where the sentence before `at` starts, looking back at most ANTECEDENT_REACH characters. */
function sentenceBeforeStart(text: string, at: number): number {
  const windowStart = Math.max(0, at - ANTECEDENT_REACH);
  const window = text.slice(windowStart, at).replace(/\s+$/, '');
  const stop = Math.max(window.lastIndexOf('. ', window.length - 2), window.lastIndexOf('\n'), window.lastIndexOf('? '), window.lastIndexOf('! '));
  return windowStart + stop + 1;
}

/**
 * What a pronoun subject of the figure's clause stands for: the text before it in the sentence, or the
 * sentence before when nothing precedes it. Null when the clause has no pronoun subject.
 */
function antecedentOf(text: string, sentence: Span, from: number, clause: string, clauseAt: number): Span | null {
  if (clauseAt === sentence.start && PRONOUN_OPENING.test(clause)) return { start: sentenceBeforeStart(text, sentence.start), end: sentence.start };
  let pronoun = -1;
  for (const match of clause.matchAll(PRONOUN_IN_SENTENCE)) pronoun = clauseAt + (match.index ?? 0);
  return pronoun > from && /\p{L}/u.test(text.slice(from, pronoun)) ? { start: from, end: pronoun } : null;
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
  const kept = openingClauseEnd(text, sentence);
  const clauseFrom = clauseStart(text, from, claim.start, kept);
  const clauseBefore = text.slice(clauseFrom, claim.start);
  const clauseAfter = text.slice(claim.end, clauseEnd(text, claim.end, to, kept));
  // A clause of one or no words ("After bottoming out below 2 percent, the yield …") is about the rest of
  // its sentence: read on to the neighbouring figures instead.
  const thin = topicWords([...wordsIn(clauseBefore), ...wordsIn(clauseAfter)]).length < MIN_CLAUSE_TERMS;
  // general-noun: "5,000 incidents", "300 cases" count what the words before them name.
  const before = thin || countsGeneralNoun(claim) ? text.slice(from, claim.start) : clauseBefore;
  const after = thin ? text.slice(claim.end, to) : clauseAfter;
  const numberWords = new Set(wordsIn(claim.quantity.text));
  const ownWords = wordsIn(claim.text).filter((word) => !numberWords.has(word));
  const outside = (start: number) => !exclude.some((span) => start >= span.start && start < span.end);
  const wordsOutside = (part: string, offset: number) => [...part.matchAll(WORD)].filter((m) => outside(offset + (m.index ?? 0))).map((m) => m[0]);
  const near = (part: string, offset: number, take: 'first' | 'last') => {
    const words = wordsOutside(part, offset);
    // A thin clause reads its whole sentence up to the neighbouring figures.
    if (thin) return words;
    return take === 'first' ? words.slice(0, CLAUSE_WORDS) : words.slice(-CLAUSE_WORDS);
  };
  const beforeStart = claim.start - before.length;
  const beforeWords = near(before, beforeStart, 'last');
  const afterWords = near(after, claim.end, 'first');
  const antecedent = antecedentOf(text, sentence, from, clauseBefore, clauseFrom);
  const antecedentWords = antecedent ? wordsOutside(text.slice(antecedent.start, antecedent.end), antecedent.start).slice(-ANTECEDENT_WORDS) : [];
  const terms = new Set(
    topicWords([
      ...beforeWords,
      ...ownWords,
      ...afterWords,
      ...wordsIn(claim.subject ?? ''),
      ...antecedentWords,
    ]),
  );
  return {
    excerpt: {
      before: lastWords(text.slice(sentence.start, claim.start), EXCERPT_WORDS),
      number: claim.text,
      after: firstWords(text.slice(claim.end, sentence.end), EXCERPT_WORDS),
    },
    terms: [...terms],
    compounds: [...compoundsOf(beforeWords), ...compoundsOf([...ownWords, ...afterWords])],
    measures: compoundsOf([...ownWords, ...afterWords].slice(0, 2))[0] ?? null,
  };
}
