/**
 * The counted noun after a bare number, as its unit: "47 embassies" → "embassy", "over a dozen
 * diplomatic facilities" → "facility", "one man" → "man". Up to two modifiers before a plural head;
 * function words, participles, numbers and punctuation end the search.
 */
import { own } from '../own';
import { isNumberWord } from './numerals';
import { type Token, touching } from './tokens';

export interface CountedNoun {
  /** Token index after the noun. */
  to: number;
  end: number;
  unit: string;
}

const STOPS = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'than', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may',
  'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these',
  'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'per', 'each', 'more', 'less', 'fewer', 'over', 'under',
  'after', 'before', 'since', 'during', 'between', 'ago', 'later', 'earlier', 'so', 'if', 'when', 'while', 'out', 'off',
  'up', 'down', 'about', 'around', 'not', 'no', 'also', 'only', 'just', 'all', 'both', 'into', 'onto', 'through', 'it',
  'they', 'he', 'she', 'we', 'you', 'i', 'them', 'us', 'there', 'here', 'then', 'now', 'yet', 'still', 'even', 'some',
  'any', 'such', 'what', 'where', 'why', 'how', 'very', 'too', 'again', 'ever', 'never', 'apiece', 'percent', 'times',
  'against', 'among', 'across', 'toward', 'towards', 'upon', 'within', 'without', 'via', 'per', 'vs', 'versus', 'or',
  'another', 'other', 'others', 'most', 'least', 'much', 'many', 'few', 'several', 'every', 'either', 'neither', 'own',
]);

/** A function word (preposition, article, pronoun, auxiliary…): never a counted noun or its modifier. */
export const isFunctionWord = (lower: string): boolean => STOPS.has(lower);

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set([
  'this', 'was', 'has', 'is', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'thus', 'plus', 'minus', 'bus', 'gas',
  'yes', 'us', 'as', 'less', 'unless', 'across', 'always', 'perhaps', 'sometimes', 'whereas', 'afterwards', 'besides',
  'towards', 'says', 'does', 'goes', 'makes', 'takes', 'comes', 'gets', 'seems', 'means', 'remains', 'includes',
  'shows', 'needs', 'wants', 'runs', 'lies', 'sits', 'stands', 'sells', 'buys', 'pays', 'costs', 'plays', 'wins',
  'loses', 'leads', 'lives', 'works', 'tells', 'asks', 'gives', 'keeps', 'holds', 'brings', 'begins', 'hits', 'sees',
  'becomes', 'besides', 'nevertheless', 'whereas', 'overseas', 'various', 'previous', 'serious', 'famous', 'numerous',
  'obvious', 'anonymous', 'enormous', 'generous', 'dangerous', 'nervous', 'ridiculous', 'tremendous', 'gorgeous',
]);
const IRREGULAR: Record<string, string> = {
  people: 'people', men: 'man', women: 'woman', children: 'child', police: 'police', staff: 'staff', personnel:
  'personnel', cattle: 'cattle', teeth: 'tooth', mice: 'mouse', geese: 'goose', troops: 'troop', crew: 'crew',
  sheep: 'sheep', fish: 'fish', deer: 'deer', aircraft: 'aircraft', species: 'species', series: 'series',
  // "-ses" plurals whose singular ends in "s" (not "houses" → "house"):
  gases: 'gas', buses: 'bus', lenses: 'lens', viruses: 'virus', bonuses: 'bonus', campuses: 'campus', statuses: 'status',
  censuses: 'census', atlases: 'atlas', canvases: 'canvas', aliases: 'alias', biases: 'bias', focuses: 'focus', surpluses: 'surplus',
};

export const isPluralNoun = (lower: string): boolean =>
  Object.hasOwn(IRREGULAR, lower) || (lower.length > 2 && /s$/.test(lower) && !/(?:ss|us|is|ous|'s|’s)$/.test(lower) && !NOT_PLURAL.has(lower));

/** Words ending in "-ly" that describe a noun rather than a verb: "three family members", "400 elderly residents". */
const LY_ADJECTIVES = new Set([
  'family', 'elderly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'early', 'friendly', 'deadly', 'costly', 'holy',
  'lonely', 'lovely', 'likely', 'only', 'ugly', 'silly', 'assembly', 'supply', 'ally', 'rally', 'belly', 'jelly', 'lily', 'italy',
]);
/** Words that sit between a number and its noun though they are function words elsewhere: "three more noble gases", "300 such promotions". */
const BETWEEN_WORDS = new Set(['more', 'such', 'other', 'additional', 'extra', 'further']);

/**
 * A word that may stand between a number and its noun: adjectives, participles ("11 automated stores",
 * "400 injured people") and nouns used as adjectives; not adverbs ending in "-ly" ("roughly").
 */
const isModifier = (t: Token): boolean =>
  t.kind === 'word' && t.lower.length > 1 && (BETWEEN_WORDS.has(t.lower) || (!STOPS.has(t.lower) && (!/ly$/.test(t.lower) || LY_ADJECTIVES.has(t.lower))));

/** The plurals the rules below would get wrong, by singular ("person" → "people", "people" → "people"). */
const IRREGULAR_PLURALS = new Map<string, string>([
  ...Object.entries(IRREGULAR).map(([plural, singular]): [string, string] => [singular, plural]),
  ['person', 'people'],
  ['foot', 'feet'],
]);

/** The plural of a singular unit or counted noun, read with the same table as `singular`. */
export function plural(noun: string): string {
  const irregular = IRREGULAR_PLURALS.get(noun.toLowerCase());
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The singular of a plural noun (or the last word of a hyphenated one). */
export function singular(noun: string): string {
  const lower = noun.toLowerCase();
  const irregular = own(IRREGULAR, lower);
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|zz)es$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower) && !/ss$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** One word, or a hyphenated run of them ("first-team", "short-range"), from token `i`. */
function wordAt(tokens: Token[], i: number): { to: number; last: Token; text: string } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let j = i;
  let text = t.text;
  while (tokens[j + 1]?.text === '-' && touching(tokens[j], tokens[j + 1]) && tokens[j + 2]?.kind === 'word' && touching(tokens[j + 1], tokens[j + 2])) {
    text += `-${tokens[j + 2]!.text}`;
    j += 2;
  }
  return { to: j + 1, last: tokens[j]!, text };
}

/** Where initials with dots starting at token `i` end ("U.S." → after its last dot), or null when none start there. */
export function dottedInitialsEnd(tokens: Token[], i: number): number | null {
  let j = i;
  while (/^\p{Lu}$/u.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '.' && touching(tokens[j], tokens[j + 1]) && (j === i || touching(tokens[j - 1], tokens[j]))) j += 2;
  return j - i >= 4 ? j : null;
}

/** The counted noun starting at token `i` (right after the number), or null. */
export function countedNounAt(tokens: Token[], i: number, one: boolean): CountedNoun | null {
  let j = i;
  for (let words = 0; words < 4; words++) {
    // "Kia and Hyundai vehicles": names joined by "and" before the noun.
    if (words > 0 && tokens[j]?.lower === 'and' && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) j++;
    // "200 U.S. troops", "40 U.N. observers": initials with dots modify the noun after them.
    const initials = dottedInitialsEnd(tokens, j);
    if (initials !== null) {
      j = initials;
      continue;
    }
    const w = wordAt(tokens, j);
    if (!w) return null;
    const head = w.last.lower;
    if (STOPS.has(w.text.toLowerCase()) && !BETWEEN_WORDS.has(w.text.toLowerCase())) return null;
    if ((isPluralNoun(head) && /^\p{Ll}/u.test(w.last.text)) || (one && words === 0 && isModifier(w.last) && !/s$/.test(head) && /^\p{Ll}/u.test(w.text))) {
      if (one && isPluralNoun(head) && !Object.hasOwn(IRREGULAR, head)) return null;
      return { to: w.to, end: w.last.end, unit: singular(head) };
    }
    if (!isModifier(w.last)) return null;
    j = w.to;
  }
  return null;
}

/** Determiners between "of" and a counted noun: "nine of the victims", "four of its ships". */
const PARTITIVE_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'all']);

/** The noun after "of" that a number counts a part of ("nine of the victims" → "victim", "six of the 10 banks" → "bank"), from token `i`; or null. */
export function partitiveNounAt(tokens: Token[], i: number): CountedNoun | null {
  if (tokens[i]?.lower !== 'of') return null;
  let j = PARTITIVE_DETERMINERS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  // "six of the 10 largest banks", "two of its five stores": past the size of the whole.
  if (tokens[j]?.kind === 'digits' || (tokens[j]?.kind === 'word' && isNumberWord(tokens[j]!.lower))) j++;
  return countedNounAt(tokens, j, false);
}
