import type { ClaimKind, Quantity, Span } from '../types';

/** One quantity the finder read in a sentence, before attribution. */
export interface QuantityFinding {
  quantity: Quantity;
  kind: ClaimKind;
  /** "each", "a year", "per capita". */
  per: string | null;
  /** The phrase to highlight: firmness word, number, unit and counted noun ("over 1 million artillery shells"). */
  phrase: Span;
}

/** Finds the quantities a news reader would call claims inside `within` (a sentence) of `text`. */
export function findQuantities(_text: string, _within: Span): QuantityFinding[] {
  return [];
}
