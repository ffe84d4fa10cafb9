/**
 * How the card puts a claim into plain words: its value ("about 2,000 shipments"), its firmness, and who
 * stands behind it ("Japan's Yomiuri newspaper, citing an unnamed source"). Pure, so it is tested in Node.
 */
import { own } from '../core/own';
import { plural } from '../core/quantity/nouns';
import type { SourceRule } from '../core/attribution/choose';
import type { Change, Claim, DocumentInfo, Source, SourceKind } from '../core/types';

/** How a highlight is styled: does the number stand on a named source, on nobody, or on hedged words? */
export type ClaimStyle = 'attributed' | 'unattributed' | 'hedged';

/** Source kinds that name who says so; 'anonymous', 'reported' and 'article' name nobody outside the article. */
const NAMED_KINDS: ReadonlySet<SourceKind> = new Set(['government', 'military', 'media', 'person', 'organisation']);

export function styleOf(claim: Claim): ClaimStyle {
  if (claim.hedged) return 'hedged';
  const { kind, name } = claim.source;
  return NAMED_KINDS.has(kind) && name !== null ? 'attributed' : 'unattributed';
}

const CHANGE_WORDS: Record<Change, string> = {
  '=': '',
  '~': 'about ',
  '>': 'more than ',
  '<': 'less than ',
  up: 'up ',
  down: 'down ',
};

const CURRENCY_SYMBOLS: Record<string, string> = {
  dollar: '$',
  euro: '€',
  pound: '£',
  yen: '¥',
  yuan: '¥',
  rupee: '₹',
  won: '₩',
};

/** "1,000,000", "2.5", "0.75": grouped, at most two decimals, never exponent notation. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 1 ? 3 : 2 });
}

/**
 * The claim's subject, unless its counted noun was taken from elsewhere ("Nine are full" after "40
 * shelters"): that noun is what the count counts, and the words found around such a count ("the number that
 * ran late") are no noun of it.
 */
export function ownSubject(claim: Claim): string | null {
  return claim.nounRule ? null : claim.subject;
}

/** One amount with its unit: "$3,000", "19%", "155 millimetres", "3 consulates". */
function amount(value: number, claim: Claim): string {
  const { unit } = claim.quantity;
  const number = formatNumber(value);
  if (claim.kind === 'percent' || unit === 'percentage' || unit === 'percent') return `${number}%`;
  if (claim.kind === 'money' && unit) {
    const symbol = own(CURRENCY_SYMBOLS, unit);
    if (symbol) return `${symbol}${number}`;
    return `${number} ${value === 1 ? unit : plural(unit)}`;
  }
  if (claim.kind === 'count') {
    const noun = ownSubject(claim) ?? (unit ? (value === 1 ? unit : plural(unit)) : null);
    return noun ? `${number} ${noun}` : number;
  }
  if (unit) return `${number} ${value === 1 ? unit : plural(unit)}`;
  return number;
}

/**
 * The value read plainly: "about 2,000 shipments", "more than 1,000,000 artillery shells",
 * "between 2,000 and 3,000 protesters", "about $3,000 each", "19%". Falls back to the claim's own words
 * when the engine read no number.
 */
export function plainValue(claim: Claim): string {
  const { quantity, per } = claim;
  const tail = per ? ` ${per}` : '';
  if (quantity.range) {
    const [low, high] = quantity.range;
    const both = amount(high, claim);
    const lowText = claim.kind === 'count' ? formatNumber(low) : amount(low, claim);
    return `between ${lowText} and ${both}${tail}`;
  }
  if (quantity.value === null) return claim.text;
  return `${CHANGE_WORDS[quantity.change]}${amount(quantity.value, claim)}${tail}`;
}

const FIRMNESS_WORDS: Record<Change, string> = { '=': 'exact', '~': 'about', '>': 'over', '<': 'under', up: 'rise', down: 'fall' };

/** How firm the figure is, in a word (the CLI's column): "exact", "about", "over", "a range"… */
export function firmnessWord(claim: Claim): string {
  const word = claim.quantity.range ? 'range' : FIRMNESS_WORDS[claim.quantity.change];
  return claim.hedged ? `${word}, hedged` : word;
}

/** How firm the figure is, in words. */
export function firmnessText(claim: Claim): string {
  if (claim.hedged) return 'Hedged: the article does not vouch for it';
  if (claim.quantity.range) return 'A range';
  switch (claim.quantity.change) {
    case '=':
      return 'Exact figure';
    case '~':
      return 'Approximate';
    case '>':
      return 'A lower bound';
    case '<':
      return 'An upper bound';
    case 'up':
      return 'A rise';
    case 'down':
      return 'A fall';
  }
}

const KIND_WORDS: Record<SourceKind, string> = {
  government: 'government source',
  military: 'military source',
  media: 'media source',
  person: 'person quoted',
  organisation: 'organisation',
  anonymous: 'unnamed source',
  reported: 'reported, nobody named',
  article: "the article's own statement",
};

/** The kind of a source in words: "government source", "reported, nobody named". */
export function sourceKindText(kind: SourceKind): string {
  return KIND_WORDS[kind];
}

/** One link of the chain: the source's name, or what stands for it when the article names nobody. */
function sourceName(source: Source, info: Partial<DocumentInfo> | null): string {
  if (source.name) return source.name;
  switch (source.kind) {
    case 'anonymous':
      return 'an unnamed source';
    case 'reported':
      return 'reported, nobody named';
    case 'article':
      return info?.publisher ? `${info.publisher}, in its own words` : 'the article itself';
    case 'government':
    case 'military':
    case 'media':
      return `an unnamed ${source.kind} source`;
    case 'person':
      return 'a person the article does not name';
    case 'organisation':
      return 'an unnamed organisation';
  }
}

/** Who says so, with whom they cite: "Japan's Yomiuri newspaper, citing an unnamed source". */
export function sourceChainText(source: Source, info: Partial<DocumentInfo> | null = null): string {
  const links: string[] = [];
  const seen = new Set<Source>();
  for (let link: Source | null = source; link && !seen.has(link); link = link.via) {
    seen.add(link);
    links.push(sourceName(link, info));
  }
  return links.join(', citing ');
}

/** The few words a screen reader announces when the keyboard steps to a claim. */
export function announcement(claim: Claim, position: number, total: number): string {
  return `Claim ${position} of ${total}: ${claim.text}. ${sourceKindText(claim.source.kind)}.`;
}

/**
 * The sentence to show under the claim, trimmed to about `max` characters around the claim with "…" where
 * it was cut (a run-on sentence or a list of figures would otherwise fill the card).
 */
export function sentenceExcerpt(
  text: string,
  sentence: { start: number; end: number },
  claim: { start: number; end: number },
  max = 320,
): string {
  const whole = text.slice(sentence.start, sentence.end).trim();
  if (whole.length <= max) return whole;
  const room = Math.max(0, max - (claim.end - claim.start));
  let from = Math.max(sentence.start, claim.start - Math.floor(room / 2));
  const to = Math.min(sentence.end, from + (claim.end - claim.start) + room);
  from = Math.max(sentence.start, to - max);
  // Cut at word edges so no word is shown in part.
  const head = from > sentence.start ? text.slice(from, to).replace(/^\S*\s+/, '') : text.slice(from, to);
  const body = to < sentence.end ? head.replace(/\s+\S*$/, '') : head;
  return `${from > sentence.start ? '…' : ''}${body.trim()}${to < sentence.end ? '…' : ''}`;
}

/** What each rule that chooses a source does, in a reader's words: the card's "why" lines. */
const SOURCE_RULE_TEXT: Record<SourceRule, string> = {
  'cue-in-clause': 'the nearest cue in the claim’s own clause',
  'reported-in-clause': '“reportedly” or “is said to” in the claim’s clause, naming nobody',
  'cue-sentence-wide': 'a cue that opens, closes or interrupts the sentence, so it governs all of it',
  'cue-in-sentence': 'the nearest cue elsewhere in the claim’s sentence',
  'quote-speaker': 'the claim is quoted: who is quoted, named outside the quotation',
  'quote-speaker-after': 'the claim is quoted: the speaker named just after the quotation',
  'quote-carried': 'a quotation opened in an earlier sentence goes on in its speaker’s voice',
  'quote-opening': 'a quotation opened in this sentence, its speaker named around it',
  'quote-block': 'a block of paragraphs that a speaker’s lead-in announced',
  'quote-subject': 'the claim is quoted with no verb of saying: the name the sentence opens with',
  'article-voice': 'no cue governs the claim, so it is the article’s own voice',
};

/** How a cue was read when not as a verb of saying ("cue-in-clause:stance"). */
const CUE_READING_TEXT: Record<string, string> = {
  stance: 'read as a verb of belief, wish or judgement',
  nominal: 'read as a noun of saying or planning (“his plan to”)',
  'document-has': 'read as a poll or count that gives the figure',
};

export interface ReasonLine {
  /** What the line explains: the source, the claim itself, the counted noun. */
  label: string;
  text: string;
}

/**
 * Why ClaimLens read a claim as it did: the named rule that chose its source (with what it does), the rule
 * that made the number a claim, and the rule that borrowed its counted noun. For a reader checking a card.
 */
export function reasonLines(claim: Claim): ReasonLine[] {
  const lines: ReasonLine[] = [];
  const rule = claim.source.rule;
  if (rule) {
    const [base = rule, reading] = rule.split(':');
    const does = SOURCE_RULE_TEXT[base as SourceRule];
    const read = reading ? CUE_READING_TEXT[reading] : undefined;
    const cue = claim.source.cue && base !== 'article-voice' ? `, cue “${claim.source.cue}”` : '';
    lines.push({ label: 'Source', text: `${rule}${does ? `: ${does}` : ''}${read ? `, ${read}` : ''}${cue}` });
  }
  if (claim.prominenceRule) lines.push({ label: 'Claim', text: claim.prominenceRule });
  if (claim.nounRule) lines.push({ label: 'Counted noun', text: claim.nounRule });
  return lines;
}
