/**
 * The claim record: what the pure core produces for a piece of text.
 * Offsets are UTF-16 code-unit offsets into the analysed text (JavaScript
 * string indices), end exclusive.
 */

/** '=' exact, '~' about, '>' more than, '<' less than, 'up'/'down' a rise or fall. */
export type Change = '=' | '~' | '>' | '<' | 'up' | 'down';

export interface Span {
  start: number;
  end: number;
}

export interface Quantity extends Span {
  /** The number with its unit as written: "1 million", "$3,000", "155 mm", "three". */
  text: string;
  /** The value; null when the quantity is a range. */
  value: number | null;
  /** Both ends of a range: "2,000 to 3,000", "dozens" → [12, 120]. */
  range: [number, number] | null;
  /** Normalised and singular: "dollar", "millimetre", "percentage", or the counted noun "shell". */
  unit: string | null;
  change: Change;
}

/**
 * 'key' for a number a reader counts as a claim (highlighted by default), 'minor' for a number that only
 * describes or dates something ("The singer, 38,", "four years ago"), shown when every number is asked for.
 */
export type Prominence = 'key' | 'minor';

export type ClaimKind = 'count' | 'money' | 'measure' | 'percent' | 'ratio' | 'rank';

export type SourceKind =
  | 'government'
  | 'military'
  | 'media'
  | 'person'
  | 'organisation'
  | 'anonymous'
  | 'reported'
  | 'article';

export interface Source {
  kind: SourceKind;
  /** "South Korea's Unification Ministry"; null for 'reported' and 'article'. */
  name: string | null;
  /** Where the article names the source. */
  text: string | null;
  start: number | null;
  end: number | null;
  /** "according to", "as per", "citing", "said", "reportedly". */
  cue: string | null;
  /** The source this source cites: Yomiuri ← an unnamed source. */
  via: Source | null;
  /** The named rule that chose this source for the claim ("cue-in-clause", "article-voice"): for debugging and benchmarks. */
  rule?: string;
}

export interface Claim extends Span {
  /** Stable for the same text: derived from the claim's wording, not its position alone. */
  id: string;
  /** The phrase to highlight: "over 1 million artillery shells". */
  text: string;
  kind: ClaimKind;
  quantity: Quantity;
  /** What is counted, priced or measured: "artillery shells", "155 mm shells". */
  subject: string | null;
  /** "each", "a year", "per capita". */
  per: string | null;
  /** "since August", "last year". */
  when: string | null;
  /** "may have", "reportedly", "allegedly". */
  hedged: boolean;
  /** Who the article says denies or disputes this claim. */
  disputedBy: string | null;
  sentence: Span;
  source: Source;
  /** Set by the analysis: whether a reader counts this number as a claim, and the rule that decided it. */
  prominence?: Prominence;
  prominenceRule?: string;
  /** Set by the analysis when the counted noun came from outside the number's phrase ("Nine are full" after "40 shelters"): the rule that took it. */
  nounRule?: string;
}

/** Page-level facts the core may use, e.g. to name the publication for 'article' sources. */
export interface DocumentInfo {
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
}
