/**
 * The quantity finder: every quantity a news reader would call a claim in a sentence, with its value
 * or range, unit, firmness and rate. Cheap token scanning over small tables; linear in the sentence.
 */
import type { ClaimKind, Prominence, Quantity, Span } from '../types';
import { boundAfter, firmnessBefore, trendFrom } from './firmness';
import { countedNounAt, isFunctionWord, partitiveNounAt } from './nouns';
import { isNumberWord, isVulgarFraction, type Numeral, readNumeral } from './numerals';
import { phoneSpans, rejection } from './reject';
import { AMOUNT, roleOf } from './roles';

export { EMPTY_NOUN_MEMORY, type NounMemory, supplyElidedNouns } from './elided';
import { type Token, tokenize, touching } from './tokens';
import { currencyBefore, unitAt } from './units';

/** One quantity the finder read in a sentence, before attribution. */
export interface QuantityFinding {
  quantity: Quantity;
  kind: ClaimKind;
  /** "each", "a year", "per capita". */
  per: string | null;
  /** The phrase to highlight: firmness word, number, unit and counted noun ("over 1 million artillery shells"). */
  phrase: Span;
  /**
   * The counted noun when it is the unit ("47 [embassies]", "over 1 million [artillery shells]"): from the
   * word after the number to the noun's head. The quantity's span with it is NewsQuant's surface.
   */
  counted?: Span;
}

/** A finding as the finder reads it: with whether a reader counts it as a claim, and why. */
export interface ReadFinding extends QuantityFinding {
  /** 'key' for a claim a reader counts, 'minor' for a number that only describes or dates something. */
  prominence: Prominence;
  /** The rule that decided the prominence ("amount", "descriptive-age", "time-expression"…). */
  rule: string;
  /** The named rule that took the counted noun from outside the number's own phrase ("earlier-count", "previous-count"…), when one did. */
  nounRule?: string;
}

/** A number with what is written onto it: sign, currency, scale and unit. */
interface Core {
  numeral: Numeral;
  start: number;
  end: number;
  /** Token index after the core. */
  to: number;
  value: number;
  unit: string | null;
  kind: ClaimKind;
  currency: boolean;
}

/** After "a year" and the like, words that make it say when rather than how often: "3% a year earlier". */
const TIME_AFTER_RATE = /^[ \u00a0]+(?:earlier|ago|later|before|after|on)(?![\p{L}])/u;
const PER = /^[ \u00a0]*(?:(?<each>each|apiece|a piece|per capita|a head|(?:a|an) (?:year|month|week|day|night|hour|minute|second|head|person|share|ounce|gallon|litre|liter|barrel|kilo|kilogram|pound|ton|tonne|mile|unit|game|season|piece|pop|session|match|household|year-on-year)|annually|yearly|monthly|weekly|daily|nightly)|(?<per>(?:per|\/)[ \u00a0]?(?:(?:square|cubic|metric) )?[\p{L}]+))(?![\p{L}])/iu;

function tokenIndexAt(tokens: Token[], from: number, offset: number): number {
  let j = from;
  while (j < tokens.length && tokens[j]!.start < offset) j++;
  return j;
}

/** Reads sign, currency, numeral, scale and unit at token `i`. */
function readCore(text: string, within: Span, tokens: Token[], i: number): Core | null {
  const numeral = readNumeral(tokens, i);
  if (!numeral) return null;
  const first = tokens[numeral.from]!;
  let start = first.start;
  let end = tokens[numeral.to - 1]!.end;
  let value = numeral.value ?? 0;
  const currency = currencyBefore(text, start, within.start);
  // "fourfold", "double the figure": so many times something.
  let unit: string | null = numeral.multiple ? 'times' : null;
  let kind: ClaimKind = numeral.fraction || numeral.multiple ? 'ratio' : 'count';
  // "half a percentage point", "a quarter of a mile": a fraction of one unit is a measure in that unit.
  const part = numeral.fraction || (numeral.value !== null && numeral.value > 0 && numeral.value < 1);
  const partOf = part ? PART_OF.exec(text.slice(end, end + 8)) : null;
  const partUnit = partOf ? unitAt(text, end + partOf[0].length, within.end) : null;
  if (partUnit && !currency) {
    return { numeral, start, end: partUnit.end, to: tokenIndexAt(tokens, numeral.to, partUnit.end), value, unit: partUnit.unit, kind: partUnit.kind, currency: false };
  }
  if (currency) {
    unit = currency.unit;
    kind = 'money';
    start = currency.start;
  }
  // A sign that belongs to the number: "-1.3%", "+0.2%", "minus 5", not the dash of "5-10" or "TA-35".
  const sign = tokens[numeral.from - 1];
  let signed = 0;
  if (sign && (sign.text === '-' || sign.text === '−' || sign.text === '+') && touching(sign, first) && !touching(tokens[numeral.from - 2], sign)) {
    signed = sign.text === '+' ? 1 : -1;
    // The minus is part of the number as written; a plus only marks a rise.
    if (signed < 0) start = Math.min(start, sign.start);
  } else if (sign?.lower === 'minus' || (sign?.text === '-' && tokens[numeral.from - 2]?.lower === 'minus')) {
    signed = -1;
    start = tokens[sign.lower === 'minus' ? numeral.from - 1 : numeral.from - 2]!.start;
  }
  if (signed < 0) value = -value;
  let to = numeral.to;
  // "hundreds of millions of dollars": a vague amount of money.
  const ofMoney = numeral.range && !currency ? /^[ \u00a0]+of[ \u00a0]+/.exec(text.slice(end, end + 6)) : null;
  const vagueUnit = ofMoney ? unitAt(text, end + ofMoney[0].length - 1, within.end) : null;
  if (vagueUnit?.kind === 'money') {
    unit = vagueUnit.unit;
    kind = 'money';
    end = vagueUnit.end;
    to = tokenIndexAt(tokens, to, end);
  } else if (!currency) {
    const u = unitAt(text, end, within.end);
    // Single letters and short symbols name units only after digits ("5 m", "38C"), never after words.
    if (u && (numeral.digits || u.end - end > 3 || text[end] === '%')) {
      unit = u.unit;
      kind = u.kind;
      end = u.end;
      // "90 miles wide", "72.7 metres long": the dimension stays with its length.
      const dimension = LENGTHS.has(u.unit) ? /^[ \u00a0](?:long|wide|high|deep|tall|thick|across)(?![\p{L}])/u.exec(text.slice(end, Math.min(within.end, end + 8))) : null;
      if (dimension) end += dimension[0].length;
      to = tokenIndexAt(tokens, to, end);
    }
  } else if (/^[ \u00a0]?(?:USD|US dollars?)(?![\p{L}])/u.test(text.slice(end, end + 12))) {
    to = tokenIndexAt(tokens, to, end);
  }
  return { numeral, start, end, to, value, unit, kind, currency: !!currency };
}

const DURATIONS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** Between a fraction and the unit it is a part of: "half[ a] point", "a quarter[ of a] mile", "1/16[ of an] inch". */
const PART_OF = /^[ \u00a0]+(?:of[ \u00a0]+)?an?(?=[ \u00a0])/;
const LENGTHS = new Set(['millimetre', 'centimetre', 'metre', 'kilometre', 'inch', 'foot', 'yard', 'mile', 'micrometre', 'nanometre']);

/** Words after "half" that make it a share of something: "half the money", "half its staff". */
const HALF_OF = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'all']);

const RANGE_WORDS = new Set(['to', 'and', '-', '–', '—', 'through']);
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', '₩']);

/** "2,000 to 3,000", "$3bn-$5bn", "between 10 and 20", "33-35 billion euros": the second end, or null. */
function rangeEnd(text: string, within: Span, tokens: Token[], a: Core, descending = false): Core | null {
  const joiner = tokens[a.to];
  if (!joiner || !RANGE_WORDS.has(joiner.lower)) return null;
  // The second end may repeat the currency sign ("$3bn-$5bn"): read from the number after it.
  const sign = tokens[a.to + 1]?.kind === 'mark' && CURRENCY_SIGNS.has(tokens[a.to + 1]!.text) ? 1 : 0;
  const b = readCore(text, within, tokens, a.to + 1 + sign);
  if (!b || b.numeral.range || a.numeral.range) return null;
  // "1-222-2222": a chain of hyphenated numbers is a code or a phone number, not a range.
  if (tokens[b.to]?.text === '-' && touching(tokens[b.to - 1], tokens[b.to]) && tokens[b.to + 1]?.kind === 'digits') return null;
  const hyphen = joiner.lower !== 'to' && joiner.lower !== 'and' && joiner.lower !== 'through';
  if (joiner.lower === 'and' && !/\bbetween\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(within.start, a.start - 20), a.start))) return null;
  if (hyphen && (!a.numeral.digits || !b.numeral.digits)) return null;
  if (a.unit && b.unit && a.unit !== b.unit) return null;
  if (a.unit && !b.unit) return null;
  if ((hyphen || !a.unit) && !(scaledStart(a, b) < b.value) && !(descending && joiner.lower === 'to')) return null;
  return b;
}

/** The first end of a range, taking the second end's scale when it has none: "33-35 billion" → 33 billion, "$200 to $4 million" → 200. */
function scaledStart(a: Core, b: Core): number {
  return b.numeral.scale > 1 && a.numeral.scale === 1 && a.numeral.unscaled < b.numeral.unscaled ? a.value * b.numeral.scale : a.value;
}

const SCORE_BEFORE = /(?<![\p{L}])(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beating|led|leads?|leading|trailed|trails?|trailing|drew|draws?|defeated|tied|score|scored|scoring)[ \u00a0]+(?:by[ \u00a0]+)?$/iu;
const SCORE_AFTER = /^[ \u00a0]+(?:win|wins|victory|defeat|loss|lead|draw|scoreline|home win|away win)(?![\p{L}])/iu;

/** "the final score was 102 to 98", "a score of 3 to 1": the word "score" itself before a pair joined by "to". */
const SCORE_NAMED_BEFORE = /(?<![\p{L}])(?:score|scoreline)(?:[ \u00a0]+(?:was|is|of|ended|stood|finished))?[ \u00a0]+(?:at[ \u00a0]+)?$/iu;

/**
 * "won 3-1", "a 2-0 victory": a score, not a range of amounts. A pair joined by "to" is a score only where
 * "score" is said or a result follows ("a 3 to 1 win"), since "lost 10 to 15" is more often a range.
 */
function isScore(text: string, within: Span, a: Core, b: Core): boolean {
  if (a.unit || b.unit) return false;
  const between = text.slice(a.end, b.start);
  const before = text.slice(Math.max(within.start, a.start - 24), a.start);
  const resultAfter = SCORE_AFTER.test(text.slice(b.end, Math.min(within.end, b.end + 16)));
  if (/^[ \u00a0]+to[ \u00a0]+$/.test(between)) return SCORE_NAMED_BEFORE.test(before) || resultAfter;
  if (!/^[ \u00a0]?[-–][ \u00a0]?$/.test(between)) return false;
  return SCORE_BEFORE.test(before) || resultAfter;
}

/** "the score was 102 to 98": a score joined by "to" is no range (its first number is often the larger); where it ends, or null. */
function scoreJoinedByTo(text: string, within: Span, tokens: Token[], a: Core): number | null {
  if (tokens[a.to]?.lower !== 'to' || tokens[a.to + 1]?.kind !== 'digits') return null;
  const b = readCore(text, within, tokens, a.to + 1);
  return b && isScore(text, within, a, b) ? b.to : null;
}

/** "one in five", "one out of three": a ratio, read as its fraction. */
function outOf(text: string, within: Span, tokens: Token[], a: Core): Reading | null {
  if (a.unit || a.numeral.range) return null;
  let j = a.to;
  if (tokens[j]?.lower === 'out' && tokens[j + 1]?.lower === 'of') j += 2;
  else if (tokens[j]?.lower === 'in') j += 1;
  else return null;
  const b = readCore(text, within, tokens, j);
  if (!b || b.unit || b.numeral.range || !(a.value < b.value) || b.value > 1000 || a.value <= 0) return null;
  const firm = firmnessBefore(text, a.start, within.start);
  const quantity: Quantity = { text: text.slice(a.start, b.end), start: a.start, end: b.end, value: a.value / b.value, range: null, unit: null, change: firm.change };
  return { finding: { quantity, kind: 'ratio', per: null, phrase: { start: firm.start ?? a.start, end: b.end }, prominence: 'key', rule: AMOUNT.rule }, to: b.to };
}

/** Whether the number sits in a web or mail address ("https://x.org/%20y", "a1@b.com"); looks a bounded distance. */
function insideAddress(text: string, within: Span, start: number, end: number): boolean {
  const left = text.slice(Math.max(within.start, start - 40), start);
  const right = text.slice(end, Math.min(within.end, end + 40));
  const word = (left.split(/\s/).pop() ?? '') + (right.split(/\s/)[0] ?? '');
  return /:\/\/|www\.|@|%[0-9A-F]{2}/i.test(word) && !/^%/.test(right);
}

const isCandidate = (t: Token, next: Token | undefined): boolean =>
  t.kind === 'digits' ||
  (t.kind === 'word' && (isNumberWord(t.lower) || t.lower === 'a' || t.lower === 'an')) ||
  (t.text === '.' && next?.kind === 'digits' && touching(t, next)) ||
  isVulgarFraction(t.text);

/** Between two amounts of a list that share a bound: "up to $12,000 for singles and $4,000 for children". */
const LIST_BETWEEN = /^[ \u00a0]+(?:for|in|on|at|to|from|per|of)[ \u00a0]+[^,;:.\d$€£¥()]{1,30}?(?:,[ \u00a0]*(?:and|or)?|[ \u00a0]and|[ \u00a0]or)[ \u00a0]*$/;
const BOUNDS = new Set(['<', '>', '~']);

/**
 * A quantity read against the one before it: a conversion in brackets restates the amount before it, so it
 * is as firm ("more than 7.5 million crowns (US $1.1 million)", "under 296 hp (224 kW / 300 PS)"), and so is
 * a change put another way ("fell 300 points, or 1%") and the next amount of a list under one bound ("up to
 * $800 for adults and $300 for each child"). "Over" a stretch of time right after an amount says when, not how
 * much ("$1.2 trillion over 10 years"): a minor number.
 */
function againstPrevious(text: string, previous: ReadFinding | undefined, finding: ReadFinding): ReadFinding {
  const q = finding.quantity;
  if (previous && q.change === '>' && DURATIONS.has(q.unit ?? '') && /^\s*$/.test(text.slice(previous.phrase.end, finding.phrase.start)) && /^over\b/i.test(text.slice(finding.phrase.start, q.start))) {
    return { ...finding, quantity: { ...q, change: '=' }, prominence: 'minor', rule: 'time-expression' };
  }
  if (!previous || q.change !== '=' || previous.quantity.change === '=') return finding;
  const between = text.slice(previous.phrase.end, q.start);
  if (between.length > 50) return finding;
  const bracketed = between.length <= 30 && /^\s*(?:\((?:[^()]*\/\s*)?|\/\s*)(?:US|C|A|S|HK|NZ)?\s*$/.test(between);
  // "fell 300 points, or 1%": the same fall put another way.
  const restated = /^,?\s+or\s*$/.test(between) && (previous.quantity.change === 'up' || previous.quantity.change === 'down');
  const listed = BOUNDS.has(previous.quantity.change) && previous.quantity.unit === q.unit && previous.kind === finding.kind && LIST_BETWEEN.test(between);
  return bracketed || restated || listed ? { ...finding, quantity: { ...q, change: previous.quantity.change } } : finding;
}

/** "four or five buyers", "two to three weeks": the first number counts what the second names. */
function sharedNoun(text: string, previous: ReadFinding, finding: ReadFinding): ReadFinding {
  const q = previous.quantity;
  if (q.unit !== null || finding.counted === undefined || previous.kind !== 'count' || finding.kind !== 'count') return previous;
  if (!/^[ \u00a0]+(?:or|to)[ \u00a0]+$/.test(text.slice(previous.phrase.end, finding.phrase.start))) return previous;
  return { ...previous, quantity: { ...q, unit: finding.quantity.unit }, nounRule: 'shared-noun' };
}

/** Between a count and a later one that leaves its noun out: "One person was killed and 12 were injured". */
const ELIDED_BETWEEN = /^[^;:.()\d]{0,60}?(?:,|\band)[ \u00a0]+$/u;

/**
 * "One person was killed and 12 were injured", "120 patients, 15 of them in intensive care": a later count that
 * leaves its noun out counts the noun of the count before it, and a "one" that such a count answers is a
 * count itself, not an article.
 */
function elidedNoun(text: string, previous: ReadFinding, finding: ReadFinding): [ReadFinding, ReadFinding] {
  if (finding.kind !== 'count' || finding.quantity.unit !== null || previous.kind !== 'count' || previous.counted === undefined) return [previous, finding];
  // "15 of the staff" names its own noun; "15 of them" points back like a bare count.
  if (/^[ \u00a0]*of[ \u00a0]+(?!them|those|whom|which)/u.test(text.slice(finding.quantity.end, finding.quantity.end + 12))) return [previous, finding];
  // "and 12 Democrats": a capitalised word after the count is its own noun, though the finder does not read it.
  if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(finding.phrase.end, finding.phrase.end + 3))) return [previous, finding];
  if (!ELIDED_BETWEEN.test(text.slice(previous.phrase.end, finding.phrase.start))) return [previous, finding];
  const counted: ReadFinding = { ...finding, quantity: { ...finding.quantity, unit: previous.quantity.unit }, nounRule: 'elided-noun' };
  return [previous.rule === 'determiner-one' ? { ...previous, prominence: 'key', rule: 'answered-one' } : previous, counted];
}

/** Between a count and a "one" listed after it: "two old warrants, one new warrant", "three cars and one van". */
const LISTED_BETWEEN = /^[ \u00a0]*(?:,|;|,?[ \u00a0]+and)[ \u00a0]+$/;

/** The words after a listed "one" that may come before the noun of the count before it: "one [new] warrant". */
const LISTED_NOUN_REACH = 30;

/**
 * "two old warrants, one new warrant": a "one" listed after a count is a count too, not an article; and
 * when the noun of that count follows it within a few words, it counts that noun ("one out-of-state warrant").
 */
function listedOne(text: string, previous: ReadFinding, finding: ReadFinding): ReadFinding {
  if (finding.rule !== 'determiner-one' || previous.kind !== 'count' || previous.counted === undefined || previous.prominence !== 'key') return finding;
  if (!LISTED_BETWEEN.test(text.slice(previous.phrase.end, finding.phrase.start))) return finding;
  const listed: ReadFinding = { ...finding, prominence: 'key', rule: 'listed-one' };
  const noun = previous.quantity.unit;
  if (noun === null || finding.quantity.unit === noun) return listed;
  const words = text.slice(finding.quantity.end, finding.quantity.end + LISTED_NOUN_REACH).toLowerCase().split(/[^\p{L}]+/u);
  return words.slice(0, 5).includes(noun) ? { ...listed, quantity: { ...listed.quantity, unit: noun }, nounRule: 'listed-noun' } : listed;
}

/** Finds the quantities inside `within` (a sentence) of `text`, each key or minor with the rule that said so. */
export function findQuantities(text: string, within: Span): ReadFinding[] {
  const tokens = tokenize(text, within.start, within.end);
  const phones = phoneSpans(text, within.start, within.end);
  const findings: ReadFinding[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCandidate(t, tokens[i + 1])) {
      i++;
      continue;
    }
    // Letters glued before digits make a name ("A2", "H1N1") unless they are a currency ("USD1,700").
    const glued = t.kind === 'digits' && tokens[i - 1]?.kind === 'word' && touching(tokens[i - 1], t);
    if (glued && !currencyBefore(text, t.start, within.start)) {
      i++;
      continue;
    }
    const a = readCore(text, within, tokens, i);
    if (!a) {
      i++;
      continue;
    }
    // A rejected number takes what is written onto it along ("22nd", "A.D. 1000 and 1260"), so its parts are not read again.
    const read = reading(text, within, tokens, a, phones);
    if (read.finding) {
      const previous = findings[findings.length - 1];
      let finding = againstPrevious(text, previous, read.finding);
      if (previous) {
        finding = listedOne(text, previous, finding);
        const [before, after] = elidedNoun(text, sharedNoun(text, previous, finding), finding);
        findings[findings.length - 1] = before;
        finding = after;
      }
      findings.push(finding);
    }
    i = Math.max(read.to, i + 1);
  }
  return findings;
}

/** The rate after a quantity: "each", "per day", "a year", "/month". */
function rateAfter(text: string, from: number, limit: number): { per: string; end: number; inQuantity: boolean } | null {
  const m = PER.exec(text.slice(from, Math.min(limit, from + 30)));
  if (!m?.groups || /^\s*per\s*cent/i.test(m[0])) return null;
  // "3% a year earlier": "a year" there says when, it is no rate.
  if (TIME_AFTER_RATE.test(text.slice(from + m[0].length, Math.min(limit, from + m[0].length + 12)))) return null;
  return { per: m[0].trim(), end: from + m[0].length, inQuantity: m.groups['per'] !== undefined };
}

interface Reading {
  finding: ReadFinding | null;
  /** Token index to read on from. */
  to: number;
}

function reading(text: string, within: Span, tokens: Token[], a: Core, phones: [number, number][]): Reading {
  const none: Reading = { finding: null, to: a.to };
  const n = a.numeral;
  if (phones.some(([s, e]) => a.start < e && a.end > s)) return none;
  if (insideAddress(text, within, a.start, a.end)) return none;
  const first = tokens[n.from]!;
  const wordNumeral = !n.digits;
  // "a third" is a fraction only as a share of something ("a third of voters", "fell by a fifth over"), not
  // when it describes a noun ("a third term", "a quarter-final").
  const following = tokens[n.to];
  // "half the money", "half its staff": "half" before a determiner is a share of what follows.
  const shareOf = following?.lower === 'of' || (tokens[n.from]!.lower === 'half' && HALF_OF.has(following?.lower ?? ''));
  const describesNoun = following?.kind === 'word' ? !isFunctionWord(following.lower) : following?.text === '-';
  if (n.fraction && !a.unit && n.value !== null && n.value < 1 && !/s$/.test(tokens[n.to - 1]!.lower) && !shareOf && describesNoun) return none;
  const ratio = outOf(text, within, tokens, a);
  if (ratio) return ratio;
  // "dropped from $210 to $190": one fall, its ends in the order written.
  const fromTrend = trendFrom(text, a.start, within.start);
  const b = rangeEnd(text, within, tokens, a, fromTrend !== null);
  if (b && isScore(text, within, a, b)) return { finding: null, to: b.to };
  const scoreEnd = b ? null : scoreJoinedByTo(text, within, tokens, a);
  if (scoreEnd !== null) return { finding: null, to: scoreEnd };
  // "between 2014 and 2017" is a span of years, not a quantity.
  if (b && [a, b].every((q) => q.numeral.digits && q.numeral.scale === 1 && !q.unit && q.value >= 1900 && q.value <= 2100 && Number.isInteger(q.value))) return { finding: null, to: b.to };
  let end = b ? b.end : a.end;
  let to = b ? b.to : a.to;
  let unit = b ? b.unit ?? a.unit : a.unit;
  const kind: ClaimKind = b ? (b.unit ? b.kind : a.kind) : a.kind;
  let counted: Span | undefined;
  let partitiveUnit: string | null = null;
  // The counted noun as the unit: "47 embassies", "around 2,000 shipments", "one man".
  if (!unit && kind !== 'ratio') {
    const noun = countedNounAt(tokens, to, !b && n.value === 1 && wordNumeral);
    if (noun) {
      counted = { start: tokens[to]!.start, end: noun.end };
      unit = noun.unit;
      to = noun.to;
    } else {
      // "nine of the victims", "hundreds of items": the noun named after "of" is what is counted, though
      // the phrase stays the number ("nine"), as a reader quotes it.
      partitiveUnit = partitiveNounAt(tokens, to)?.unit ?? null;
      unit = partitiveUnit;
    }
  }
  const plainInteger = n.digits && n.scale === 1 && /^\d+$/.test(first.text) && !a.currency && tokens[n.from - 1]?.text !== '.';
  const why = rejection({
    tokens,
    from: n.from,
    to: n.to,
    plainInteger,
    value: n.value,
    hasUnit: !!unit || !!b,
    text,
  });
  if (why) return { finding: null, to: b ? b.to : a.to };
  // A trailing letter glued to the number that no unit or scale claimed: "3D", "737MAX"; nor is a word glued
  // on a counted noun ("the 49ers"): nobody writes a count without a space.
  const glued = tokens[n.to];
  const gluedNoun = counted !== undefined && counted.start === tokens[n.to - 1]!.end;
  if ((!unit || gluedNoun) && glued?.kind === 'word' && touching(tokens[n.to - 1], glued) && a.end === tokens[n.to - 1]!.end) return none;

  const firm = firmnessBefore(text, a.start, within.start);
  let change = firm.change;
  // "lost 3 games" counts games; "grew by four seats" is still a rise: "by" makes the count the change.
  if ((change === 'up' || change === 'down') && counted && !/(?<![\p{L}])by[ \u00a0]*$/u.test(text.slice(Math.max(within.start, a.start - 4), a.start))) change = '=';
  if (b && fromTrend) change = fromTrend;
  if (a.value < 0 && kind === 'percent') change = 'down';
  else if (text[tokens[n.from]!.start - 1] === '+' && kind === 'percent') change = 'up';

  let phraseEnd = counted ? counted.end : end;
  const after = change === '=' && !b ? boundAfter(text, phraseEnd, within.end) : null;
  if (after) {
    change = after.change;
    phraseEnd = after.end;
    to = tokenIndexAt(tokens, to, after.end);
  }
  const rate = rateAfter(text, phraseEnd, within.end);
  if (rate) {
    // "63 cents per share" is NewsQuant's quantity as written; "$3,000 each" keeps "each" to the phrase.
    if (rate.inQuantity && !counted) end = rate.end;
    phraseEnd = rate.end;
    to = tokenIndexAt(tokens, to, rate.end);
  }
  const per = rate?.per ?? null;
  const value = b ? null : n.range ? null : a.value;
  const range: [number, number] | null = b ? [scaledStart(a, b), b.value] : n.range;
  const start = a.start;
  const role = roleOf({ text, tokens, from: n.from, to: n.to, after: to, end, unit, counted: !!counted || (unit !== null && unit === partitiveUnit), kind, digits: n.digits, range: range !== null, value });
  if (role.prominence === null) return { finding: null, to };
  const quantity: Quantity = { text: text.slice(start, end), start, end, value, range, unit, change };
  const phraseStart = firm.start ?? start;
  return {
    finding: {
      quantity,
      kind,
      per,
      phrase: { start: Math.min(phraseStart, start), end: Math.max(phraseEnd, end) },
      ...(counted ? { counted } : {}),
      prominence: role.prominence,
      rule: role.rule,
    },
    to,
  };
}
