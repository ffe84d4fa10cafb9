import type { Span } from './types';

/**
 * Words whose trailing dot is an abbreviation, not a sentence end, when the next word is capitalised
 * ("Mr. Kim", "Jan. 5", "No. 10", "St. Louis"). Lowercase keys; a single letter ("J. K. Rowling",
 * "U.S.") is an initial and never ends a sentence either.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'cpl',
  'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'v', 'fig', 'approx', 'est', 'dept', 'univ', 'corp', 'co', 'ltd', 'bros',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'd.c', 'cf', 'al',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/** '"…?" Forte said.': the speaker after a quote that closes on a question or exclamation continues its sentence. */
const SPEAKER_AFTER_QUOTE = /^[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t]+(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|recalled)\b/u;

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\u00a0';

/** The word that ends at `dot` (exclusive), dots inside it kept ("e.g", "U.S"); looks back a bounded distance. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  const floor = Math.max(0, dot - 12);
  while (i > floor && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).replace(/^\.+/, '');
}

/** Whether the text after a sentence-ending candidate starts a new sentence: space, then no lowercase word. */
function startsSentence(text: string, from: number): boolean {
  let i = from;
  if (i >= text.length) return true;
  if (!isSpace(text[i]) && text[i] !== '\n') return false;
  while (i < text.length && isSpace(text[i])) i++;
  const next = text[i];
  if (next === undefined || next === '\n') return true;
  return !/[\p{Ll},;:]/u.test(next);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  // Initials: "J.", "D.A.", "H.W."
  if (/^(?:\p{L}\.)*\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The trimmed span of text[start, end), or null when it is only whitespace. */
function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Splits text into sentence spans (trimmed, end exclusive) in one linear pass. A newline always ends a
 * sentence; . ! ? … end one when a space and no lowercase word follow, closing quotes and brackets staying
 * with the sentence they close; decimals ("3.5") and abbreviations ("U.S.", "Mr.", "e.g.") do not.
 */
export function splitSentences(text: string): Span[] {
  return [...sentencesOf(text)];
}

/**
 * splitSentences one sentence at a time: reading the next sentence costs only its own length, so a caller
 * that stops between sentences (the page's sliced scan) never pays for a whole long text at once.
 */
export function* sentencesOf(text: string): Generator<Span, void, void> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      const span = trimmed(text, start, i);
      start = i;
      if (span) yield span;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Take the whole run of terminators ("?!", "...") and the quotes or brackets closing after it.
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?' || text[end] === '…')) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    const single = end - i === 1 || (end > i + 1 && !/[.!?…]/.test(text[i + 1]!));
    if (c === '.' && single && isAbbreviation(text, i)) {
      i = end - 1;
      continue;
    }
    if (startsSentence(text, end) && !(end > i + 1 && CLOSERS.has(text[end - 1]!) && SPEAKER_AFTER_QUOTE.test(text.slice(end, end + 40)))) {
      const span = trimmed(text, start, end);
      start = end;
      if (span) yield span;
    }
    i = end - 1;
  }
  const span = trimmed(text, start, text.length);
  if (span) yield span;
}
