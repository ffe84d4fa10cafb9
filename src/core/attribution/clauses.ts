/**
 * Clauses of a sentence: a cue binds the claims of its own clause before the rest of the sentence, and
 * a hedge or time qualifier scopes its own clause.
 */
import { sentencesWithin } from '../text';
import type { Span } from '../types';

// "; ", ", and ", ", but ", ", while ", a dash between spaces: where one statement gives way to another.
const CLAUSE_BREAK = /;\s|,\s+(?:and|but|while|whereas|although|though|yet|whilst)\s|\s[—–]\s/g;

/** The clause spans of a sentence, in order, covering it without gaps. */
export function clausesOf(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const clauses: Span[] = [];
  let start = sentence.start;
  const breaks = [...body.matchAll(CLAUSE_BREAK)].map((m) => sentence.start + m.index);
  for (const inner of sentencesWithin(text, sentence).slice(1)) breaks.push(inner.start);
  breaks.sort((a, b) => a - b);
  for (const at of breaks) {
    if (at > start) clauses.push({ start, end: at });
    start = Math.max(start, at);
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}

/** The clause holding `at`. */
export function clauseAt(clauses: Span[], at: number): Span {
  return clauses[clauseIndexAt(clauses, at)]!;
}

/** The index of the clause holding `at`; clauses are sorted, so a binary search keeps long sentences cheap. */
export function clauseIndexAt(clauses: Span[], at: number): number {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (clauses[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function within(span: Span, at: number): boolean {
  return at >= span.start && at < span.end;
}

/** The index of the first span (in a sorted, non-overlapping list) that ends after `at`. */
export function firstEndingAfter<T extends Span | { cue: Span }>(spans: T[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = spans[mid]!;
    if (('cue' in item ? item.cue.end : item.end) <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Words that open an adverbial clause or phrase before the sentence's subject: "After …,", "With …,", and the
 * occasion of what follows ("In a two-minute reply, Ruiz said …", "In his 40-minute speech, …").
 */
const LEADING_ADVERBIAL =
  /^\s*["“]?(?:(?:but|and|yet|so)\s+)?(?:(?:after|before|when|whenever|while|since|although|though|as|with|despite|if|because|once|until|unless|whereas)\b|in (?:a|an|his|her|their)\s)[^,;:"“”]{3,150},/iu;

/**
 * Where a leading adverbial clause ends ("After 9 people died in June, he said…"): a cue after it
 * does not govern the numbers inside it. Null when the sentence opens with its subject.
 */
export function leadingAdverbialEnd(text: string, sentence: Span): number | null {
  const m = LEADING_ADVERBIAL.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
  return m ? sentence.start + m[0].length : null;
}

/** ", which", ", who": a relative clause hung on the noun before it. */
const RELATIVE = /,\s+(?:which|who|whom|whose)\s/giu;

/** How far apart a claim and a cue may be for the relative clause between them to be looked for. */
const RELATIVE_REACH = 200;

/**
 * Whether a speaker named inside a relative clause that opens after the claim ("Prime, a $119 plan,
 * which its founder said had 100 million members") speaks only within that clause, not for the claim
 * in the noun phrase it hangs on.
 */
export function speaksOnlyInRelativeAfter(text: string, claim: Span, nameStart: number): boolean {
  if (nameStart <= claim.end || nameStart - claim.end > RELATIVE_REACH) return false;
  const between = text.slice(claim.end, nameStart);
  RELATIVE.lastIndex = 0;
  return RELATIVE.test(between);
}

/** How far a parenthesis around a cue is looked for on either side. */
const PARENTHESIS_REACH = 160;

/**
 * The parenthesis holding `at` within `sentence`, brackets included, or null: "(93 percent were white, according
 * to exit polls)". A cue inside one speaks only for what the parenthesis holds.
 */
export function parenthesisAround(text: string, sentence: Span, at: number): Span | null {
  const before = text.slice(Math.max(sentence.start, at - PARENTHESIS_REACH), at);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return null;
  const after = text.slice(at, Math.min(sentence.end, at + PARENTHESIS_REACH));
  const close = after.indexOf(')');
  if (close < 0 || after.lastIndexOf('(', close) >= 0) return null;
  return { start: at - before.length + open, end: at + close + 1 };
}

/**
 * Where a cue's statement stops short of a claim though they share a clause, each a named rule (the rules are
 * described where their patterns are defined below).
 */
export type Unreached =
  | 'inside-leading-clause'
  | 'inside-trailing-clause'
  | 'free-relative'
  | 'counts-the-speakers'
  | 'change-against-earlier'
  | 'clause-between-dashes'
  | 'at-one-point'
  | 'place-or-time-aside'
  | 'after-quoted-statement'
  | 'aside-after-source';

/** A cue as these rules read it: where it stands, the name it points at, and how it was found. */
interface CueAt extends Span {
  role: string;
  /** Set when the cue was read other than as a verb of saying ("stance", "nominal"). */
  reading?: string;
  name: Span | null;
  sentenceWide: boolean;
}

/** "said at one point", "At one point, Ruiz said": the "one" of the phrase tells when it was said, and counts nothing. */
const ONE_POINT_AFTER = /^\s*point\b/iu;
const AT_BEFORE = /\bat\s+$/iu;
const OPENS_WITH_AT = /^[\s"“‘]*at\s+$/iu;

/**
 * ", where 475 seats are at stake", ", when 12 states voted": a relative clause of place or time hung on a noun
 * after the cue (not on the verb itself: "Ruiz said, when she was 40, …" is what she said). Only the clause up to its
 * next comma is the aside.
 */
const PLACE_OR_TIME_ASIDE = /\S\s*,\s+(?:where|when)\s[^,;:"“”]*$/u;

/**
 * "…, according to public filings, a large sum for a firm with 35 partners", "…, according to the poll - about the
 * same as her 60 percent": after a source named at the close of what it states, an apposition or a comparison after
 * a comma or a dash is the article's own aside on the figure.
 */
const APPOSITION_AFTER_SOURCE =
  /^[^,;:"“”—–]{0,60}?(?:,|\s[-—–])\s*(?:a|an|where|compared(?:\s+(?:with|to))?|(?:virtually\s+|about\s+)?the\s+same)\s[^;:"“”]*$/u;

/** "Ortiz leads, according to X": "according to" or "as per" closes its statement, set off by a comma after words of the clause. */
const CLOSING_FORWARD = /\p{L}[^,;:]*,\s*$/u;

/** A quotation closing just before its speaker and verb: '"We need more," ', '…,'' '. */
const QUOTATION_CLOSED_BEFORE = /[,.!?—–-]\s*(?:["”’]|'')\s*$/u;

/**
 * What would open another statement after the verb: a participle clause (", noting that", ", pointing out"), "that",
 * a colon or a new quotation.
 */
const ANOTHER_STATEMENT = /,\s*(?:not\s+(?:even\s+)?)?\p{Ll}+ing\b|\bthat\b|[:"“”‘]|''/u;

/**
 * "up four points from March", "down 2 points since May", "a 12-point swing": a change the article works out between a
 * figure and an earlier one, which no source states as such.
 */
const CHANGE_WORDS_BEFORE = /\b(?:up|down)\s+(?:by\s+)?$/iu;
const POINTS_FROM_EARLIER = /^(?:(?:up|down)\s+(?:by\s+)?)?[\p{L}\d.,]+[\s-]+(?:percentage[\s-]+)?points?\s+(?:from|since|over)\s/iu;
const POINT_CHANGE_NOUN = /^[\p{L}\d.,]+-(?:percentage-)?point\s+(?:dip|drop|swing|gain|rise|jump|increase|decline|fall|shift|slide)\b/iu;

function changeAgainstEarlier(text: string, sentence: Span, claim: Span): boolean {
  const rest = text.slice(claim.start, Math.min(sentence.end, claim.start + 60));
  if (POINT_CHANGE_NOUN.test(rest)) return true;
  const before = text.slice(Math.max(sentence.start, claim.start - 12), claim.start);
  return POINTS_FROM_EARLIER.test(rest) && (CHANGE_WORDS_BEFORE.test(before) || /^(?:up|down)\s/iu.test(rest));
}

/** How far from the claim the dashes around it are looked for. */
const DASH_REACH = 240;
/** A dash set between spaces: " - ", " -- ", " — ". */
const SPACED_DASH = /\s(?:-{1,2}|[—–―])\s/gu;
/** What opens a clause of its own: "there are", a participle ("rebuking him 8 times"). */
const OPENS_CLAUSE = /^\s*(?:there\s+(?:is|are|was|were)\b|\p{Ll}+ing\b)/u;
/** A finite verb of being or having, the mark of a clause with its own subject ("the rate of 35 percent is the highest"). */
const FINITE_AUXILIARY = /\b(?:is|are|was|were|has|have|had|will|would)\b/u;
/** Where a relative clause starts inside a noun phrase ("two groups that have been loyal"): its verbs are the noun's. */
const RELATIVE_WORD = /\b(?:that|who|whom|which|where|when)\b/u;

/**
 * "Ruiz said the board had met - there are 12 members from 6 towns - but made no decision": a clause of the writer's own
 * set between dashes inside what the cue says. A noun phrase there ("- about 40 boats -") stays part of it.
 */
function clauseBetweenDashes(text: string, sentence: Span, cue: Span, claim: Span): boolean {
  // A bounded stretch around the claim, so that a long run of text without a full stop stays linear.
  const from = Math.max(sentence.start, claim.start - DASH_REACH);
  const body = text.slice(from, Math.min(sentence.end, claim.end + DASH_REACH));
  let open: number | null = null;
  let close: number | null = null;
  for (const m of body.matchAll(SPACED_DASH)) {
    const at = from + m.index;
    if (at + m[0].length <= claim.start) open = at + m[0].length;
    else if (at >= claim.end) {
      close = at;
      break;
    }
  }
  if (open === null || close === null || (cue.start >= open && cue.start < close)) return false;
  if (quotationOpenAt(text, sentence, open)) return false;
  const inner = text.slice(open, close);
  if (OPENS_CLAUSE.test(inner)) return true;
  const relative = RELATIVE_WORD.exec(inner);
  return FINITE_AUXILIARY.test(relative ? inner.slice(0, relative.index) : inner);
}

/** How far back a quotation mark opening before the dashes is looked for. */
const QUOTE_REACH = 600;
/** Whether a quotation is open at `at` in its sentence: dashes inside one are the speaker's. */
function quotationOpenAt(text: string, sentence: Span, at: number): boolean {
  const before = text.slice(Math.max(sentence.start, at - QUOTE_REACH), at);
  const curly = (before.match(/“/gu)?.length ?? 0) - (before.match(/”/gu)?.length ?? 0);
  return curly > 0 || (before.match(/"/gu)?.length ?? 0) % 2 === 1 || (before.match(/''/gu)?.length ?? 0) % 2 === 1;
}

/**
 * "Two engineers, Ana Ruiz and Bo Lind, found …", "One voter, Mae Ito, 35, said …": a figure counting the people whose
 * names follow it in apposition counts who speaks. Between the figure and the names: the counted noun, no verb.
 */
const COUNTED_NOUN_BEFORE_NAMES = /^(?:[\s-]+(?!(?:is|are|was|were|has|have|had|said|says|to|on|at|when|where|who|which)\b)[\p{L}'’-]+){0,8}\s*,\s*$/u;
const NAMES_CLOSED = /^(?:\s*,\s*\d{1,3})?\s*,/u;

function countsTheSpeakers(text: string, cue: CueAt, claim: Span): boolean {
  const name = cue.name;
  if (!name || name.start < claim.end || name.start - claim.end > 80 || cue.start < name.end) return false;
  return COUNTED_NOUN_BEFORE_NAMES.test(text.slice(claim.end, name.start)) && NAMES_CLOSED.test(text.slice(name.end, name.end + 8)) && /^\p{Lu}/u.test(text.slice(name.start, name.end));
}

/**
 * "about double what Ruiz said she expected", "meaning that whatever Lind charged …": the speaker of a free relative
 * speaks only inside it; a figure before "what" is the article's.
 */
const WHAT_OPENS_BETWEEN = /\bwhat(?:ever)?\s+[^,;:"“”]*$/iu;

/** A leading clause of time, condition or concession ("When …,", "After …,", "Although …,"), not "As X reported,". */
const SUBORDINATE_OPENING = /^\s*["“]?(?:(?:but|and|yet|so)\s+)?(?:after|before|when|whenever|while|since|although|though|if|because|once|until|unless|whereas)\b/iu;

/**
 * "… received $250,000 after Ruiz endorsed him in an email", "… 6 in 10 say so, after half said so in the earlier poll":
 * a clause of time, reason or condition after the claim, with a verb of its own, holds the document named in it.
 */
const TRAILING_SUBORDINATE = /\b(?:after|when|because|until|once|if|unless)\s+(?:[^,;:"“”\s]+\s+){0,6}?(?:said|says|say|was|were|is|are|had|has|have|\p{Ll}+ed)\b[^,;:"“”]*$/u;

/** Whether `cue` does not reach `claim` though they share a clause, and by which rule; null when it does. */
export function unreachedBy(text: string, sentence: Span, cue: CueAt, claim: Span): Unreached | null {
  // "When Ruiz learned that the port would close, she sold 40 boats": a cue inside a leading clause speaks only inside it.
  const lead = cue.role === 'speech' ? leadingAdverbialEnd(text, sentence) : null;
  if (lead !== null && cue.end <= lead && claim.start >= lead && SUBORDINATE_OPENING.test(text.slice(sentence.start, lead))) return 'inside-leading-clause';
  if (cue.role === 'forward' && cue.start >= claim.end && cue.start - claim.end <= 200 && TRAILING_SUBORDINATE.test(text.slice(claim.end, cue.start))) return 'inside-trailing-clause';
  const speakerAt = Math.min(cue.start, cue.name?.start ?? cue.start);
  if (claim.end <= speakerAt && speakerAt - claim.end <= 160 && WHAT_OPENS_BETWEEN.test(text.slice(claim.end, speakerAt))) return 'free-relative';
  if (countsTheSpeakers(text, cue, claim)) return 'counts-the-speakers';
  if (changeAgainstEarlier(text, sentence, claim)) return 'change-against-earlier';
  if (clauseBetweenDashes(text, sentence, cue, claim)) return 'clause-between-dashes';
  const before = text.slice(Math.max(sentence.start, claim.start - 40), claim.start);
  if (/^one\b/iu.test(text.slice(claim.start, claim.end)) && ONE_POINT_AFTER.test(text.slice(claim.start + 3, claim.start + 12)) && AT_BEFORE.test(before)) {
    // Right after the verb ("Ruiz said at one point"), or opening the sentence before its speaker and verb.
    if (/^\s+at\s+$/iu.test(text.slice(cue.end, claim.start))) return 'at-one-point';
    if (OPENS_WITH_AT.test(text.slice(sentence.start, claim.start)) && cue.start > claim.end && !cue.sentenceWide) return 'at-one-point';
  }
  const reach = Math.max(cue.end, cue.name && cue.name.start >= cue.end ? cue.name.end : cue.end);
  if (claim.start >= reach && claim.start - reach <= 200 && PLACE_OR_TIME_ASIDE.test(text.slice(reach, claim.start))) return 'place-or-time-aside';
  // '"We need more," Ruiz said at the depot as 40 workers watched': what she said is the quotation before her name.
  if (cue.role === 'speech' && cue.reading === undefined && claim.start >= reach && claim.start - reach <= 200) {
    const from = Math.min(cue.start, cue.name?.start ?? cue.start);
    const quoted = QUOTATION_CLOSED_BEFORE.test(text.slice(Math.max(sentence.start, from - 8), from));
    if (quoted && !ANOTHER_STATEMENT.test(text.slice(reach, claim.start))) return 'after-quoted-statement';
  }
  if (cue.role === 'forward' && cue.name && claim.start >= cue.name.end && claim.start - cue.name.end <= 160) {
    const opensClause = !CLOSING_FORWARD.test(text.slice(Math.max(sentence.start, cue.start - 200), cue.start));
    if (!opensClause && APPOSITION_AFTER_SOURCE.test(text.slice(cue.name.end, claim.start))) return 'aside-after-source';
  }
  return null;
}

/** A break that sets a clause against the one before: a semicolon, a dash, ", but", ", while", ", although". */
const CONTRASTING_BREAK = /;|\s[-—–]\s|,\s+(?:but|while|whereas|although|though|yet)\s/u;

/**
 * "Ruiz said she would visit later, but so far 40 homes …", "analysts say; in 2012, Lind won 27 percent": a person's
 * verb of saying in an earlier clause speaks into a later clause set against it only when what it says runs on marked
 * as said ("Ruiz said that …, but that …"). A clause joined by a plain ", and" may still be what she says; a poll's or a
 * document's verb of showing, and "according to", keep their reach.
 */
export function saysIntoLaterClause(text: string, cue: Span, claim: Span, humanVerb: boolean): boolean {
  if (!humanVerb || claim.start < cue.end) return true;
  const between = text.slice(cue.end, claim.start);
  return !CONTRASTING_BREAK.test(between) || /\bthat\b/iu.test(between);
}
