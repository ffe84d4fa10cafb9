/**
 * What a claim counts, prices or measures: the noun phrase the number belongs to ("artillery shells"),
 * carried across "of" ("shipments of military equipment"), or, when the number stands alone ("$3,000
 * each", "5%"), the noun phrase it is said of nearby ("155 mm shells …, priced at $3,000 each";
 * "inflation rose to 5%"; "5% of voters").
 */
import type { QuantityFinding } from '../quantity';
import type { Span } from '../types';
import { AMBIGUOUS_VERBS, AMOUNT_VERB, PRICED, SPEECH_VERBS, TRANSITIVE_AMOUNT_VERBS, VALUED_AT } from './lexicon';
import { DETERMINERS, isPronoun, phraseBefore, type Phrase, WINDOW } from './phrases';
import { breaksBetween, type Word, tokenize } from '../text';

/** Words a subject does not start with: "particularly the 155 mm shells". */
const LEADING_FILLER = new Set([
  ...DETERMINERS,
  'particularly', 'especially', 'notably', 'including', 'mainly', 'mostly', 'chiefly', 'such', 'as', 'like', 'of',
  'only', 'just', 'even', 'also', 'and', 'or', 'but', 'with', 'for',
]);

/** Words a subject never runs into. */
const SUBJECT_STOPS = new Set([
  'that', 'which', 'who', 'whose', 'in', 'on', 'at', 'by', 'from', 'to', 'for', 'with', 'into', 'over', 'under', 'since',
  'during', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could',
  'may', 'might', 'can', 'each', 'apiece', 'per', 'a', 'an', 'the', 'than', 'as', 'last', 'this', 'next', 'ago', 'yesterday',
  'today', 'now', 'according', 'said', 'says', 'reportedly', 'allegedly', 'so', 'while', 'when', 'after', 'before',
  'until', 'because', 'if', 'its', 'their', 'his', 'her', 'our', 'it', 'they', 'he', 'she', 'we', 'more', 'less', 'fewer',
  'not', 'no', 'also', 'only', 'up', 'down', 'out', 'off', 'about', 'around', 'between', 'among', 'against', 'per',
  'higher', 'lower', 'bigger', 'smaller', 'larger', 'greater', 'cheaper', 'dearer', 'older', 'younger', 'earlier', 'later',
  'toward', 'towards', 'via', 'despite', 'across', 'through', 'within', 'without', 'along', 'amid', 'behind', 'beyond',
  'near', 'onto', 'upon', 'like', 'you', 'me', 'us', 'them', 'him', 'i', 'what', 'where', 'how', 'why', 'own',
]);

const clean = (words: Word[]): string => words.map((w) => w.text).join(' ');

/** Past tenses without -ed that end a subject: "14 inches of snow [fell]". */
const IRREGULAR_PAST = new Set([
  'fell', 'rose', 'grew', 'sank', 'slid', 'lost', 'sold', 'went', 'came', 'took', 'made', 'left', 'fled', 'spent', 'paid',
  'won', 'stood', 'fought', 'built', 'bought', 'brought', 'caught', 'kept', 'held', 'led', 'met', 'sent', 'told', 'thought',
  'began', 'ran', 'saw', 'got', 'gave', 'hit', 'cost', 'shot', 'struck', 'drove', 'flew', 'broke', 'fled', 'swept',
]);

const isPlural = (word: string): boolean => word.length > 3 && /[^s]s$/.test(word);

/** The noun phrase that ends at `end`: "bought two [rare 18th-century clocks]", "the [155 mm shells]". */
function subjectWordsBefore(text: string, floor: number, end: number): Word[] {
  const words = tokenize(text, Math.max(floor, end - WINDOW), end);
  const taken: Word[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < 6; i--) {
    const w = words[i]!;
    if (breaksBetween(text, w.end, taken[0]?.start ?? end)) break;
    if (LEADING_FILLER.has(w.lower) || SUBJECT_STOPS.has(w.lower)) break;
    if (/(?:ed|ght)$/.test(w.lower) && taken.length > 0) break;
    taken.unshift(w);
  }
  return taken;
}

/** Words of a subject read forward from `from`: up to a stop word, a participle or punctuation. */
function subjectWordsAfter(text: string, from: number, ceiling: number, maxWords: number, skipLeading = true): Word[] {
  const words = tokenize(text, from, Math.min(ceiling, from + WINDOW));
  const taken: Word[] = [];
  let previousEnd = from;
  let leading = skipLeading;
  for (const w of words) {
    if (taken.length >= maxWords || breaksBetween(text, previousEnd, w.start)) break;
    previousEnd = w.end;
    if (leading && LEADING_FILLER.has(w.lower)) continue;
    leading = false;
    if (taken.length === 0 && LEADING_FILLER.has(w.lower)) break;
    if (SUBJECT_STOPS.has(w.lower) || /^\d/.test(w.text)) break;
    // "shells used by NATO forces": a participle after the noun starts a new phrase.
    if (taken.length > 0 && /(?:ed|ing)$/.test(w.lower) && !/^\p{Lu}/u.test(w.text)) break;
    if (taken.length > 0 && IRREGULAR_PAST.has(w.lower)) break;
    // "40% of commuters cycle": a lowercase word after a plural noun is its verb.
    const previous = taken[taken.length - 1];
    if (previous && isPlural(previous.lower) && /^\p{Ll}/u.test(w.text)) break;
    taken.push(w);
  }
  return taken;
}

/** "X of Y": the "of Y" that continues a counted noun. */
function ofContinuation(text: string, from: number, ceiling: number): string | null {
  const of = /^\s+of\s+/.exec(text.slice(from, Math.min(ceiling, from + 8)));
  if (!of) return null;
  const words = subjectWordsAfter(text, from + of[0].length, ceiling, 5);
  return words.length > 0 ? clean(words) : null;
}

/** "Zillow estimates [home values]": what follows a cue inside the phrase. */
function afterLastCue(phrase: Phrase): Phrase | null {
  let from = 0;
  phrase.words.forEach((w, k) => {
    if (SPEECH_VERBS.has(w.lower) || AMBIGUOUS_VERBS.has(w.lower)) from = k + 1;
  });
  const words = phrase.words.slice(from);
  return words.length > 0 ? { start: words[0]!.start, end: words[words.length - 1]!.end, words } : null;
}

function withoutLeadingDeterminers(phrase: Phrase | null): string | null {
  if (!phrase) return null;
  const words = phrase.words.filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  return words.length > 0 ? clean(words) : null;
}

export function subjectOf(text: string, sentence: Span, finding: QuantityFinding): string | null {
  const { quantity, phrase, per } = finding;
  // The counted noun inside the highlighted phrase: "over 1 million [artillery shells]".
  let inside = text.slice(Math.max(quantity.end, phrase.start), phrase.end);
  if (per && inside.trimEnd().endsWith(per)) inside = inside.trimEnd().slice(0, -per.length);
  const insideWords = tokenize(inside, 0, inside.length).filter((w) => !SUBJECT_STOPS.has(w.lower) || w.lower === 'of');
  while (insideWords[0]?.lower === 'of') insideWords.shift();
  if (insideWords.length > 0) {
    const base = inside.slice(insideWords[0]!.start, insideWords[insideWords.length - 1]!.end).trim();
    if (/\bof\b/.test(base)) return base;
    const more = ofContinuation(text, phrase.end, sentence.end);
    return more ? `${base} of ${more}` : base;
  }

  // "5% of voters"
  const ofWhat = ofContinuation(text, phrase.end, sentence.end);
  if (ofWhat) return ofWhat;

  // "a 155 mm [shell]", "300 [residents]" when the phrase stops at the number: the noun right after it.
  const following = subjectWordsAfter(text, phrase.end, sentence.end, 3, false);
  if (following.length > 0 && !/(?:ed|ing|ly)$/.test(following[0]!.lower) && /^\p{Ll}/u.test(following[0]!.text)) {
    return clean(following);
  }

  const before = text.slice(Math.max(sentence.start, phrase.start - WINDOW), phrase.start);
  // "…, particularly the 155 mm shells used by NATO forces, priced at approximately $3,000 each"
  const priced = PRICED.exec(before);
  if (priced) {
    const commaAt = phrase.start - before.length + priced.index;
    const floor = Math.max(sentence.start, commaAt - WINDOW);
    // "the 155 mm shells used by NATO forces, priced at…": the price is of the shells, not the forces.
    const participle = /\s+\p{Ll}+ed\s+(?:by|in|for|at|from|to|with|across)\b[^,;:]*$/u.exec(text.slice(floor, commaAt));
    const words = subjectWordsBefore(text, floor, participle ? floor + participle.index : commaAt);
    if (words.length > 0) return clean(words);
  }

  // "officials estimate the damage at $2 billion"
  const valued = VALUED_AT.exec(before);
  if (valued?.[1]) {
    const objectAt = phrase.start - before.length + valued.index + valued[0].indexOf(valued[1]);
    const words = subjectWordsAfter(text, objectAt, objectAt + valued[1].length, 6);
    if (words.length > 0) return clean(words);
  }

  // "inflation rose to 5%"
  const verb = AMOUNT_VERB.exec(before);
  const verbWord = verb ? /^\p{L}+/u.exec(verb[0])?.[0].toLowerCase() : undefined;
  // "forces gained 500 km": for counts and measures, who gains is not what is counted.
  const transitive = verbWord !== undefined && TRANSITIVE_AMOUNT_VERBS.has(verbWord) && (finding.kind === 'count' || finding.kind === 'measure');
  if (verb && !transitive) {
    const verbAt = phrase.start - before.length + verb.index;
    const who = phraseBefore(text, verbAt, sentence.start);
    const subject = who && !isPronoun(who) ? withoutLeadingDeterminers(afterLastCue(who)) : null;
    if (subject) return subject;
  }

  return null;
}

