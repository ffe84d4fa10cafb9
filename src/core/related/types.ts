/**
 * Related facts: what ClaimLens shows beside a claim. Each fact says where it comes from (this article,
 * ClaimLens's own arithmetic, the reader's history, a fact pack) so the card never passes computed or
 * remembered figures off as the article's.
 */
import type { Change, Claim, ClaimKind } from '../types';
import type { RelevanceRule } from './relevance';

/** A figure as the card compares it: one value or a range, in a unit, with its firmness. */
export interface Figure {
  value: number | null;
  range: [number, number] | null;
  unit: string | null;
  change: Change;
}

/** How a related figure stands against the claim's. */
export interface Agreement {
  verdict: 'agrees' | 'differs';
  /** (related − claim) / claim, using the middle of each figure's interval; null when the claim is 0. */
  relative: number | null;
  /** "about 20% higher", "within the stated range". */
  summary: string;
}

/** A few words of a figure's own sentence around it, as plain strings (views render them as text). */
export interface Excerpt {
  before: string;
  number: string;
  after: string;
}

/**
 * How a related figure stands to the claim when the two are not one measure to compare: a `part` of the
 * same whole, the `unit-price` of what the claim counts, the `count` a unit price applies to, a `share`.
 */
export type ArticleRole = 'part' | 'unit-price' | 'count' | 'share';

/** Another claim of the same article, related by a named relevance rule (see relevance.ts). */
export interface ArticleFact {
  origin: 'article';
  id: string;
  /** The rule that related it: 'same-subject', 'listed-together', 'unit-price', 'same-rate', 'shared-topic', 'apposition'. */
  relation: RelevanceRule;
  claim: Claim;
  /** Null when the figures cannot be compared (different units or kinds). */
  agreement: Agreement | null;
  role: ArticleRole | null;
  /** Words of its own sentence around it; empty strings when the text was not at hand. */
  context: Excerpt;
  /** Whether the headline repeats this figure too. */
  alsoInHeadline: boolean;
}

/** Another mention of the claim's own figure (a headline repeating the body): one fact, noted, never listed as related. */
export interface RepeatFact {
  origin: 'repeat';
  id: string;
  claim: Claim;
  inHeadline: boolean;
}

/** A figure ClaimLens worked out from the article's own numbers; always shown as computed. */
export interface ComputedFact {
  origin: 'computed';
  id: string;
  method: 'conversion' | 'sum' | 'total';
  /** "≈ 6.1 in", "53 in all", "≈ $3 billion". */
  text: string;
  figure: Figure;
  /** The arithmetic, written out: "155 mm ÷ 25.4 mm/in = 6.1 in". */
  arithmetic: string;
  /** The claims the figure was computed from. */
  fromClaims: string[];
}

/** Where a remembered or reference figure was published. */
export interface FactSource {
  /** Site host name for history, the source's name for pack facts. */
  name: string;
  url: string | null;
  title: string | null;
  /** Publication date (ISO 8601 date or date-time) when known. */
  date: string | null;
}

/** A claim seen earlier on another page. */
export interface HistoryFact {
  origin: 'history';
  id: string;
  text: string;
  subject: string | null;
  kind: ClaimKind;
  figure: Figure;
  source: FactSource;
  /** When the reader saw it (ms since the epoch). */
  seen: number;
  agreement: Agreement | null;
  /** Set when the figures differ because the story moved on: the two pages were published on different days. */
  overTime?: OverTime | null;
}

/** A figure that changed between two articles of one story: "was 19, now 21". */
export interface OverTime {
  /** Whether the stored figure was published before the claim's page ('earlier') or after it ('later'). */
  stored: 'earlier' | 'later';
  /** Whole days between the two publications. */
  days: number;
}

/** A reference figure from a fact pack the reader imported. */
export interface PackFact {
  origin: 'pack';
  id: string;
  text: string;
  subject: string;
  kind: ClaimKind;
  figure: Figure;
  source: FactSource;
  packName: string;
  agreement: Agreement | null;
}

export type RelatedFact = ArticleFact | RepeatFact | ComputedFact | HistoryFact | PackFact;
export type RelatedOrigin = RelatedFact['origin'];
