/**
 * The one table of abbreviations and titles every reader of text shares: the sentence splitter (whose
 * dot ends no sentence), the tokenizer (whose dot belongs to the word), the phrase walker and the kinds
 * (which title makes a name speak for an office). Titles live in titles.json; a title written with a dot
 * ("Capt.", "Supt.") is an abbreviation too, so the two lists cannot drift apart.
 */
import titles from './titles.json';

export type TitleKind = 'government' | 'military' | 'person';

export interface Title {
  /** The title's words without their final dots: ["Lt", "Gen"]. */
  words: string[];
  kind: TitleKind;
}

const undot = (s: string): string => s.replace(/\.$/, '');

/** Titles written before a name, longest first. */
export const TITLES: readonly Title[] = (
  [
    ...titles.government.map((t) => ({ t, kind: 'government' as const })),
    ...titles.military.map((t) => ({ t, kind: 'military' as const })),
    ...titles.person.map((t) => ({ t, kind: 'person' as const })),
  ] satisfies { t: string; kind: TitleKind }[]
)
  .map(({ t, kind }) => ({ words: t.split(' ').map(undot), kind }))
  .sort((a, b) => b.words.length - a.words.length);

/** Every word of a title, as written without its dot: "Capt", "Prime", "Minister". */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.flatMap((t) => t.words));

/** Courtesy titles: they say nothing of an office ("Mr", "Dr"). */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(
  TITLES.filter((t) => t.kind === 'person' && t.words.length === 1).map((t) => t.words[0]!),
);

/** Titles written with a dot somewhere: their words, lowercase, are abbreviations. */
const DOTTED_TITLE_WORDS = [...titles.government, ...titles.military, ...titles.person]
  .flatMap((t) => t.split(' '))
  .filter((w) => w.endsWith('.'))
  .map((w) => undot(w).toLowerCase());

/**
 * Lowercase words whose trailing dot is an abbreviation, not a sentence end, when the next word is
 * capitalised ("Jan. 5", "No. 10", "St. Louis"), besides the dotted titles. A single letter ("J. K.
 * Rowling", "U.S.") is an initial and never ends a sentence either.
 */
const OTHER_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'hon', 'pres', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'v', 'fig', 'approx', 'est', 'dept', 'univ', 'corp', 'co', 'inc', 'ltd', 'bros',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'd.c', 'cf', 'al',
];

const ABBREVIATIONS: ReadonlySet<string> = new Set([...OTHER_ABBREVIATIONS, ...DOTTED_TITLE_WORDS]);

/** Whether `word` (without its final dot, any case) is an abbreviation or an initial: its dot ends nothing. */
export function isAbbreviation(word: string): boolean {
  if (word.length === 0) return false;
  // Initials: "J", "D.A", "H.W", "U.S"
  if (/^(?:\p{L}\.)*\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The title at the start of `words` (written as read, dots dropped), longest first. */
export function titleAt(words: readonly string[]): Title | null {
  for (const title of TITLES) {
    if (title.words.length > words.length) continue;
    if (title.words.every((t, k) => undot(words[k]!) === t)) return title;
  }
  return null;
}

/** The title that ends `words`, longest first: "NATO Secretary General". */
export function titleAtEnd(words: readonly string[]): Title | null {
  for (const title of TITLES) {
    const from = words.length - title.words.length;
    if (from < 0) continue;
    if (title.words.every((t, k) => undot(words[from + k]!) === t)) return title;
  }
  return null;
}

/** Whether the dot at `dot` closes an abbreviation or an initial ("Capt.", "U.S.", "J."), read back a bounded way. */
export function dotEndsAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  const floor = Math.max(0, dot - 12);
  while (i > floor && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return isAbbreviation(text.slice(i, dot).replace(/^\.+/, ''));
}
