/**
 * Scoring of the related-facts relevance benchmark: pure functions from a gold page, the article's text,
 * its claims and the in-article related lists to counts. No file access, so the rules of the measure are
 * unit-tested on tiny inputs (test/bench/related-scoring.test.ts) and read in one place.
 *
 * The measure (see test/fixtures/related-gold/README.md):
 * - a gold figure is a quote with its number in [brackets]; it is found when a claim's span overlaps the
 *   bracketed span where the quote occurs in the text.
 * - figures in one `same` group are one fact; a pair between two facts is related when the gold pairs any
 *   of their mentions.
 * - for each found figure, each listed related claim is a true positive when it stands for a fact related
 *   to the figure's fact that was not already listed, a false positive otherwise (the figure's own fact, an
 *   unrelated figure, a figure the gold does not list, a second mention of a listed fact).
 * - recall: related fact pairs listed, over every related (figure, fact) pair of the gold, including those
 *   whose figure ClaimLens does not find.
 */
import type { Span } from '../src/core/types';

export interface GoldPage {
  page: string;
  /** The page's file, relative to the corpus folder. */
  file: string;
  figures: Record<string, string>;
  related: [string, string][];
  same: string[][];
  unrelated: [string, string][];
}

export interface GoldFile {
  pages: GoldPage[];
}

/** A claim as the scoring needs it: an id and its span in the text. */
export interface ScoredClaim extends Span {
  id: string;
}

export interface PageScore {
  page: string;
  truePositives: number;
  falsePositives: number;
  goldPairs: number;
  /** Gold figures no claim stands for. */
  missingFigures: string[];
  /** Gold figures the extracted text does not hold: left out of the measure, with their pairs. */
  absentFigures: string[];
  /** Readable notes: "fp seed shells → calibre", "miss seed shells → price". */
  errors: string[];
}

const BRACKETED = /\[([^\]]+)\]/;

/**
 * Where the quote's bracketed number sits in the text; null when the article's text (as the extraction
 * finds it) does not hold the quote, e.g. a caption it leaves out. Throws when the quote is not unique.
 */
export function locateFigure(text: string, quote: string): Span | null {
  const match = BRACKETED.exec(quote);
  if (!match || match[1] === undefined) throw new Error(`figure "${quote}" has no [number]`);
  const plain = quote.replace(BRACKETED, '$1');
  const at = text.indexOf(plain);
  if (at === -1) return null;
  if (text.indexOf(plain, at + 1) !== -1) throw new Error(`figure "${quote}" occurs more than once`);
  const start = at + match.index;
  return { start, end: start + match[1].length };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Checks that every name the pairs and groups use is a figure. */
export function validateGoldPage(gold: GoldPage): void {
  const known = new Set(Object.keys(gold.figures));
  const names = [...gold.related.flat(), ...gold.unrelated.flat(), ...gold.same.flat()];
  for (const name of names) if (!known.has(name)) throw new Error(`${gold.page}: "${name}" is not a figure`);
}

export function scorePage(gold: GoldPage, text: string, claims: ScoredClaim[], listed: Map<string, string[]>): PageScore {
  validateGoldPage(gold);
  const spans = new Map(Object.entries(gold.figures).map(([name, quote]) => [name, locateFigure(text, quote)]));
  const absent = [...spans].filter(([, span]) => span === null).map(([name]) => name);
  const present = Object.keys(gold.figures).filter((name) => !absent.includes(name));
  const factOf = new Map<string, string>(present.map((name) => [name, name]));
  for (const group of gold.same) {
    const kept = group.filter((name) => present.includes(name));
    for (const name of kept) factOf.set(name, kept[0] ?? name);
  }
  const fact = (name: string) => factOf.get(name) ?? name;
  const pairKey = (a: string, b: string) => [fact(a), fact(b)].sort().join('|');
  const relatedPairs = new Set(gold.related.filter((pair) => pair.every((name) => present.includes(name))).map(([a, b]) => pairKey(a, b)));

  const figureOfClaim = new Map<string, string>();
  const claimOfFigure = new Map<string, ScoredClaim>();
  for (const name of present) {
    const span = spans.get(name)!;
    const claim = claims.find((c) => overlaps(c, span));
    if (!claim) continue;
    claimOfFigure.set(name, claim);
    figureOfClaim.set(claim.id, name);
  }

  const score: PageScore = { page: gold.page, truePositives: 0, falsePositives: 0, goldPairs: 0, missingFigures: [], absentFigures: absent, errors: [] };
  const factNames = [...new Set(present.map(fact))];
  for (const name of present) {
    const own = fact(name);
    // One anchor per fact: the first mention ClaimLens found (a repeated figure is scored once).
    if (fact(name) !== name && claimOfFigure.has(own)) continue;
    const expected = factNames.filter((other) => other !== own && relatedPairs.has(pairKey(own, other)));
    score.goldPairs += expected.length;
    const claim = claimOfFigure.get(name);
    if (!claim) {
      score.missingFigures.push(name);
      for (const other of expected) score.errors.push(`miss ${gold.page} ${name} → ${other} (figure not found)`);
      continue;
    }
    const seen = new Set<string>();
    for (const id of listed.get(claim.id) ?? []) {
      const figure = figureOfClaim.get(id);
      const other = figure === undefined ? undefined : fact(figure);
      if (other !== undefined && other !== own && relatedPairs.has(pairKey(own, other)) && !seen.has(other)) {
        seen.add(other);
        score.truePositives++;
      } else {
        score.falsePositives++;
        score.errors.push(`fp ${gold.page} ${name} → ${figure ?? `unannotated claim ${id}`}`);
      }
    }
    for (const other of expected) if (!seen.has(other)) score.errors.push(`miss ${gold.page} ${name} → ${other}`);
  }
  return score;
}

export interface Totals {
  truePositives: number;
  falsePositives: number;
  goldPairs: number;
  precision: number;
  recall: number;
}

export function totalsOf(scores: PageScore[]): Totals {
  const truePositives = scores.reduce((n, s) => n + s.truePositives, 0);
  const falsePositives = scores.reduce((n, s) => n + s.falsePositives, 0);
  const goldPairs = scores.reduce((n, s) => n + s.goldPairs, 0);
  const listed = truePositives + falsePositives;
  return {
    truePositives,
    falsePositives,
    goldPairs,
    precision: listed === 0 ? 1 : truePositives / listed,
    recall: goldPairs === 0 ? 1 : truePositives / goldPairs,
  };
}
