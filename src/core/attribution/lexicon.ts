/**
 * The data files of attribution, loaded once into lookups. The words live in lexicon/*.json so the
 * lists can grow without touching the rules.
 */
import cues from './lexicon/cues.json';
import kinds from './lexicon/kinds.json';
import places from './lexicon/places.json';
import subjects from './lexicon/subjects.json';

export type LexiconKind = 'anonymous' | 'media' | 'military' | 'government' | 'organisation' | 'person';

interface KindWords {
  /** Lowercase words and phrases: "newspaper", "news agency". */
  terms: Set<string>;
  /** Proper names as written: "Reuters", "Times". */
  names: Set<string>;
}

function kindWords(entry: { terms: string[]; names: string[] }): KindWords {
  return { terms: new Set(entry.terms.map((t) => t.toLowerCase())), names: new Set(entry.names) };
}

export const KIND_ORDER = kinds.order as LexiconKind[];

const KIND_WORDS: Record<LexiconKind, KindWords> = {
  anonymous: kindWords(kinds.anonymous),
  media: kindWords(kinds.media),
  military: kindWords(kinds.military),
  government: kindWords(kinds.government),
  organisation: kindWords(kinds.organisation),
  person: kindWords(kinds.person),
};

/** The longest lexicon entry, in words: how long a run of words a lookup must try. */
const LONGEST_ENTRY = Math.max(
  ...Object.values(KIND_WORDS).flatMap((k) => [...k.terms, ...k.names].map((e) => e.split(' ').length)),
);

/** Every run of up to LONGEST_ENTRY consecutive words of a phrase, joined by single spaces. */
function runsOf(words: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let n = 0; n < LONGEST_ENTRY && i + n < words.length; n++) {
      run = n === 0 ? words[i]! : `${run} ${words[i + n]!}`;
      runs.push(run);
    }
  }
  return runs;
}

/**
 * Whether a phrase (its words joined by single spaces, possessives dropped) holds a word of `kind`.
 * `written` keeps the case as written for proper names; `lower` is its lowercase twin.
 */
export function phraseHasKind(kind: LexiconKind, written: string, lower: string): boolean {
  const words = KIND_WORDS[kind];
  const lowerWords = lower.split(' ');
  // "insurers" finds "insurer": plurals need not be listed twice.
  const singular = lowerWords.map((w) => w.replace(/^(\w{3,})s$/, '$1'));
  return (
    runsOf(lowerWords).some((r) => words.terms.has(r)) ||
    runsOf(singular).some((r) => words.terms.has(r)) ||
    runsOf(written.split(' ')).some((r) => words.names.has(r))
  );
}

/** Whether a single word is any lexicon word at all (a name made of these is not a person's name). */
export function isLexiconWord(word: string): boolean {
  if (PLACES.has(word)) return true;
  const lower = word.toLowerCase();
  return KIND_ORDER.some((kind) => KIND_WORDS[kind].terms.has(lower) || KIND_WORDS[kind].names.has(word));
}

const PLACES = new Set(places.places);

/** Whether the phrase, as written, is a country, union or capital ("North Korea", "the US", "Moscow"). */
export function isPlace(written: string): boolean {
  return PLACES.has(written.replace(/^the /i, ''));
}


const words = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

export const SPEECH_VERBS = words(cues.speechVerbs);
export const HUMAN_SPEECH_VERBS = words(cues.humanSpeechVerbs);
export const PUT_VERBS = words(cues.putVerbs);
export const AMBIGUOUS_VERBS = words(cues.ambiguousVerbs);
export const INVERTED_VERBS = words(cues.invertedVerbs);
export const DENIAL_VERBS = words(cues.denialVerbs);
export const CLAIM_NOUNS = words(cues.claimNouns);
export const DOCUMENT_NOUNS = words(cues.documentNouns);
export const THAT_ONLY_VERBS = words(cues.thatOnlyVerbs);
export const STANCE_VERBS = words(cues.stanceVerbs);
export const ROLE_NOUNS = words(cues.asideRoles);

/** "his plan to", "Ruiz's estimate that": a possessor, up to two modifiers, a noun of saying or planning, and what opens its content. */
export const NOMINAL_CUE = new RegExp(
  `(?:['’]s?|\\b(?:his|her|their|its|our|my))\\s+((?:\\p{Ll}+(?:-\\p{Ll}+)*\\s+){0,2}?(?:${alternation(cues.nominalCues)}))\\s+(?:(?:last|this|next)\\s+\\p{L}+\\s+)?(?:to|that|of|would|calls?\\s+for|includes?)\\b`,
  'gu',
);

/**
 * An alternation of phrases for a regular expression, longest first, spaces matching any run of
 * spaces; with `eitherInitial`, each word may also open with a capital ("Data from…" starts a sentence).
 */
function alternation(list: string[], eitherInitial = false): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const initials = eitherInitial ? escaped.replace(/\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`) : escaped;
      return initials.replace(/ /g, '\\s+');
    })
    .join('|');
}

export const FORWARD_CUE = new RegExp(`\\b(?:${alternation(cues.forwardCues)})\\b`, 'giu');
export const CHAIN_CUE = new RegExp(`\\b(?:${alternation(cues.chainCues)})\\b`, 'giu');
export const REPORTED_CUE = new RegExp(`\\b(?:${alternation(cues.reportedCues)})\\b`, 'giu');
export const HEDGE = new RegExp(`\\b(?:${alternation(cues.hedges)})\\b`, 'giu');
export const VERB_CANDIDATE = new RegExp(
  `\\b(?:${alternation([...cues.speechVerbs, ...cues.ambiguousVerbs, ...cues.stanceVerbs, ...cues.putVerbs, ...cues.denialVerbs])})\\b`,
  'giu',
);

export const CARRIER_ADJECTIVES = words(cues.carrierAdjectives);
export const CARRIER_WORDS = words(cues.carriers);

/** "the latest data from", "a report published by", "interviews with": what comes before the name of who made the figure. */
export const LEADING_CARRIER = new RegExp(
  `^(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:(?:${alternation(cues.carrierAdjectives, true)})\\s+)?(?:${alternation(cues.carriers, true)})\\s+` +
    '(?:(?:released|published|compiled|issued|provided|gathered)\\s+)?(?:from|by|of|with)\\s+',
  'u',
);
/** "'s figures", " official data": what comes after it. Lower case only, so "Labor Statistics" stays a name. */
export const TRAILING_CARRIER = new RegExp(`(?:['’]s?)?\\s+(?:(?:${alternation(cues.carrierAdjectives)})\\s+)?(?:${alternation(cues.carriers)})$`, 'u');

/** "inflation rose to 5%": a verb of amount with its links, at the end of the text before the number. */
export const AMOUNT_VERB = new RegExp(
  `\\b(?:${alternation(subjects.amountVerbs)})\\s+(?:(?:${alternation(subjects.amountLinks)})\\s+){0,2}$`,
  'iu',
);
/** ", priced at $3,000 each": the price of something named just before the comma. */
export const PRICED = new RegExp(
  `,\\s*(?:(?:each|which are|which were|which is|that are)\\s+)?(?:${alternation(subjects.priceCues)})\\s*$`,
  'iu',
);
/** "officials estimate [the damage] at $2 billion": a verb of valuing, its object, and "at" before the number. */
export const VALUED_AT = new RegExp(
  `\\b(?:${alternation(subjects.valueVerbs)})\\s+([^,;:.!?]{1,60}?)\\s+at\\s+(?:(?:${alternation(subjects.amountLinks)})\\s+)?$`,
  'iu',
);
export const TRANSITIVE_AMOUNT_VERBS = words(subjects.transitiveAmountVerbs);
