/**
 * Numbers that are not claims: years and dates, times of day, ordinals, numbers that name or identify
 * something ("Section 427", "Euro 2020", "COVID-19", "S&P 500", "Boeing 737"), phone numbers and page
 * furniture ("4 min read", "Comments (12)").
 */
import { dottedInitialsEnd, isPluralNoun } from './nouns';
import { isCapitalised, type Token, touching } from './tokens';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words after which a number is a label or a rank, wherever they stand. */
const LABELS = new Set([
  'no', 'nos', 'number', 'top', 'section', 'row', 'seat', 'gate', 'room', 'flight', 'route', 'highway', 'interstate',
  'chapter', 'page', 'pages', 'article', 'vol', 'volume', 'issue', 'episode', 'season', 'level', 'grade', 'class',
  'version', 'model', 'series', 'phase', 'stage', 'round', 'week', 'day', 'act', 'verse', 'psalm', 'rule', 'item',
  'figure', 'fig', 'table', 'unit', 'apartment', 'apt', 'suite', 'floor', 'platform', 'terminal', 'bus', 'line',
  'category', 'type', 'ward', 'district', 'zone', 'lane', 'channel', 'iphone', 'galaxy', 'windows', 'ps', 'xbox',
]);
/** Capitalised words that start sentences or head counts ("Nearly 500", "Some 40"), never names. */
const OPENERS = new Set([
  'about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'more', 'less', 'fewer',
  'only', 'just', 'at', 'by', 'in', 'on', 'of', 'for', 'to', 'from', 'with', 'and', 'but', 'or', 'the', 'a', 'an', 'all',
  'another', 'up', 'down', 'between', 'since', 'after', 'before', 'than', 'exactly', 'least', 'most', 'those', 'these',
  'us', 'u', 's', 'uk', 'eu', 'un', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'rm', 'rs', 'ps', 'y', 'a', 'c', 'hk', 'nz',
]);

/** Words after which a bare number names a place: "area 51", "sector 7" (not "an area 50 miles wide"). */
const PLACE_LABELS = new Set(['area', 'sector']);
/** Compass letters between a street number and its street: "3170 W. Main Street", "12 NE Birch Road". */
const COMPASS = /^(?:N|S|E|W|NE|NW|SE|SW)$/;
/** Words before a counter of page furniture: "gallery 1 of 6", "Photo 2 of 9", "Page 2 of 5", "Next story 4 of 8". */
const COUNTED_FURNITURE = /^(?:gallery|photo|photos|image|images|slide|slides|picture|pictures|video|videos|page|story|stories)$/;
/** Link labels before a linked headline: "Related: 5 Ways to…", "Read more: 10 Things…", "See also: 3 …". */
const LINK_LABEL = /[\n.!?"”][ \u00a0]*(?:related|read more|read also|also read|see also|more|recommended|watch|listen)[ \u00a0]*:[ \u00a0]*$/i;
const LINK_LABEL_REACH = 18;

/** The `reach` characters before `end`, with a line break put first when they start the text, so a label can be read as opening a line. */
const lineBefore = (text: string, end: number, reach: number): string => (end <= reach ? '\n' : '') + text.slice(Math.max(0, end - reach), end);


/** After an hour without "a.m." or "p.m.", words that make it a time of day: "at 8 tonight", "at 6 in the morning". */
const HOUR_AFTER = /^[ \u00a0]+(?:tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|at night)(?![\p{L}])/u;

const isMonth = (t: Token | undefined): boolean => !!t && t.kind === 'word' && MONTHS.has(t.lower) && (t.lower !== 'may' || t.text === 'May') && (t.lower !== 'mar' || t.text === 'Mar');

const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b|\b0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}\b/g;

/** Spans of the sentence that hold phone numbers. */
export function phoneSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  const slice = text.slice(from, to);
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(slice); m; m = PHONE.exec(slice)) spans.push([from + m.index, from + m.index + m[0].length]);
  return spans;
}

export interface RejectContext {
  tokens: Token[];
  /** Numeral token range. */
  from: number;
  to: number;
  /** The numeral is digits with no scale, comma or decimal point. */
  plainInteger: boolean;
  value: number | null;
  /** A unit or counted noun follows, or a currency precedes. */
  hasUnit: boolean;
  /** The whole text, for looking a few characters around the numeral. */
  text: string;
}

/** "460 Kia and Hyundai vehicles": names that modify a counted plural noun, not a name the number is part of. */
function countsNamedThings(tokens: Token[], from: number): boolean {
  for (let j = from; j < from + 5; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    if (isCapitalised(t) || t.lower === 'and') continue;
    // "737 MAX was": a verb ending in "s" counts nothing.
    return /[^s]s$/.test(t.lower) && isPluralNoun(t.lower);
  }
  return false;
}

/** The tokens around a numeral, as every rule reads them. */
function around(c: RejectContext): { tokens: Token[]; from: number; to: number; first: Token; last: Token; before: Token | undefined; after: Token | undefined } {
  const { tokens, from, to } = c;
  return { tokens, from, to, first: tokens[from]!, last: tokens[to - 1]!, before: tokens[from - 1], after: tokens[to] };
}

/** Times, dates, years, ordinals, codes and list markers. */
function timeOrDate(c: RejectContext): string | null {
  const { tokens, from, to, first, last, before, after } = around(c);
  if (first.kind === 'digits') {
    if (first.text.includes(':')) return 'time';
    // "020 7946 0958", "007": a leading zero marks a code or a phone number, not an amount.
    if (/^0\d/.test(first.text)) return 'code';
    // "1." or "2)" opening a line: a list marker.
    if (from === 0 && /^\d{1,2}$/.test(first.text) && (after?.text === '.' || after?.text === ')') && touching(last, after) && tokens[to + 1]?.kind !== 'digits') return 'list';
    if (after?.kind === 'word' && touching(last, after) && /^(?:st|nd|rd|th)$/.test(after.lower)) return 'ordinal';
    if (after?.kind === 'word' && touching(last, after) && after.lower === 's') return 'decade';
    if (before?.text === '#' && touching(before, first)) return 'label';
  }
  if (after && /^(?:am|pm|gmt|bst|utc|est|edt|pst|pdt|cet|hrs)$/.test(after.lower)) return 'time';
  if (after && /^[ap]$/.test(after.lower) && tokens[to + 1]?.text === '.' && /^m$/i.test(tokens[to + 2]?.text ?? '')) return 'time';
  if (after?.lower === 'o' && /^['’]$/.test(tokens[to + 1]?.text ?? '')) return 'time';
  // "airs at 8 tonight", "at 6 in the morning": an hour said with the part of the day.
  if (c.plainInteger && !c.hasUnit && (c.value ?? 0) >= 1 && (c.value ?? 0) <= 12 && before?.lower === 'at' && HOUR_AFTER.test(c.text.slice(last.end, last.end + 24))) return 'time';
  if (isMonth(before) || (before?.text === '.' && isMonth(tokens[from - 2])) || isMonth(after)) return 'date';
  // "20 November 2023": the year after a day and month.
  if (before?.text === ',' && isMonth(tokens[from - 3]) && tokens[from - 2]?.kind === 'digits') return 'date';
  // "A.D. 1000", "300 BC": a year of an era.
  const textBefore = c.text.slice(Math.max(0, first.start - 6), first.start);
  const textAfter = c.text.slice(last.end, last.end + 6);
  if (/(?:A\.D\.|\bAD|\bCE)\s?$/.test(textBefore) || /^\s?(?:BC|B\.C\.|BCE|AD|A\.D\.|CE)(?![\p{L}])/u.test(textAfter)) return 'year';
  // "1800 x 1920": the second side of a dimension, not a year.
  const dimension = before && (before.text === '×' || before.lower === 'x' || before.lower === 'by') && tokens[from - 2]?.kind === 'digits';
  if (c.plainInteger && !c.hasUnit && c.value !== null && first.text.length === 4 && !dimension) {
    if (c.value >= 1900 && c.value <= 2100) return 'year';
    if (c.value >= 1000 && before && /^(?:in|since|until|till|circa|from)$/i.test(before.text)) return 'year';
    // "the summer of 1898", "the end of 1850"
    if (c.value >= 1000 && before?.lower === 'of' && /^(?:summer|winter|spring|autumn|fall|year|end|start|beginning|middle|half|quarter)$/.test(tokens[from - 2]?.lower ?? '')) return 'year';
  }
  if (c.plainInteger && c.hasUnit && c.value !== null && c.value >= 1900 && c.value <= 2100 && first.text.length === 4 && before && /^(?:in|since|by|from|until|till|of)$/i.test(before.text)) return 'year';
  return null;
}

/** Numbers that name, label, rank or version something, and numbers that are parts of codes or scores. */
function nameOrLabel(c: RejectContext): string | null {
  const { tokens, from, to, first, last, before, after } = around(c);
  // "COVID-19", "TA-35", "F-16", "top-10": a word hyphenated onto the number ("sub-5" is a bound, not a name).
  if (before?.text === '-' && touching(before, first) && tokens[from - 2]?.kind === 'word' && touching(tokens[from - 2], before) && !/^(?:minus|sub)$/.test(tokens[from - 2]!.lower)) return 'name';
  // "A321-200", "Boeing 787-9": a number hyphenated onto a model number (letters glued to it, or a name before it).
  if (before?.text === '-' && touching(before, first) && tokens[from - 2]?.kind === 'digits' && touching(tokens[from - 2], before) && tokens[from - 3]?.kind === 'word' && (touching(tokens[from - 3], tokens[from - 2]) || isCapitalised(tokens[from - 3]))) return 'code';
  const bareDigits = first.kind === 'digits' && !first.text.includes(',') && !c.hasUnit && last === first;
  if (before?.kind === 'word' && LABELS.has(before.lower) && (bareDigits || c.plainInteger || first.kind === 'word')) return 'label';
  // "H.264", "1.7.x": parts of codes and version strings.
  if (first.kind === 'digits' && before?.text === '.' && touching(before, first) && tokens[from - 2]?.kind === 'word' && touching(tokens[from - 2], before)) return 'name';
  if (first.kind === 'digits' && after?.text === '.' && touching(last, after) && tokens[to + 1]?.kind === 'word' && touching(after, tokens[to + 1])) return 'name';
  // "Firefox 3.6": a bare decimal after a name is a version.
  if (bareDigits && first.text.includes('.') && isCapitalised(before) && from > 1 && !OPENERS.has(before!.lower) && !isMonth(before)) return 'name';
  if (before?.kind === 'word' && /^(?:top|bottom)$/.test(before.lower)) return 'rank';
  // "787 Dreamliner", "90049 ZIP Code", "49 Zorro Ranch Road": a bare number before a singular name.
  if (c.plainInteger && !c.hasUnit && isCapitalised(after) && !/s$/.test(after!.text) && !countsNamedThings(tokens, to) && dottedInitialsEnd(tokens, to) === null) return 'name';
  if (bareDigits && before?.kind === 'word' && PLACE_LABELS.has(before.lower) && !/^(?:a|an)$/.test(tokens[from - 2]?.lower ?? '')) return 'label';
  // "Apple One", "on Ninety Mile Beach": a capitalised number word mid-sentence names something.
  const opensClause = from === 0 || /^[:;"“(]$/.test(before?.text ?? '');
  if (first.kind === 'word' && /^\p{Lu}/u.test(first.text) && !opensClause && (isCapitalised(after) || (isCapitalised(before) && !OPENERS.has(before!.lower)))) return 'name';
  // "two-state solution", "one-two punch": a number word made into an adjective.
  if (first.kind === 'word' && !c.hasUnit && after?.text === '-' && touching(last, after) && tokens[to + 1]?.kind === 'word') return 'compound';
  // "9/11", "24/7", "10^5": dates, slogans and arithmetic, not amounts.
  if (first.kind === 'digits' && ((after?.text === '/' && touching(last, after) && tokens[to + 1]?.kind === 'digits') || (before?.text === '/' && touching(before, first) && tokens[from - 2]?.kind === 'digits'))) return 'date';
  if ((after?.text === '^' && touching(last, after)) || (before?.text === '^' && touching(before, first))) return 'arithmetic';
  // "10^5 * 300", "2^15 - 1": the other operands of an expression written as code.
  if (after?.text === '*' || before?.text === '*') return 'arithmetic';
  if ((before?.text === '-' || before?.text === '+') && !touching(before, first) && tokens[from - 2]?.kind === 'digits' && tokens[from - 3]?.text === '^') return 'arithmetic';
  // "in ’91": a year with its century left out.
  if (first.kind === 'digits' && (before?.text === '’' || before?.text === "'") && touching(before, first) && first.text.length === 2 && !touching(tokens[from - 2], before)) return 'year';
  // "2008-9", "3-1": a hyphenated pair that is no range is a span of years or a score.
  if (first.kind === 'digits' && !c.hasUnit && before?.text === '-' && touching(before, first) && tokens[from - 2]?.kind === 'digits' && touching(tokens[from - 2], before)) return 'pair';
  if (first.kind === 'digits' && !c.hasUnit && after?.text === '-' && touching(last, after) && tokens[to + 1]?.kind === 'digits' && touching(after, tokens[to + 1])) return 'pair';
  if (before?.text === '.' && tokens[from - 2]?.kind === 'word' && /^(?:no|nos|vol|fig|p|pp)$/.test(tokens[from - 2]!.lower)) return 'label';
  // "Euro 2020", "Apple Watch 5", "S&P 500", "Boeing 737": a number after a name is part of it.
  if (c.plainInteger && first.text.length <= 4 && before && isCapitalised(before)) {
    const sentenceInitial = from === 1 || /^[;"“(]$/.test(tokens[from - 2]?.text ?? '');
    if (!OPENERS.has(before.lower) && !isMonth(before) && (!sentenceInitial || before.text === before.text.toUpperCase())) return 'name';
  }
  return null;
}

/** Verbs after which a number is one to call: "dial 911", "rang 112", "text 85258". */
const CALL_VERBS = /^(?:dial|dials|dialled|dialed|dialling|dialing|call|calls|called|calling|ring|rings|rang|ringing|text|texts|texted|texting|phone|phoned|phoning)$/;

/** "of 3170 W. Main Street", "12 NE Birch Road": a street number, read by the compass letter before the street's name. */
function streetAddress(c: RejectContext): string | null {
  const { tokens, to, first, after } = around(c);
  if (!c.plainInteger || first.kind !== 'digits' || !after || !COMPASS.test(after.text)) return null;
  const name = tokens[to + 1]?.text === '.' ? tokens[to + 2] : tokens[to + 1];
  return isCapitalised(name) ? 'address' : null;
}

/** Numbers to call: "dialled 999", "call 911", "300 calls to 999". */
function callNumber(c: RejectContext): string | null {
  const { tokens, from, before } = around(c);
  if (!c.plainInteger || c.hasUnit || before?.kind !== 'word') return null;
  const called = CALL_VERBS.test(before.lower) || (before.lower === 'to' && /^(?:calls?|texts?)$/.test(tokens[from - 2]?.lower ?? ''));
  return called ? 'phone' : null;
}

/** Page furniture that reaches the text: "4 min read", "Comments (12)", "Live: 24 updates", "Show all (17)". */
function furniture(c: RejectContext): string | null {
  const { tokens, from, to, before, after } = around(c);
  // "Show all (17)", "Replies (3)": a bare count in brackets that the sentence does not go on from is a badge.
  const next = tokens[to + 1];
  if (c.plainInteger && !c.hasUnit && before?.text === '(' && after?.text === ')' && tokens[from - 2]?.kind === 'word' && (!next || isCapitalised(next) || next.kind === 'mark')) return 'furniture';
  if (after && /^(?:min|mins|minute|minutes)$/.test(after.lower) && tokens[to + 1]?.lower === 'read') return 'furniture';
  if (before?.text === '(' && after?.text === ')' && tokens[from - 2]?.kind === 'word' && /^(?:comments?|replies|reply|shares?|reviews?|photos?|videos?)$/.test(tokens[from - 2]!.lower)) return 'furniture';
  if (after?.lower === 'updates' && tokens[from - 1]?.text === ':' && tokens[from - 2]?.lower === 'live') return 'furniture';
  // "gallery 1 of 6", "Photo 2 of 9": where a slideshow stands, both numbers of it.
  if (c.plainInteger && before?.kind === 'word' && COUNTED_FURNITURE.test(before.lower) && after?.lower === 'of' && tokens[to + 1]?.kind === 'digits') return 'furniture';
  if (c.plainInteger && before?.lower === 'of' && tokens[from - 2]?.kind === 'digits' && COUNTED_FURNITURE.test(tokens[from - 3]?.lower ?? '')) return 'furniture';
  // "Related: 5 Ways to Sleep Better": the number opens a linked headline, not a sentence of the article.
  if (before?.text === ':' && LINK_LABEL.test(lineBefore(c.text, before.end, LINK_LABEL_REACH))) return 'furniture';
  // "1 of 6" standing alone as a line: a slideshow's counter, whatever its heading said.
  const counterLine = tokens.length === 3 && tokens[0]!.kind === 'digits' && tokens[1]!.lower === 'of' && tokens[2]!.kind === 'digits';
  if (counterLine && (from === 0 || from === 2)) return 'furniture';
  return null;
}

/** Why the numeral is not a claim ("year", "name", "furniture"…), or null when it may be one. */
export function rejection(c: RejectContext): string | null {
  return timeOrDate(c) ?? streetAddress(c) ?? nameOrLabel(c) ?? callNumber(c) ?? furniture(c);
}
