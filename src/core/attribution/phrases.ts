/**
 * Noun phrases read word by word from a point, backwards ("South Korea's Unification Ministry" before
 * "believes") or forwards ("Japan's Yomiuri newspaper" after "as per"). Each walk stops at punctuation,
 * at a function word or after a fixed number of words.
 */
import type { Span } from '../types';
import { AMBIGUOUS_VERBS, CARRIER_WORDS, DENIAL_VERBS, isLexiconWord, SPEECH_VERBS } from './lexicon';
import { breaksBetween, COURTESY_TITLES, TITLE_WORDS, titleAt, type Word, tokenize } from '../text';

/** Where a name read forwards gives way to what it says: "data from the agency [show] 23 days"; "1010data" is a name. */
const endsNameAfter = (w: Word): boolean =>
  SPEECH_VERBS.has(w.lower) || AMBIGUOUS_VERBS.has(w.lower) || DENIAL_VERBS.has(w.lower) || /^\d+(?![\p{L}\d])/u.test(w.text);

/** Participles that open a reduced relative clause after a name: "a poll [released Monday]", "a survey [conducted in May]". */
const TRAILING_PARTICIPLES = new Set(['released', 'published', 'conducted', 'taken', 'issued', 'commissioned', 'compiled', 'carried', 'obtained', 'seen', 'posted', 'filed']);

/** "a poll released Saturday found": the participle and up to four words of its clause, just before a verb. */
const PARTICIPLE_BEFORE_VERB = new RegExp(String.raw`\s(?:${[...TRAILING_PARTICIPLES].join('|')})(?:\s+[\p{L}\d.'’-]+){0,4}\s*$`, 'u');

/** "a poll out this week shows": "out" and a time between what is published and its verb. */
const OUT_WITH_TIME_BEFORE_VERB = /\sout\s+(?:(?:this|last)\s+)?(?:week|month|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$/iu;

/**
 * What may stand between a name and its verb without being part of the name, read from the verb back:
 * a party and state ("Sen. Ana Ruiz (D-Ore.) said", "Rep. Sam Reyes, R-Tex., says"), a day and its part
 * ("Ruiz on Tuesday night warned", "Ruiz Tuesday said"), a time gone by ("has in the past said") and a sentence adverb
 * of two words ("has in fact reported").
 */
const INTERRUPTIONS_BEFORE_VERB = [
  /\s*\(\s*[DRI](?:-[\p{L}.\s]{1,12})?\s*\)\s*$/u,
  /\s*,\s*[DRI]-\p{Lu}[\p{L}.]{0,10}\s*,\s*$/u,
  /\s+(?:in the past|at the time|in recent (?:days|weeks|months|years)|for (?:years|months|decades))\s*$/u,
  // "the board has in fact reported", "Ruiz has of course said": a sentence adverb of two words.
  /\s+(?:in fact|of course|in turn|in effect|by contrast)\s*$/u,
];

/** Cuts the interruptions between a name and its verb off the stretch that ends at `at`. */
function beforeInterruptions(text: string, from: number, at: number): number {
  for (let cut = true; cut; ) {
    cut = false;
    for (const pattern of INTERRUPTIONS_BEFORE_VERB) {
      const found = pattern.exec(text.slice(from, at));
      if (found && found.index > 0) {
        at = from + found.index;
        cut = true;
      }
    }
  }
  return at;
}

/** "analysts polled by", "economists surveyed by": a group of people asked by a pollster, just before its name. */
const POLLED_GROUP_BEFORE = /\b\p{L}+s\s+(?:polled|surveyed|questioned|canvassed)\s+by\s+$/iu;

const MAX_WORDS = 12;
/** How far a walk looks, in characters: enough for the longest name, bounded for long sentences. */
export const WINDOW = 160;

const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'some', 'several', 'many', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'other', 'another', 'both', 'all', 'most',
]);

/** Words no name runs across. */
const STOPS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'as', 'because', 'if', 'than', 'but', 'or', 'nor',
  'so', 'in', 'on', 'with', 'by', 'after', 'before', 'since', 'during', 'until', 'to', 'into', 'over', 'under', 'about',
  'and', 'also', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could',
  'should', 'may', 'might', 'can', 'not', 'there', 'here', 'then', 'however', 'said', 'says', 'say', 'told', 'added',
  'reported', 'according', 'citing', 'quoting', 'per', 'from', 'against', 'between', 'among', 'through', 'without',
  'do', 'does', 'did', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'now', 'still', 'already', 'even', 'just', 'only',
  'reportedly', 'allegedly', 'apparently', 'meanwhile', 'moreover', 'additionally', 'furthermore', 'yet', 'though',
  'although', 'whether', 'what', 'how', 'why', 'once', 'such', 'like', 'up', 'down', 'out', 'off',
]);

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

const NEGATED = /n['’]t$/u;

/** What follows a noun that is also a verb ("report", "polls") when it is used as a noun. */
const NOUN_ENDS_BEFORE = /^(?:\s*[.,;:)]|\s+(?:from|by|of|for|on)\b)/u;

/** "Democratic", "Hispanic", "Republican", "American": a capitalised adjective, which alone is no one's name. */
const ADJECTIVE_OF_A_NAME = /^\p{Lu}\p{Ll}+(?:ic|ican)$/u;

/** "We've", "he's", "they'd": a pronoun with its auxiliary written onto it is still the pronoun. */
const CONTRACTION = /['’](?:ve|re|s|d|ll|m)$/u;

/** The pronoun a word is, contraction aside ("They've" → "they"), or null. */
export function pronounOf(word: string): string | null {
  const bare = word.toLowerCase().replace(CONTRACTION, '');
  return PRONOUNS.has(bare) ? bare : null;
}

/** Words a name may hold between two of its words: "Bank of England", "spokesman for the agency". */
function joinsInside(word: Word, before: Word | undefined, after: Word | undefined): boolean {
  if (!before || !after) return false;
  switch (word.lower) {
    case 'of':
    case 'for':
    case 'at':
      return true;
    case 'with':
      return before.lower === 'familiar';
    case 'to':
      return before.lower === 'close';
    case 'on':
      // "briefed on", "the National Institute on Water Safety", "the Council on Foreign Relations"
      return before.lower === 'briefed' || (/^\p{Lu}/u.test(before.text) && /^\p{Lu}/u.test(after.text) && isLexiconWord(before.text));
    case 'by':
    case 'from':
      // "a report by the agency", "figures from the ministry"
      return CARRIER_WORDS.has(before.lower);
    case 'in':
      // "officials in Kyiv", "a research group in Oslo"
      return /^\p{Lu}/u.test(after.text) && isLexiconWord(before.text);
    case 'and':
    case '&':
      return /^\p{Lu}/u.test(before.text) && /^\p{Lu}/u.test(after.text);
    default:
      return false;
  }
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words that may lead into a day between a name and its verb. */
const DAY_LEADS = new Set(['on', 'earlier', 'later']);

/** Lowercase words that may lead into a name: "defence minister [Karl Aune]", "chief executive [Sara Lind]". */
const ROLE_MODIFIERS = new Set([
  'chief', 'senior', 'deputy', 'former', 'acting', 'top', 'lead', 'head', 'vice', 'assistant', 'associate', 'principal',
  'managing', 'executive', 'foreign', 'defence', 'defense', 'finance', 'health', 'interior', 'economy', 'trade', 'state',
  'national', 'regional', 'local', 'federal', 'city', 'county', 'general', 'press', 'communications', 'spokesman',
  'spokeswoman', 'spokesperson', 'economist', 'analyst', 'director', 'founder', 'president', 'professor', 'researcher',
]);

const isCapitalisedRun = (words: Word[]): boolean => words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w.text));

/** Joining words that neither start nor end a name. */
const LINKS = new Set(['of', 'for', 'at', 'and', '&', 'with', 'to', 'on']);

export interface Phrase {
  start: number;
  end: number;
  words: Word[];
}

function phraseOf(words: Word[]): Phrase | null {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end, words } : null;
}

/** Adverbs and auxiliaries between a name and its verb: "the ministry has also said". */
const BETWEEN_NAME_AND_VERB = new Set([
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'previously', 'earlier', 'later', 'recently',
  'further', 'separately', 'again', 'then', 'last', 'first', 'once', 'had', 'did', 'does', 'do', 'not', 'never', 'always',
  'now', 'still', 'already', 'today', 'yesterday', 'itself', 'himself', 'herself', 'themselves', 'could', 'may', 'might',
  'can', 'should', 'must', 'shall', 'been', 'be', 'often', 'sometimes', 'long', 'since', 'ever',
]);

/**
 * The noun phrase that ends just before `at` (a verb): skips "has also", then walks back to a
 * determiner, a function word or punctuation. Null when nothing name-like is there.
 */
export function phraseBefore(text: string, at: number, floor: number): Phrase | null {
  const from = Math.max(floor, at - WINDOW);
  const participle = PARTICIPLE_BEFORE_VERB.exec(text.slice(from, at));
  if (participle && !breaksBetween(text, from + participle.index, at)) at = from + participle.index;
  const out = OUT_WITH_TIME_BEFORE_VERB.exec(text.slice(from, at));
  if (out) at = from + out.index;
  at = beforeInterruptions(text, from, at);
  const words = tokenize(text, from, at);
  let i = words.length - 1;
  let boundary = at;
  while (i >= 0) {
    const w = words[i]!;
    if (breaksBetween(text, w.end, boundary)) return null;
    // "Dell on Monday announced", "Ruiz on Tuesday night warned": a day between the name and its verb.
    const before = words[i - 1];
    if (PARTS_OF_DAY.has(w.lower) && before && WEEKDAYS.has(before.lower)) {
      boundary = w.start;
      i--;
      continue;
    }
    // "Gowdy earlier Thursday said": a day after "earlier" or "later" needs no "on" ("Super Tuesday" is a name).
    if (WEEKDAYS.has(w.lower) && before && DAY_LEADS.has(before.lower)) {
      const on = before.lower === 'on';
      boundary = on ? before.start : w.start;
      i -= on ? 2 : 1;
      continue;
    }
    if (!BETWEEN_NAME_AND_VERB.has(w.lower) && !/ly$/.test(w.lower)) break;
    boundary = w.start;
    i--;
  }
  const taken: Word[] = [];
  for (; i >= 0 && taken.length < MAX_WORDS; i--) {
    const w = words[i]!;
    const next = taken[0];
    if (breaksBetween(text, w.end, next ? next.start : boundary)) break;
    if (pronounOf(w.text)) {
      if (taken.length === 0) taken.unshift(w);
      break;
    }
    // "aren't", "didn't": a negated auxiliary is a verb, never part of a name.
    if (NEGATED.test(w.lower)) break;
    if (DETERMINERS.has(w.lower)) {
      taken.unshift(w);
      const before = words[i - 1];
      if (before && joinsInside(before, words[i - 2], w) && !breaksBetween(text, before.end, w.start)) continue;
      // "the two companies": determiners stack.
      if (before && DETERMINERS.has(before.lower) && !breaksBetween(text, before.end, w.start)) continue;
      break;
    }
    if (taken.length > 0 && joinsInside(w, words[i - 1], next)) {
      taken.unshift(w);
      continue;
    }
    // "police [reports] show" keeps its carrier for the caller to drop; "… estimates [home values]" does not.
    // "The Harbor [Project] said": a capitalised word after a capital or a determiner is part of a name, not a verb.
    const verbLike = endsNameAfter(w) && !CARRIER_WORDS.has(w.lower) && !insideCapitalisedName(w, words[i - 1]);
    if (STOPS.has(w.lower) || verbLike || WEEKDAYS.has(w.lower)) break;
    // "you were about to retire [Anthony] says": a plain lowercase word does not lead into a name.
    if (next && isCapitalisedRun(taken) && /^\p{Ll}/u.test(w.text) && !isLexiconWord(w.text) && !ROLE_MODIFIERS.has(w.lower)) break;
    taken.unshift(w);
  }
  // "Analysts polled by Datastream expected": the unnamed group polled is the source, the pollster its means.
  const polled = taken[0] ? POLLED_GROUP_BEFORE.exec(text.slice(from, taken[0].start)) : null;
  if (polled && taken[0] && !breaksBetween(text, from + polled.index, taken[0].start)) taken.unshift(...tokenize(text, from + polled.index, taken[0].start));
  while (taken[0] && LINKS.has(taken[0].lower)) taken.shift();
  // "leaning Democratic [states]", "most Republican [states]": a lone capitalised adjective modifies the noun after it.
  if (taken.length === 1 && ADJECTIVE_OF_A_NAME.test(taken[0]!.text)) return null;
  return phraseOf(taken);
}

/** The noun phrase that starts just after `at` (a cue such as "according to"). */
export function phraseAfter(text: string, at: number, ceiling: number): Phrase | null {
  const words = tokenize(text, at, Math.min(ceiling, at + WINDOW));
  const taken: Word[] = [];
  for (let i = 0; i < words.length && taken.length < MAX_WORDS; i++) {
    const w = words[i]!;
    const previous = taken[taken.length - 1];
    if (breaksBetween(text, previous ? previous.end : at, w.start)) break;
    if (taken.length === 0) {
      if (STOPS.has(w.lower) && !PRONOUNS.has(w.lower)) break;
      taken.push(w);
      if (PRONOUNS.has(w.lower)) break;
      continue;
    }
    if (joinsInside(w, previous, words[i + 1]) && !breaksBetween(text, w.end, words[i + 1]!.start)) {
      taken.push(w);
      continue;
    }
    if (DETERMINERS.has(w.lower)) {
      if (taken.every((t) => DETERMINERS.has(t.lower)) || (previous && joinsInside(previous, taken[taken.length - 2], w))) {
        taken.push(w);
        continue;
      }
      break;
    }
    if (STOPS.has(w.lower) || TRAILING_PARTICIPLES.has(w.text)) break;
    // "the agency [reports]" ends the name; "a [report] by" does not, nor a capital inside a name ("Project Jonah").
    // "the 2009 paper": a year after a determiner is part of the name, not a figure it gives.
    const year = /^(?:19|20)\d\d$/.test(w.text) && previous !== undefined && DETERMINERS.has(previous.lower);
    // "a recent [report] from X", "the networks' entrance [polls].": a word that is also a verb is a noun before a preposition or the end.
    const noun = AMBIGUOUS_VERBS.has(w.lower) && NOUN_ENDS_BEFORE.test(text.slice(w.end, w.end + 8));
    const verbLike = endsNameAfter(w) && !/^\p{Lu}/u.test(w.text) && !year && !noun;
    if (verbLike && !(AMBIGUOUS_VERBS.has(w.lower) && previous && DETERMINERS.has(previous.lower))) break;
    // "According to Fox News Ms Rosa allegedly…": a title starts someone else.
    if (COURTESY_TITLES.has(w.text.replace(/\.$/, '')) && taken.some((t) => /^\p{Lu}/u.test(t.text))) break;
    taken.push(w);
  }
  for (let last = taken.at(-1); last && (LINKS.has(last.lower) || DETERMINERS.has(last.lower)); last = taken.at(-1)) taken.pop();
  return phraseOf(taken);
}

/** Words that start a proper name though not capitalised: "1010data", "eBay". */
const startsName = (w: Word): boolean => /^\p{Lu}/u.test(w.text) || /^\d+\p{L}/u.test(w.text) || /^\p{Ll}+\p{Lu}/u.test(w.text);

/**
 * The proper name at the end of a phrase that opens with a common-noun descriptor: "whale rescue
 * group [Project Jonah]", "data analysis firm [1010data]", "Amazon founder [Jeff Bezos]". The words
 * after the last common noun must all be part of a name (capitalised, or joiners such as "of" inside
 * it), so "Japan's Yomiuri newspaper", "a spokeswoman for Greenpeace" and "Stanford University's
 * Center on Poverty" stay whole.
 */
export function properNameOf(phrase: Phrase): Phrase {
  const { words } = phrase;
  const holder = holderAfterTitle(words);
  if (holder) return holder;
  let cut = -1;
  words.forEach((w, k) => {
    if (!startsName(w) && !DETERMINERS.has(w.lower) && !LINKS.has(w.lower)) cut = k;
  });
  const rest = words.slice(cut + 1);
  if (cut < 0 || rest.length === 0 || !startsName(rest[0]!)) return phrase;
  // A possessive descriptor ("the agency's Ana Ruiz") or a determiner alone before the name is kept.
  const descriptor = words.slice(0, cut + 1);
  if (descriptor.every((w) => DETERMINERS.has(w.lower)) || /['’]s?$/u.test(words[cut]!.text)) return phrase;
  // "a research group in Brussels": a place after a preposition is where the body is, not its name.
  if (/^(?:in|from|by|near)$/.test(words[cut]!.lower)) return phrase;
  return phraseOf(rest) ?? phrase;
}

/**
 * "Dock Workers Guild President [Ana Ruiz]", "Ruritania Foreign Minister [Ivo Lang]": in a capitalised run,
 * the body named before a title is whose officer the holder is, not part of the holder's name. A title
 * that opens the run ("President Ana Moreau") stays with the name.
 */
function holderAfterTitle(words: Word[]): Phrase | null {
  const run = words.filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  if (!run.every((w) => startsName(w) || LINKS.has(w.lower))) return null;
  for (let k = 1; k < run.length - 1; k++) {
    const title = titleAt(run.slice(k).map((w) => w.text));
    if (!title) continue;
    const holder = run.slice(k + title.words.length);
    const isName = holder.length >= 2 && holder.length <= 3 && holder.every((w) => startsName(w) && !TITLE_WORDS.has(w.text));
    return isName ? phraseOf(holder) : null;
  }
  return null;
}

/** Whether a capitalised word continues the name before it: "The Harbor [Project]", "the [Report] Card". */
function insideCapitalisedName(word: Word, before: Word | undefined): boolean {
  return /^\p{Lu}/u.test(word.text) && before !== undefined && (/^\p{Lu}/u.test(before.text) || DETERMINERS.has(before.lower));
}

export function isPronoun(phrase: Phrase): boolean {
  return phrase.words.length === 1 && pronounOf(phrase.words[0]!.text) !== null;
}

export { DETERMINERS, ROLE_MODIFIERS };

/** "a poll released Monday", "a survey conducted by the Lakeside Institute", "a poll out Thursday": a reduced relative clause on a document. */
const TRAILING_CLAUSE = new RegExp(String.raw`^\s+(?:${[...TRAILING_PARTICIPLES].join('|')}|out)\b[^,;:.!?"“”()\[\]—–]*`, 'u');

/** ", a spokeswoman for the port,", ", the agency's director": an aside saying who the one named is, up to its closing comma or the sentence's end. */
const APPOSITIVE = /^,\s+(?:(?:a|an|the|one|another|his|her|its|their)\s|\p{Ll}+\s+of\s)[^,;:.!?"“”()—–]{1,80}?(?=\s*(?:,|[.;!?]\s|[.;!?]?$))/u;

/** The reduced relative clause after a phrase ending at `end`, up to `limit`, without the adverbs before a verb ("released Monday [also]"). */
function trailingClauseEnd(text: string, end: number, limit: number): number {
  const clause = TRAILING_CLAUSE.exec(text.slice(end, limit));
  if (!clause) return end;
  const words = tokenize(text, end, end + clause[0].length);
  while (words.length > 1 && (BETWEEN_NAME_AND_VERB.has(words[words.length - 1]!.lower) || /ly$/u.test(words[words.length - 1]!.lower))) words.pop();
  return words[words.length - 1]!.end;
}

/** "a poll released Monday by", "A random survey conducted by", "a 2014 study from": a document and its author's preposition. */
const DOCUMENT_BY_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:(?:a|an|the)\s+)?(?:[\p{L}\d'’/-]+\s+){0,3}?(?:${[...CARRIER_WORDS].join('|')})(?:\s+(?:${[...TRAILING_PARTICIPLES].join('|')})(?:\s+[\p{L}\d]+){0,3}?)?\s+(?:by|from)\s+$`,
  'iu',
);

/** "billion", "dozen": a number read in words counts something, it describes no one. */
const NUMBER_WORD = /^(?:hundred|thousand|million|billion|trillion|dozens?|hundreds|thousands|millions|billions)$/u;

/** "gallons", "voters"; not "boss" or "news". */
const isPlural = (word: string): boolean => /[^su]s$/u.test(word);

/** How many words of a descriptor may stand before a name: "billionaire hedge fund manager [Paul Lind]". */
const DESCRIPTOR_WORDS = 5;

/**
 * "harbour board chair [Ana Ruiz]", "the Gazette's senior editor [Ivo Lang]": a common-noun descriptor written
 * straight before a capitalised name is part of the phrase naming them. Walks back from the name while the words
 * could be a descriptor (no punctuation, function word, verb, adverb or day), taking a determiner that opens it;
 * the word next to the name must be a lowercase noun, the head of the descriptor.
 */
function descriptorStart(text: string, nameStart: number): number {
  const words = tokenize(text, Math.max(0, nameStart - WINDOW), nameStart);
  const head = words[words.length - 1];
  // One person or body is named: a plural ("billion gallons Congress") heads no descriptor of them.
  if (!head || breaksBetween(text, head.end, nameStart) || !/^\p{Ll}[\p{Ll}-]+$/u.test(head.text) || isPlural(head.lower)) return nameStart;
  let start = nameStart;
  for (let i = words.length - 1, taken = 0; i >= 0 && taken < DESCRIPTOR_WORDS; i--, taken++) {
    const w = words[i]!;
    if (breaksBetween(text, w.end, start)) break;
    if (DETERMINERS.has(w.lower) || /['’]s$/u.test(w.lower)) {
      start = w.start;
      if (DETERMINERS.has(w.lower)) break;
      continue;
    }
    const notDescriptor =
      !ROLE_MODIFIERS.has(w.lower) &&
      (STOPS.has(w.lower) || LINKS.has(w.lower) || BETWEEN_NAME_AND_VERB.has(w.lower) || WEEKDAYS.has(w.lower) || endsNameAfter(w) || NUMBER_WORD.test(w.lower) || /(?:ly|ed|ing)$/u.test(w.lower) || pronounOf(w.text) !== null);
    if (notDescriptor) break;
    start = w.start;
  }
  return start;
}

/**
 * The whole noun phrase that names a source, of which its name is a part: "[Wednesday's Lakeside poll] found",
 * "[harbour board chair Ana Ruiz] said", "according to [data from the Labor Department]", "[a poll released Monday]
 * shows", "[Ana Ruiz, a spokeswoman for the port,] said". The card names the body or person ("Lakeside", "Ana
 * Ruiz"); the span shows all the words the sentence names the source with. Read back from a verb the name stands
 * before, or forward from a cue it follows; the name itself when the phrase read there does not hold it.
 */
export function mentionAround(text: string, cue: Span, name: Span): Span {
  // "She's", "they've": a pronoun's span is the pronoun, without the auxiliary written onto it.
  const contraction = CONTRACTION.exec(text.slice(name.start, name.end));
  if (pronounOf(text.slice(name.start, name.end)) !== null) return contraction ? { start: name.start, end: name.end - contraction[0].length } : name;
  const before = name.end <= cue.start;
  if (before) {
    const aside = APPOSITIVE.exec(text.slice(name.end, cue.start));
    if (aside && /^\s*,\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(name.end + aside[0].length, cue.start))) return { start: name.start, end: name.end + aside[0].length };
  }
  const phrase = before ? phraseBefore(text, cue.start, 0) : name.start >= cue.end ? phraseAfter(text, cue.end, text.length) : null;
  if (!phrase || phrase.start > name.start || phrase.end < name.end) return name;
  let start = before && /^\p{Lu}/u.test(text.slice(phrase.start, phrase.start + 1)) ? descriptorStart(text, phrase.start) : phrase.start;
  // "[A poll released Monday by] the Lakeside Institute shows": the document the body's figures come in, before "by".
  const document = before ? DOCUMENT_BY_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start)) : null;
  if (document) start -= document[0].length - document[0].search(/\S/u);
  const end = before ? trailingClauseEnd(text, phrase.end, cue.start) : trailingClauseEnd(text, phrase.end, Math.min(text.length, phrase.end + WINDOW));
  // '"…," said Ana Ruiz, a spokeswoman.': an aside closing the sentence after a verb of saying set off from what it says;
  // after an opening "According to X," or "In a poll released Monday," a comma starts the main clause.
  const inverted = /[,"”'’]\s*$/u.test(text.slice(Math.max(0, cue.start - 3), cue.start)) && SPEECH_VERBS.has(text.slice(cue.start, cue.end).toLowerCase());
  const aside = before || !inverted ? null : APPOSITIVE.exec(text.slice(end, Math.min(text.length, end + WINDOW)));
  const closesSentence = aside !== null && /^\s*(?:[.;!?]|$)/u.test(text.slice(end + aside[0].length, end + aside[0].length + 2));
  return { start, end: closesSentence ? end + aside[0].length : end };
}
