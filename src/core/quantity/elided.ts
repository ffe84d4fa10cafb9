/**
 * A count that leaves its noun out still counts something, and a reader takes the noun from nearby:
 * "two teams of three" (three members), "the number of deaths … is 40" (40 deaths), "How many seats did
 * they win? … They won nine" (nine seats), "each box holds 12 jars and each crate 20 of its own" (20 jars),
 * "a chain of cafés — it runs more than 40" (40 cafés), "The city runs 40 shelters. Nine are full." (nine
 * shelters). The rules below read the sentence and a short memory of the sentences before it; each is
 * named, and a finding whose noun one of them supplied says which (`nounRule`). A count that names its own
 * noun, or one with no noun a reader would take from anywhere, is left as it is.
 */
import type { Span } from '../types';
import type { ReadFinding } from './index';
import { countedNounAt, isFunctionWord, isPluralNoun, singular } from './nouns';
import { isCapitalised, type Token, tokenize, touching } from './tokens';

/** A noun the sentences before named, and how many sentences ago. */
interface Recalled {
  noun: string;
  sentencesAgo: number;
}

/** What the sentences read so far leave for a later count that names no noun. Passed from sentence to sentence. */
export interface NounMemory {
  /** The noun of the last count that named one ("40 shelters" → "shelter"). */
  counted: Recalled | null;
  /** The noun a "how many" question asked about ("how many seats" → "seat"). */
  asked: Recalled | null;
  /** The noun of "the number of …" ("the number of deaths" → "death"). */
  numberOf: Recalled | null;
}

export const EMPTY_NOUN_MEMORY: NounMemory = { counted: null, asked: null, numberOf: null };

/** How many sentences back each kind of memory reaches: a question is answered a few sentences on, a count is picked up in the next. */
const REACH = { counted: 2, asked: 3, numberOf: 2 } as const;

/** Nouns for a group whose size "of N" gives: "teams of three", "a family of four", "a crew of 12". */
const GROUP_NOUNS = new Set([
  'team', 'group', 'family', 'crew', 'party', 'squad', 'panel', 'committee', 'household', 'class', 'band', 'gang', 'pack',
  'herd', 'flock', 'pod', 'cohort', 'delegation', 'jury', 'board', 'council', 'troupe', 'cast', 'platoon', 'unit', 'club',
  'league', 'coalition', 'alliance', 'staff', 'workforce',
]);
/** Words before "of N" that leave N a count of something ("a total of 40", "an average of 20"); after others N is what they measure ("the age of 21", "a depth of 30"). */
const AMOUNT_OF = new Set(['total', 'average', 'number', 'maximum', 'minimum', 'tally', 'count', 'handful', 'majority', 'minority', 'sum']);
/** Verbs of having or running, after which a lone count is how many of something the subject has: "it had more than 100". */
const HAVING_VERBS = new Set([
  'has', 'have', 'had', 'having', 'owns', 'own', 'owned', 'runs', 'run', 'ran', 'operates', 'operate', 'operated', 'keeps',
  'kept', 'holds', 'held', 'employs', 'employed', 'counts', 'counted', 'numbers', 'numbered', 'includes', 'included',
]);
/** How many tokens back a verb of having looks for the plural its pronoun stands for. */
const POSSESSOR_REACH = 12;
/** Pronouns that stand for something named before: "it had 100", "they own 12". */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);
/** Pronouns after "of" that point back at what was counted before: "three of them", "20 of their own". */
const POINTING_BACK = new Set(['them', 'those', 'these', 'whom', 'which', 'us']);
const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'our', 'my', 'your']);
/** Relative pronouns: after "two gunmen who killed 14", the 14 are not gunmen. */
const RELATIVES = new Set(['who', 'that', 'which']);
/** Words that close a relative clause and may start a parallel one: "11 seats, and Labour won nine". */
const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'whereas', ',', ';']);
/** Words that start a clause of their own (", and" only after a comma): "the number of X rose, while 12 …". */
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
/** Words that may open a sentence before a lone count that is its subject: "But nine are full", "Only three were". */
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'only', 'just', 'still', 'now', 'today', 'all', 'then', 'of', 'those', 'these', 'them']);

/**
 * What the sentence has said before the count being read. Advanced token by token as the counts are read
 * in order, so a long sentence is read once, not once for each count in it.
 */
interface SoFar {
  /** Tokens read. */
  read: number;
  /** Only punctuation and openers so far: a count here opens the sentence. */
  opening: boolean;
  /** The noun of the last "number of …" ("the number of deaths" → "death"). */
  numberOf: string | null;
  /** That "number of …" is still the clause's: no ", and", ";" or "while" has started another since. */
  numberOfOpen: boolean;
  /** "the number that …": a number named without saying of what. */
  bareNumber: boolean;
  /** The noun of the last "how many …". */
  asked: string | null;
  /** A count has answered the "how many" already: a question takes one answer. */
  answered: boolean;
  /** The noun of the last count that has one. */
  counted: string | null;
  /** A relative clause has opened since that count ("two gunmen who killed 14"). */
  inRelative: boolean;
}

/** What a rule reads: the sentence's tokens, the count, what the sentence said before it and the memory. */
interface ElidedContext {
  tokens: Token[];
  /** Token indexes of the phrase's first token and of the first token after the phrase. */
  from: number;
  after: number;
  soFar: SoFar;
  memory: NounMemory;
}

interface ElidedNounRule {
  name: string;
  noun(c: ElidedContext): string | null;
}

/** The counted noun at token `i`, taking a capitalised plural too ("Americans", "Democrats"), which a count after a number may not be. */
function nounAt(tokens: Token[], i: number): string | null {
  const counted = countedNounAt(tokens, i, false);
  if (counted) return counted.unit;
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalised(t) || !isPluralNoun(t.lower) || isFunctionWord(t.lower)) return null;
  const one = singular(t.text);
  return one.charAt(0).toUpperCase() + one.slice(1);
}

/** Reads the sentence on to token `to`, noting "number of …", "the number", "how many …" and whether it has only opened. */
function readOn(soFar: SoFar, tokens: Token[], to: number): void {
  for (; soFar.read < to; soFar.read++) {
    const i = soFar.read;
    const t = tokens[i]!;
    const next = tokens[i + 1]?.lower;
    if (t.lower === 'number' && next === 'of') {
      soFar.numberOf = nounAt(tokens, i + 2) ?? soFar.numberOf;
      soFar.numberOfOpen = soFar.numberOf !== null;
    }
    // "… the number of delegates, and all but two said": a new clause says something else.
    if (t.text === ';' || (NEW_CLAUSE.has(t.lower) && (t.lower !== 'and' || tokens[i - 1]?.text === ','))) soFar.numberOfOpen = false;
    else if (t.lower === 'number' && tokens[i - 1]?.lower === 'the') soFar.bareNumber = true;
    if (t.lower === 'how' && next === 'many') soFar.asked = nounAt(tokens, i + 2) ?? soFar.asked;
    soFar.opening &&= t.kind === 'mark' || OPENERS.has(t.lower);
    if (RELATIVES.has(t.lower) && soFar.counted !== null) soFar.inRelative = true;
    else if (CLAUSE_BREAKS.has(t.lower)) soFar.inRelative = false;
  }
}

/** The nearest plural noun before token `at`, within `reach` tokens and short of any punctuation but a bracket. */
function pluralBefore(tokens: Token[], at: number, reach: number): string | null {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    const t = tokens[i]!;
    if (t.kind === 'mark' && t.text !== '(') return null;
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isFunctionWord(t.lower) && isPluralNoun(t.lower)) return singular(t.lower);
  }
  return null;
}

/** "the list of titles on offer (more than 60)": a count in brackets counts the plural the brackets follow. */
function bracketedCount(c: ElidedContext): string | null {
  return c.tokens[c.from - 1]?.text === '(' && c.tokens[c.after]?.text === ')' ? pluralBefore(c.tokens, c.from - 1, 6) : null;
}

/** "teams of three", "a family of four": the size of a group counts its members; "the Group of 20" is a name. */
function groupSize(c: ElidedContext): string | null {
  const before = c.tokens[c.from - 2];
  return c.tokens[c.from - 1]?.lower === 'of' && before?.kind === 'word' && !isCapitalised(before) && GROUP_NOUNS.has(singular(before.lower)) ? 'member' : null;
}

/** "the number of deaths rose to 40", or "the number that …" after a sentence that named "the number of deaths": the count is that number. */
function numberOf(c: ElidedContext): string | null {
  if (c.soFar.numberOfOpen) return c.soFar.numberOf;
  return c.soFar.bareNumber ? c.memory.numberOf?.noun ?? null : null;
}

/** "how many seats … they won nine": a lone count answers the "how many" asked before it, in its sentence or a few before. */
function answersHowMany(c: ElidedContext): string | null {
  return c.soFar.answered ? null : c.soFar.asked ?? c.memory.asked?.noun ?? null;
}

/**
 * "each box holds 12 jars and each crate holds 20 of its own": a lone count counts the noun of a count before
 * it in its sentence, unless it stands in a clause that describes that noun ("two gunmen who killed 14").
 */
function earlierCount(c: ElidedContext): string | null {
  return c.soFar.inRelative ? null : c.soFar.counted;
}

/** "a chain of cafés — it runs more than 40": a lone count after a pronoun and a verb of having counts the plural named before it. */
function possessedCount(c: ElidedContext): string | null {
  const verb = c.tokens[c.from - 1];
  if (!verb || !HAVING_VERBS.has(verb.lower) || !SUBJECT_PRONOUNS.has(c.tokens[c.from - 2]?.lower ?? '')) return null;
  for (let i = c.from - 3; i >= Math.max(0, c.from - POSSESSOR_REACH); i--) {
    const t = c.tokens[i]!;
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isFunctionWord(t.lower) && isPluralNoun(t.lower)) return singular(t.lower);
  }
  return c.memory.counted?.noun ?? null;
}

/** "The city runs 40 shelters. Nine are full." / "Three of them …": a lone count that opens its sentence or points back counts the noun counted just before. */
function previousCount(c: ElidedContext): string | null {
  const opens = c.soFar.opening;
  const pointsBack = c.tokens[c.after]?.lower === 'of' && POINTING_BACK.has(c.tokens[c.after + 1]?.lower ?? '');
  return opens || pointsBack ? c.memory.counted?.noun ?? null : null;
}

/** The rules in the order they are tried: the nearest, most explicit source of a noun first. */
const RULES: readonly ElidedNounRule[] = [
  { name: 'bracketed-count', noun: bracketedCount },
  { name: 'group-size', noun: groupSize },
  { name: 'number-of', noun: numberOf },
  { name: 'answers-how-many', noun: answersHowMany },
  { name: 'earlier-count', noun: earlierCount },
  { name: 'possessed-count', noun: possessedCount },
  { name: 'previous-count', noun: previousCount },
];

/** The noun the first rule that finds one supplies, with the rule's name. */
function firstNoun(c: ElidedContext): { name: string; noun: string } | null {
  for (const rule of RULES) {
    const noun = rule.noun(c);
    if (noun) return { name: rule.name, noun };
  }
  return null;
}

/**
 * A number that counts nothing named elsewhere whatever stands around it: a year ("by 2031"), a reference or
 * list mark ("[2]", "2)", "Two, cut costs"), a number in a name ("Series 7", "Block 1B"), the last of a
 * hyphenated chain ("a 12-0-3 record"), an age after a name ("and James, 43.", "Ana, 12;") or a fraction ("3.1"), which
 * counts no whole things.
 */
function countsNothing(tokens: Token[], from: number, after: number, finding: ReadFinding, opening: boolean): boolean {
  const first = tokens[from];
  const before = tokens[from - 1];
  const next = tokens[after];
  const year = first?.kind === 'digits' && /^\d{4}$/.test(first.text) && Number(first.text) >= 1900 && Number(first.text) <= 2100;
  const mark = (before?.text === '[' && next?.text === ']') || (next?.text === ')' && before?.text !== '(') || (opening && next?.text === ',');
  const name = isCapitalised(before) && !OPENERS.has(before!.lower);
  const chained = before?.text === '-' && touching(before, first);
  const age = before?.text === ',' && isCapitalised(tokens[from - 2]) && (!next || /^[,.;]$/.test(next.text));
  const { value, range } = finding.quantity;
  const fraction = [value, ...(range ?? [])].some((v) => v !== null && !Number.isInteger(v));
  return year || mark || name || chained || age || fraction;
}

/** "the age of 21", "a depth of 30", "the Group of 20": a number after "<noun> of" that measures or names that noun, not a count of anything named elsewhere. */
function measuresNounBefore(tokens: Token[], from: number): boolean {
  const noun = tokens[from - 2];
  const group = GROUP_NOUNS.has(singular(noun?.lower ?? '')) && !isCapitalised(noun);
  return tokens[from - 1]?.lower === 'of' && noun?.kind === 'word' && !isFunctionWord(noun.lower) && !AMOUNT_OF.has(noun.lower) && !group;
}

/**
 * Whether a count stands without a noun: nothing after it, punctuation, or a lower-case word that is neither
 * a plural nor "of" + a noun phrase ("nine are full", "20 of their own", "three of them"); not "nine
 * Democrats", "2,000+ visitors" or "nine of the Democrats", which name their own noun though the finder did
 * not read it.
 */
function standsAlone(tokens: Token[], after: number): boolean {
  // "2,000+ visitors": read on past a plus written onto the number.
  const at = tokens[after]?.text === '+' && touching(tokens[after - 1], tokens[after]) ? after + 1 : after;
  const next = tokens[at];
  // "the 450-seat chamber": a compound names its own noun.
  if (next?.text === '-' && touching(tokens[at - 1], next)) return false;
  if (!next || next.kind === 'mark') return true;
  // A plural right after the count is its noun, though the finder did not read it (a verb after a plural subject has no "-s").
  if (next.kind !== 'word' || isCapitalised(next) || (isPluralNoun(next.lower) && !isFunctionWord(next.lower))) return false;
  if (next.lower !== 'of') return true;
  const what = tokens[at + 1]?.lower ?? '';
  return POINTING_BACK.has(what) || (POSSESSIVES.has(what) && tokens[at + 2]?.lower === 'own');
}

/** The first token at or after `offset`, looking on from token `from`. */
function tokenIndexFrom(tokens: Token[], from: number, offset: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < offset) i++;
  return i;
}

/** Whether a sentence may name a noun for later counts other than by counting it: a cheap test that spares tokenising the rest. */
const NAMES_A_NOUN = /\b(?:how[ \u00a0]+many|number[ \u00a0]+of)\b/i;

/** The memory after a sentence: its own nouns, or those before it one sentence older, forgotten past their reach. */
function remember(memory: NounMemory, sentence: SoFar): NounMemory {
  const older = (r: Recalled | null, reach: number): Recalled | null => (r && r.sentencesAgo + 1 <= reach ? { noun: r.noun, sentencesAgo: r.sentencesAgo + 1 } : null);
  const fresh = (noun: string | null): Recalled | null => (noun ? { noun, sentencesAgo: 1 } : null);
  return {
    counted: fresh(sentence.counted) ?? older(memory.counted, REACH.counted),
    asked: sentence.answered ? null : fresh(sentence.asked) ?? older(memory.asked, REACH.asked),
    numberOf: fresh(sentence.numberOf) ?? older(memory.numberOf, REACH.numberOf),
  };
}

/**
 * Gives each key count of a sentence that names no noun the noun a reader takes from nearby, saying which
 * rule supplied it, and returns the memory for the next sentence. `findings` are the sentence's, in order.
 * Linear in the sentence: the tokens are read once, on from one count to the next.
 */
export function supplyElidedNouns(text: string, sentence: Span, findings: readonly ReadFinding[], memory: NounMemory): { findings: ReadFinding[]; memory: NounMemory } {
  const tokens = findings.length > 0 || NAMES_A_NOUN.test(text.slice(sentence.start, sentence.end)) ? tokenize(text, sentence.start, sentence.end) : [];
  const soFar: SoFar = { read: 0, opening: true, numberOf: null, numberOfOpen: false, bareNumber: false, asked: null, answered: false, counted: null, inRelative: false };
  const supplied: ReadFinding[] = [];
  for (const finding of findings) {
    const from = tokenIndexFrom(tokens, soFar.read, finding.phrase.start);
    const after = tokenIndexFrom(tokens, from, finding.phrase.end);
    readOn(soFar, tokens, from);
    const lone = finding.kind === 'count' && finding.quantity.unit === null && finding.prominence === 'key';
    const read = lone && standsAlone(tokens, after) && !measuresNounBefore(tokens, from) && !countsNothing(tokens, from, after, finding, soFar.opening);
    const rule = read ? firstNoun({ tokens, from, after, soFar, memory }) : null;
    const done = rule ? { ...finding, quantity: { ...finding.quantity, unit: rule.noun }, nounRule: rule.name } : finding;
    if (rule?.name === 'answers-how-many') soFar.answered = true;
    if (done.kind === 'count' && done.quantity.unit !== null) {
      soFar.counted = done.quantity.unit;
      soFar.inRelative = false;
    }
    supplied.push(done);
  }
  readOn(soFar, tokens, tokens.length);
  return { findings: supplied, memory: remember(memory, soFar) };
}
