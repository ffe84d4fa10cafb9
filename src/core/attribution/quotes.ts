/**
 * Quotation state across sentences: which stretches of a sentence are inside quotation marks, and
 * whether a quotation is still open when the sentence ends. Curly marks open and close; straight
 * marks toggle; unbalanced marks simply leave the quote open until a paragraph ends.
 */
import type { Span } from '../types';

const MARK = /[“”"«»]/g;

export interface QuoteReading {
  /** Stretches of the sentence inside quotation marks. */
  inside: Span[];
  /** Whether a quotation is open at the end of the sentence. */
  openAtEnd: boolean;
  /** Where the quotation still open at the end began, if it began in this sentence. */
  openedAt: number | null;
}

export function readQuotes(text: string, sentence: Span, openAtStart: boolean): QuoteReading {
  const inside: Span[] = [];
  let open = openAtStart;
  let openedAt: number | null = null;
  let from = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(MARK)) {
    const at = sentence.start + m.index;
    const mark = m[0];
    const opens = mark === '“' || mark === '«' ? true : mark === '”' || mark === '»' ? false : !open;
    if (opens && !open) {
      open = true;
      openedAt = at;
      from = at;
    } else if (!opens && open) {
      inside.push({ start: from, end: at + 1 });
      open = false;
      openedAt = null;
    }
  }
  if (open) inside.push({ start: from, end: sentence.end });
  return { inside, openAtEnd: open, openedAt };
}
