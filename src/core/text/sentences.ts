/**
 * The one sentence splitter. Abbreviations and titles come from the shared table, so every reader of
 * sentences (the pipeline, attribution's look-ahead, the quantity finder) parts text the same way.
 */
import type { Span } from '../types';
import { dotEndsAbbreviation } from './abbreviations';

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/** '"…?" Forte said.': the speaker after a quote that closes on a question or exclamation continues its sentence. */
const SPEAKER_AFTER_QUOTE = /^[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t]+(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|recalled)\b/u;

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\u00a0';

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
    if (c === '.' && single && dotEndsAbbreviation(text, i)) {
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

/** The sentences inside a span, in order; a span the pipeline could not part (a paragraph handed over whole) gives several. */
export function sentencesWithin(text: string, span: Span): Span[] {
  const parts = splitSentences(text.slice(span.start, span.end)).map((s) => ({ start: span.start + s.start, end: span.start + s.end }));
  return parts.length > 0 ? parts : [{ start: span.start, end: span.end }];
}
