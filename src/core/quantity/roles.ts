/**
 * What a number does in its sentence, and so whether a reader counts it as a claim. A number that states
 * an amount is a key claim; one that only describes or dates something ("The singer, 38,", "four years
 * ago", "the two sides") is minor, shown when every number is asked for; one that is no amount at all
 * ("one of the largest", "a billion-dollar deal" as a kind of deal, "zero tolerance") is dropped.
 * Each rule is named, and the finding says which one fired.
 */
import type { ClaimKind, Prominence } from '../types';
import { isNumberWord } from './numerals';
import { isCapitalised, type Token, touching } from './tokens';

export interface RoleContext {
  text: string;
  tokens: Token[];
  /** The numeral's first and last-plus-one token indexes. */
  from: number;
  to: number;
  /** Token index after the whole quantity (unit, counted noun, rate). */
  after: number;
  /** Where the quantity's own text ends (number and unit). */
  end: number;
  unit: string | null;
  /** The unit is a counted noun read after the number ("one reader"), not a unit of the table. */
  counted: boolean;
  kind: ClaimKind;
  /** The numeral is written in digits. */
  digits: boolean;
  range: boolean;
  value: number | null;
}

export interface Role {
  /** null: not a number a reader would see as an amount at all; the finding is dropped. */
  prominence: Prominence | null;
  rule: string;
}

interface RoleRule {
  name: string;
  prominence: Prominence | null;
  applies(c: RoleContext): boolean;
}

const DURATIONS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);
/** After an age, words that make it the age at which something else happened. */
const AGE_AT = /^[ \u00a0]+(?:when|at the time|then|as|at)(?![\p{L}])/u;
/** Words before "one" that make it a pronoun: "no one", "the one", "this one", "the middle one". */
const BEFORE_PRONOUN_ONE = new Set([
  'no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'another', 'someone', 'anyone', 'last', 'next', 'single', 'little',
  'big', 'middle', 'new', 'old', 'right', 'wrong', 'same', 'other', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'loved',
]);
/** Words after "one" that make it a pronoun: "one of", "one another", "one could", "one is". */
const AFTER_PRONOUN_ONE = new Set([
  'another', 'could', 'would', 'should', 'can', 'may', 'might', 'must', 'will', 'is', 'was', 'has', 'does', 'did', 'says',
  'said', 'who', 'that', 'which', 'thing', 'way', 'point', 'side', 'day', 'time', 'knows', 'wonders', 'gets', 'sees',
]);
/** Words after a duration that make it say when, not how much: "four years ago", "two weeks before the vote". */
const TIME_AFTER = new Set(['ago', 'later', 'earlier', 'before', 'after', 'hence', 'prior', 'beforehand', 'afterwards', 'afterward', 'since', 'on']);
/** Words before a duration that make it a stretch of time another fact is set in: "in the past two weeks", "during the eight years". */
const TIME_BEFORE = new Set(['past', 'last', 'next', 'coming', 'previous', 'preceding', 'following', 'first', 'final', 'during']);
/** "worst", "lowest", "biggest", "most": a superlative, measured over a stretch of time. */
const SUPERLATIVE = /^(?:\p{L}{2,}est|most|least|best|worst|first)$/u;
/** Words ending in "-est" that are no superlatives: "an arrest in two weeks" is a count of weeks. */
const NOT_SUPERLATIVE = new Set(['interest', 'protest', 'request', 'forest', 'test', 'contest', 'west', 'guest', 'chest', 'quest', 'arrest', 'harvest', 'conquest', 'manifest', 'honest', 'modest', 'inquest', 'digest', 'suggest', 'invest', 'attest', 'detest', 'unrest', 'behest']);
/** Determiners that point back at things already named: "the two sides", "these three issues". */
const DEFINITE = new Set(['the', 'these', 'those', 'both']);

const wordAt = (c: RoleContext, i: number): string => (c.tokens[i]?.kind === 'word' ? c.tokens[i]!.lower : '');
const bareWord = (c: RoleContext, lower: string): boolean => !c.digits && c.to === c.from + 1 && c.tokens[c.from]!.lower === lower;
const hasTableUnit = (c: RoleContext): boolean => c.unit !== null && !c.counted;

/** "this one", "no one", "one could argue", "reads one,": "one" standing for a thing or a person. */
function pronounOne(c: RoleContext): boolean {
  if (!bareWord(c, 'one') || hasTableUnit(c) || c.range || wordAt(c, c.to) === 'of') return false;
  const next = c.tokens[c.to];
  return BEFORE_PRONOUN_ONE.has(wordAt(c, c.from - 1)) || AFTER_PRONOUN_ONE.has(wordAt(c, c.to)) || !next || next.kind !== 'word';
}

/** "one of the largest ports", "one of four schooners": one picked out of a group, which the group's size (if any) counts. */
function partitiveOne(c: RoleContext): boolean {
  return bareWord(c, 'one') && !hasTableUnit(c) && !c.range && wordAt(c, c.to) === 'of';
}

/** "one reader wrote", "with one key difference": "one" as an article before a noun. */
function determinerOne(c: RoleContext): boolean {
  return bareWord(c, 'one') && !hasTableUnit(c) && !c.range;
}

/** "a billion-dollar deal", "a million-dollar question": an amount made into the name of a kind of thing. */
function genericAmount(c: RoleContext): boolean {
  const first = c.tokens[c.from]!;
  const next = c.tokens[c.to];
  return !c.digits && (first.lower === 'a' || first.lower === 'an') && next?.text === '-' && touching(c.tokens[c.to - 1], next);
}

/** "a thing or two", "a day or two": a vague few, not a count. */
function idiomOrTwo(c: RoleContext): boolean {
  return !c.digits && c.to === c.from + 1 && wordAt(c, c.from - 1) === 'or' && /^(?:a|an)$/.test(wordAt(c, c.from - 3)) && !hasTableUnit(c);
}

/** "zero tolerance", "zero sum": "zero" describing a noun, not a count of it. */
function zeroDescribing(c: RoleContext): boolean {
  if (!bareWord(c, 'zero') || hasTableUnit(c)) return false;
  const next = c.tokens[c.to];
  return next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !/s$/.test(next.lower);
}

/**
 * An age that describes someone or something: in apposition ("Parata, 75, has", "the pilot, 41, said"), in brackets after a
 * name ("Kaiarahi (10 months)"), made into an adjective ("his 22-year-old son", "the 65-year-old"), after
 * "aged" or "the ages of", or set at a time ("was seven years old when…"). An age that is the sentence's
 * point ("the tree may be 2,000 years old") stays a claim.
 */
function descriptiveAge(c: RoleContext): boolean {
  const { tokens, from } = c;
  const before = tokens[from - 1];
  const plainNumber = c.unit === null && c.digits && (c.value ?? 0) < 120 && !c.range;
  if (plainNumber && before?.text === ',' && tokens[c.after]?.text === ',' && tokens[from - 2]?.kind === 'word') return true;
  // "The boy, who is 12, was found": an age in a relative clause set off by commas.
  if (plainNumber && /^(?:is|was)$/.test(before?.lower ?? '') && wordAt(c, from - 2) === 'who' && tokens[from - 3]?.text === ',' && tokens[c.after]?.text === ',') return true;
  const ageUnit = c.unit === null || (AGE_UNITS.has(c.unit) && !c.counted);
  if (before?.text === '(' && isCapitalised(tokens[from - 2]) && tokens[c.after]?.text === ')' && ageUnit && (c.value ?? 0) < 120) return true;
  // The second of a pair reads the words before the first: "the ages of 25 and 54".
  const lead = /^(?:and|to|-|–)$/.test(tokens[from - 1]?.lower ?? '') && tokens[from - 2]?.kind === 'digits' ? from - 2 : from;
  if (/^(?:aged|age|ages)$/.test(wordAt(c, lead - 1)) || (wordAt(c, lead - 1) === 'of' && wordAt(c, lead - 2) === 'ages')) return true;
  const numeralEnd = tokens[c.to - 1]!.end;
  if (c.unit === 'year of age') {
    // "his 22-year-old son", "the 65-year-old": the age made into an adjective or a name for the person.
    if (/year-old/.test(c.text.slice(numeralEnd, c.end))) return true;
    // "was just seven years old when he…": the age at which something else happened.
    return AGE_AT.test(c.text.slice(c.end, c.end + 16));
  }
  return c.unit !== null && AGE_UNITS.has(c.unit) && /^-(?:month|week|day)s?-old(?![\p{L}])/u.test(c.text.slice(numeralEnd, numeralEnd + 16));
}

/**
 * "four years ago", "two weeks before the vote", "in the past two weeks", "during the eight years of": a
 * duration that dates; "its worst week in three months": the stretch a superlative holds over; and "a
 * five-year, $700,000 award": a term made into an adjective of another amount.
 */
function timeExpression(c: RoleContext): boolean {
  if (!DURATIONS.has(c.unit ?? '') || c.counted) return false;
  // "grounded for 20 months after two crashes": a duration after "for" is the fact, whatever follows.
  if (wordAt(c, c.from - 1) === 'for') return false;
  const numeralEnd = c.tokens[c.to - 1]!.end;
  // "its worst day in three months", "the lowest in half a century": the stretch a superlative is measured over.
  if (wordAt(c, c.from - 1) === 'in' && c.tokens.slice(Math.max(0, c.from - 6), c.from - 1).some((t) => SUPERLATIVE.test(t.lower) && !NOT_SUPERLATIVE.has(t.lower))) return true;
  if (c.text[numeralEnd] === '-' && /^,?[ \u00a0]+(?:[$€£¥]|\d)/u.test(c.text.slice(c.end, c.end + 4))) return true;
  if (TIME_AFTER.has(wordAt(c, c.after))) return true;
  if (/^[ \u00a0]+from[ \u00a0]+now(?![\p{L}])/u.test(c.text.slice(c.end, c.end + 12))) return true;
  return TIME_BEFORE.has(wordAt(c, c.from - 1)) || (wordAt(c, c.from - 1) === 'the' && TIME_BEFORE.has(wordAt(c, c.from - 2)));
}

/** "the two sides", "these two issues", "the two has been steady": a small number pointing back at things named before. */
function referringNumber(c: RoleContext): boolean {
  if (c.digits || c.to !== c.from + 1 || c.range || hasTableUnit(c) || !(c.value === 2 || c.value === 3)) return false;
  const next = c.tokens[c.to];
  return DEFINITE.has(wordAt(c, c.from - 1)) && !(next?.text === '-' && touching(c.tokens[c.from], next));
}

/** "four of the five judges": the whole a part is taken from, a count even after "the". */
function partitiveWhole(c: RoleContext): boolean {
  if (hasTableUnit(c) || wordAt(c, c.from - 1) !== 'the' || wordAt(c, c.from - 2) !== 'of') return false;
  const part = c.tokens[c.from - 3];
  return !!part && (part.kind === 'digits' || isNumberWord(part.lower));
}

/** Words that open a clause, before which a preposition and a duration say when the clause holds. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'so']);
/** Prepositions that make a duration the point in time a clause holds at: "by three months she was walking". */
const TIME_POINT_PREPOSITIONS = new Set(['by', 'after', 'within']);

/** "…, and by three months she was walking", "After six weeks, the cast came off": a duration opening a clause says when. */
function timePoint(c: RoleContext): boolean {
  if (!DURATIONS.has(c.unit ?? '') || c.counted || !TIME_POINT_PREPOSITIONS.has(wordAt(c, c.from - 1))) return false;
  const opener = c.tokens[c.from - 2];
  return !opener || opener.text === ',' || opener.text === ';' || CLAUSE_OPENERS.has(opener.lower);
}

/** "the 10-year Treasury note", "a 30-year Treasury bond": a term made into an adjective of a proper name names the thing. */
function namedCompound(c: RoleContext): boolean {
  return DURATIONS.has(c.unit ?? '') && !c.counted && /^-[\p{L}]+[ \u00a0]\p{Lu}/u.test(c.text.slice(c.tokens[c.to - 1]!.end, c.tokens[c.to - 1]!.end + 24));
}

/** "a 529 plan", "a 747": an article before a bare number and a singular noun makes the number a name. */
function articleName(c: RoleContext): boolean {
  if (!c.digits || c.unit !== null || c.range || !/^(?:a|an)$/.test(wordAt(c, c.from - 1))) return false;
  const first = c.tokens[c.from]!;
  const next = c.tokens[c.to];
  return /^\d{2,}$/.test(first.text) && (!next || next.kind !== 'word' || (/^\p{Ll}/u.test(next.text) && !/s$/.test(next.lower)));
}

/** "a 4K display", "8K video": a display standard, not four thousand of anything. */
function resolutionName(c: RoleContext): boolean {
  const last = c.tokens[c.to - 1]!;
  return c.digits && c.kind !== 'money' && last.text === 'K' && c.to === c.from + 2 && touching(c.tokens[c.from], last) && /^\d$/.test(c.tokens[c.from]!.text);
}

/** The rules in the order they are tried: the first that applies decides. */
const RULES: readonly RoleRule[] = [
  { name: 'pronoun-one', prominence: null, applies: pronounOne },
  { name: 'generic-amount', prominence: null, applies: genericAmount },
  { name: 'idiom', prominence: null, applies: idiomOrTwo },
  { name: 'zero-describing', prominence: null, applies: zeroDescribing },
  { name: 'named-compound', prominence: null, applies: namedCompound },
  { name: 'article-name', prominence: null, applies: articleName },
  { name: 'resolution-name', prominence: null, applies: resolutionName },
  { name: 'partitive-one', prominence: 'minor', applies: partitiveOne },
  { name: 'determiner-one', prominence: 'minor', applies: determinerOne },
  { name: 'descriptive-age', prominence: 'minor', applies: descriptiveAge },
  { name: 'time-expression', prominence: 'minor', applies: timeExpression },
  { name: 'time-point', prominence: 'minor', applies: timePoint },
  { name: 'partitive-whole', prominence: 'key', applies: partitiveWhole },
  { name: 'referring-number', prominence: 'minor', applies: referringNumber },
];

/** A stated amount: what every number is unless a rule above says otherwise. */
export const AMOUNT: Role = { prominence: 'key', rule: 'amount' };

/** The role of a number read in its sentence: key, minor or none, with the rule that decided. */
export function roleOf(c: RoleContext): Role {
  const rule = RULES.find((r) => r.applies(c));
  return rule ? { prominence: rule.prominence, rule: rule.name } : AMOUNT;
}
