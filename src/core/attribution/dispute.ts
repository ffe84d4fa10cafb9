/**
 * Denials: "North Korea denies the figure", "…, a toll the army disputes". A denial counts against a
 * claim only when it is about a claim — its object is the figure, the report, the claim or "it" — in
 * the claim's own sentence or the very next sentence of the same paragraph.
 */
import type { Span } from '../types';
import { kindOfName } from './kinds';
import { CLAIM_NOUNS, DENIAL_VERBS } from './lexicon';
import { isPronoun, phraseBefore } from './phrases';
import { startsSentence } from '../text';

const DENIAL = new RegExp(`\\b(?:${[...DENIAL_VERBS].join('|')})\\b`, 'gi');
const OBJECT = /^\s+(?:(?:the|these|this|that|those|such|its|their|any|all)\s+)?(?:[a-z-]+\s+)?([a-z]+)\b/i;

export interface Denial {
  /** Who denies, as written. */
  by: string;
  byStart: number;
  byEnd: number;
  at: number;
}

/** Whether what follows the verb is the claim itself, or nothing ("…, a figure Moscow denies."). */
function aboutAClaim(text: string, end: number, ceiling: number): boolean {
  const after = text.slice(end, Math.min(ceiling, end + 48));
  if (/^\s*(?:[.,;!?)"”]|$)/.test(after)) return true;
  const object = OBJECT.exec(after);
  if (!object) return false;
  const head = /^\s+(\w+)/.exec(after)?.[1]?.toLowerCase();
  return CLAIM_NOUNS.has(object[1]!.toLowerCase()) || (head !== undefined && CLAIM_NOUNS.has(head));
}

/** The denials in `span` that are about a claim, with who denies. */
export function denialsIn(text: string, span: Span): Denial[] {
  const body = text.slice(span.start, span.end);
  const found: Denial[] = [];
  for (const m of body.matchAll(DENIAL)) {
    const at = span.start + m.index;
    const end = at + m[0].length;
    if (!aboutAClaim(text, end, span.end)) continue;
    const who = phraseBefore(text, at, span.start);
    if (!who || isPronoun(who)) continue;
    const first = who.words[0]!;
    if (!kindOfName(who.words, startsSentence(text, span.start, first))) continue;
    found.push({ by: text.slice(who.start, who.end), byStart: who.start, byEnd: who.end, at });
  }
  return found;
}

/** The sentence after `end` in the same paragraph, bounded, for a denial that follows the claim. */
export function nextSentenceOf(text: string, end: number): Span | null {
  const limit = Math.min(text.length, end + 400);
  const rest = text.slice(end, limit);
  const lead = /^[ \t]*/.exec(rest)![0].length;
  if (lead === rest.length || rest[lead] === '\n' || rest[lead] === '\r') return null;
  const stop = /[.!?](?=\s|$)|\n/.exec(rest.slice(lead));
  const start = end + lead;
  return { start, end: stop ? start + stop.index + 1 : limit };
}
