/**
 * The time qualifier that scopes a claim: "since August", "in October", "last year", "by 2030",
 * "currently". Found once per sentence by one regular expression; each claim takes the nearest one in
 * its clause, else the one that opens the sentence.
 */
import type { Span } from '../types';
import { clauseAt, firstEndingAfter } from './clauses';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const UNIT = '(?:years?|months?|weeks?|days?|hours?|decades?|quarters?|centur(?:y|ies)|half|weekend|spring|summer|autumn|fall|winter|session)';
const PREP = '(?:since|in|by|until|till|through|throughout|during|from|as of|before|after|for|over|at|on|between|within|of|to|into)';
const ORDINAL = '(?:first|second|third|fourth|last|past|previous|next|coming|final|early|mid|late|end of|start of|beginning of|middle of|first half of|second half of|rest of|whole of|course of)';
const COUNT = '(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|few|several|many)';

const PATTERNS = [
  // "since August", "in October 2023", "by March 3, 2024", "on Monday"
  `\\b${PREP}\\s+(?:the\\s+)?(?:(?:early|mid|late|end of|start of|beginning of)[\\s-]+)?(?:${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?|${WEEKDAY})\\b`,
  // "in 2023", "by 2030", "between 2019 and 2023", "in fiscal 2024", "in the 1990s"
  `\\b${PREP}\\s+(?:the\\s+)?(?:(?:fiscal|financial|calendar|school|tax|mid-?|early|late)\\s*)?${YEAR}s?(?:(?:\\s+(?:and|to)|[-–])\\s*(?:${YEAR}|\\d\\d))?\\b`,
  // "last year", "this month", "next week", "earlier this year", "so far this year"
  `\\b(?:(?:earlier|later|so far|until|by the end of)\\s+)?(?:last|this|next|past|previous|coming)\\s+(?:${UNIT}|${MONTH}|${WEEKDAY})\\b`,
  // "in the past three years", "over the last decade", "in the first quarter", "by the end of the year"
  `\\b${PREP}\\s+the\\s+${ORDINAL}\\s+(?:${COUNT}\\s+)?(?:${UNIT}|year)(?:\\s+of\\s+(?:the\\s+year|${YEAR}))?\\b`,
  `\\b(?:by|at|until|before)\\s+the\\s+end\\s+of\\s+(?:the\\s+)?(?:${UNIT}|${YEAR}|${MONTH}|decade)\\b`,
  // "two years ago", "a year earlier"
  `\\b${COUNT}\\s+${UNIT}\\s+(?:ago|earlier|later|before)\\b`,
  `\\b(?:currently|today|yesterday|tonight|nowadays|to date|at present|at the moment|as of now|so far|this morning|this afternoon|this evening|year[- ]on[- ]year|year[- ]to[- ]date)\\b`,
  `\\b(?:in|during)\\s+(?:Q[1-4]|H[12])(?:\\s+${YEAR})?\\b`,
];

const TIME = new RegExp(PATTERNS.join('|'), 'gi');

/** Every time qualifier of the sentence, in order. */
export function timesIn(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Span[] = [];
  for (const m of body.matchAll(TIME)) {
    const start = sentence.start + m.index;
    // "May" as a month only when written as a name; "may" is a hedge.
    if (/^\w+\s+may\b/.test(m[0])) continue;
    found.push({ start, end: start + m[0].length });
  }
  return found;
}

/**
 * The time qualifier for a claim at `claim`: the nearest outside the claim's own words in its clause,
 * else the one that opens the sentence ("Since August, …, and …").
 */
export function timeFor(times: Span[], clauses: Span[], claim: Span, sentence: Span, text: string): Span | null {
  const clause = clauseAt(clauses, claim.start);
  let best: Span | null = null;
  let bestDistance = Infinity;
  // Times are sorted and apart, so the nearest is a neighbour of where the claim sits among them;
  // one more each side steps over a time inside the claim's own words.
  const at = firstEndingAfter(times, claim.start);
  for (let i = Math.max(0, at - 2); i < Math.min(times.length, at + 3); i++) {
    const t = times[i]!;
    if (t.start < clause.start || t.end > clause.end) continue;
    if (t.start < claim.end && t.end > claim.start) continue;
    const distance = t.start >= claim.end ? t.start - claim.end : claim.start - t.end;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  if (best) return best;
  const first = times[firstEndingAfter(times, sentence.start)];
  const opensSentence = first !== undefined && first.start - sentence.start <= 4 && /^\W*$/.test(text.slice(sentence.start, first.start));
  if (first && opensSentence && /^\s*,/.test(text.slice(first.end, first.end + 3))) return first;
  return null;
}
