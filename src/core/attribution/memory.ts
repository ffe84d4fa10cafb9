/**
 * What the describer remembers from one sentence to the next, in one explicit record: the sources a
 * pronoun or a bare "the ministry" may stand for, the quotation still open and its speaker, and where the
 * last sentence ended. The describer reads it before a sentence and writes it after; nothing else is kept
 * between sentences except the registries of people, bodies and quote blocks (see their modules).
 */
import type { Source, Span } from '../types';

/** How many sentences a named source stays available to "it", "he" or "the ministry" after it. */
export const PRONOUN_REACH = 4;

export interface Antecedent {
  source: Source;
  /** Sentences since it was named. */
  age: number;
}

export interface OpenQuote {
  open: boolean;
  /** Opened by ‘, so only ’ closes it. */
  single: boolean;
  speaker: Source | null;
  /** Sentences it has run. */
  age: number;
}

export interface DescriberMemory {
  /** The last named source of any kind ("they"). */
  lastNamed: Antecedent | null;
  /** The last named individual ("he", "she"). */
  lastPerson: Antecedent | null;
  /** The last named body ("it"). */
  lastBody: Antecedent | null;
  /** A quotation still open at the end of the last sentence. */
  quote: OpenQuote;
  /** The speaker of the previous sentence's quotation: '"…," she said. "…"' goes on with the same voice. */
  lastQuoted: Source | null;
  /** Where the last sentence ended: a newline since then is a paragraph break. */
  previousEnd: number;
  /** Where the sentence being described starts: how far back a pronoun looks for its person within it. */
  sentenceStart: number;
  /** The sentence being described. */
  sentenceSpan: Span;
}

export function closedQuote(): OpenQuote {
  return { open: false, single: false, speaker: null, age: 0 };
}

export function freshMemory(): DescriberMemory {
  return { lastNamed: null, lastPerson: null, lastBody: null, quote: closedQuote(), lastQuoted: null, previousEnd: 0, sentenceStart: 0, sentenceSpan: { start: 0, end: 0 } };
}

/** The newest of `named` becomes the antecedent; without one, the old antecedent ages out after a few sentences. */
export function carryForward(current: Antecedent | null, named: { source: Source }[]): Antecedent | null {
  const newest = named[named.length - 1];
  if (newest) return { source: newest.source, age: 0 };
  if (current && current.age + 1 < PRONOUN_REACH) return { source: current.source, age: current.age + 1 };
  return null;
}
