/**
 * Scoring of the attribution benchmark: pure functions from a gold page, the analysed text and the
 * predicted claims to counts. No file or DOM access, so the rules of the measure are unit-tested on
 * tiny inputs (test/bench/sources-scoring.test.ts) and read in one place.
 *
 * The measure, over the gold claims the pipeline found:
 * - found: a gold claim is found when a predicted claim's span overlaps its located span; predictions are
 *   given to gold claims one to one, each gold claim (in reading order) taking the unused prediction that
 *   shares the most characters with it.
 * - source-kind accuracy: found claims whose predicted kind equals the gold kind, over found claims.
 * - source-name F1: a found claim is "gold named" when its gold source has a name, "predicted named" when
 *   the predicted source has one; its name is correct when both have one and they share a token (see
 *   `nameTokens`). Precision = correct / predicted named, recall = correct / gold named, F1 their harmonic
 *   mean. So a name given where the article names nobody costs precision, a missing name costs recall.
 * - alsoAccepted: a gold claim may list other readings; the reading scored is the first of [gold source,
 *   ...alsoAccepted] whose kind the prediction has (preferring one whose name also matches), else the gold
 *   source itself. The confusion matrix counts that reading's kind.
 */
import path from 'node:path';
import type { Source, SourceKind, Span } from '../src/core/types';

export const SOURCE_KINDS: readonly SourceKind[] = [
  'government',
  'military',
  'media',
  'person',
  'organisation',
  'anonymous',
  'reported',
  'article',
];

export interface GoldSource {
  kind: SourceKind;
  name: string | null;
}

export interface GoldClaim {
  text: string;
  context: string;
  source: GoldSource;
  alsoAccepted?: GoldSource[];
  note?: string;
}

/**
 * Which part of the gold a page belongs to. 'development': the attribution rules were refined with the
 * page's errors in view, so its figures are development figures. 'fresh': annotated before ClaimLens's
 * attribution was ever run on it, and no rule tuned against it since, so its figures say how the rules generalise.
 */
export const GOLD_SPLITS = ['development', 'fresh'] as const;
export type GoldSplit = (typeof GOLD_SPLITS)[number];

export interface GoldPage {
  page: string;
  /** 'development' when not given. */
  split?: GoldSplit;
  /** The page's HTML file, relative to the gold file; pages/<page>.html when not given. */
  html?: string;
  notes?: string;
  /** The round of annotation a page belongs to, when its collection was annotated in more than one. */
  round?: string;
  claims: GoldClaim[];
}

/** What the benchmark needs of a predicted claim. */
export interface PredictedClaim extends Span {
  text: string;
  source: GoldSource;
}

/**
 * A predicted source as the benchmark compares it. 'reported' and 'article' name nobody in the text, so a
 * name they carry (the publisher, for the card) is not a named source; a named kind without a name falls
 * back to the span it was read from.
 */
export function comparableSource(source: Pick<Source, 'kind' | 'name' | 'text'>): GoldSource {
  if (source.kind === 'reported' || source.kind === 'article') return { kind: source.kind, name: null };
  return { kind: source.kind, name: source.name ?? source.text };
}

function fail(origin: string, message: string): never {
  throw new Error(`${origin}: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSource(value: unknown, where: string): GoldSource {
  if (!isRecord(value)) fail(where, 'source must be an object { kind, name }');
  const { kind, name } = value;
  if (typeof kind !== 'string' || !(SOURCE_KINDS as readonly string[]).includes(kind)) {
    fail(where, `source kind must be one of ${SOURCE_KINDS.join(', ')}, not ${JSON.stringify(kind)}`);
  }
  if (name !== null && typeof name !== 'string') fail(where, 'source name must be a string or null');
  const unnamed = kind === 'reported' || kind === 'article';
  if (unnamed && name !== null) fail(where, `${kind} sources have no name`);
  if (!unnamed && (name === null || name.trim() === '')) fail(where, `${kind} sources need a name`);
  return { kind: kind as SourceKind, name };
}

/** Checks a parsed gold file; throws an Error naming the file and the claim at fault. */
export function parseGoldPage(json: unknown, origin: string): GoldPage {
  if (!isRecord(json)) fail(origin, 'a gold file is an object { page, claims }');
  const { page, split, html, notes, round, claims } = json;
  if (typeof page !== 'string' || page === '') fail(origin, '"page" must name the page');
  if (split !== undefined && !(GOLD_SPLITS as readonly unknown[]).includes(split)) {
    fail(origin, `"split" must be one of ${GOLD_SPLITS.join(', ')}, not ${JSON.stringify(split)}`);
  }
  if (html !== undefined && (typeof html !== 'string' || html === '')) fail(origin, '"html" must be a file path');
  if (round !== undefined && (typeof round !== 'string' || !/^[a-z0-9-]+$/.test(round))) {
    fail(origin, '"round" must be a short lower-case label');
  }
  if (!Array.isArray(claims)) fail(origin, '"claims" must be an array');
  const parsed = claims.map((claim: unknown, i): GoldClaim => {
    const where = `${origin} claim ${i + 1}`;
    if (!isRecord(claim)) fail(where, 'a claim is an object { text, context, source }');
    const { text, context, source, alsoAccepted, note } = claim;
    if (typeof text !== 'string' || text === '') fail(where, '"text" must be the number phrase');
    if (typeof context !== 'string' || !foldForMatching(context).folded.includes(foldForMatching(text).folded)) {
      fail(where, `"context" must be a string containing "${String(text)}"`);
    }
    if (alsoAccepted !== undefined && !Array.isArray(alsoAccepted)) fail(where, '"alsoAccepted" must be an array');
    return {
      text,
      context,
      source: parseSource(source, where),
      ...(alsoAccepted ? { alsoAccepted: alsoAccepted.map((s: unknown) => parseSource(s, where)) } : {}),
      ...(typeof note === 'string' ? { note } : {}),
    };
  });
  return {
    page,
    ...(split !== undefined ? { split: split as GoldSplit } : {}),
    ...(typeof html === 'string' ? { html } : {}),
    ...(typeof notes === 'string' ? { notes } : {}),
    ...(typeof round === 'string' ? { round } : {}),
    claims: parsed,
  };
}

export function pageSplit(page: GoldPage): GoldSplit {
  return page.split ?? 'development';
}

/**
 * The collection a gold page's page comes from: the article-extraction benchmark's (`pages/aeb/`) or
 * another, followed by its `round` when it names one. The development pages were annotated in rounds (the
 * first fifteen, then pages of that benchmark, then more of them), and each round's figures are printed
 * apart, so a later round's first run stays readable beside the rounds the rules were written on.
 */
export function pageCollection(page: GoldPage): string {
  const collection = /(?:^|\/)aeb\//.test(page.html ?? '') ? 'aeb' : 'other';
  return page.round ? `${collection} ${page.round}` : collection;
}

/** Where a gold file's page is: its `html`, or pages/<page>.html, beside the gold file. */
export function goldPageFile(goldFile: string, gold: GoldPage): string {
  return path.join(path.dirname(goldFile), gold.html ?? path.join('pages', `${gold.page}.html`));
}

/**
 * Folds the differences an extraction or a copy may introduce: soft hyphens dropped, curly quotes made
 * straight, en and em dashes made "-", every whitespace run made one space. `origins[i]` is the index in
 * the original text of folded character i.
 */
export function foldForMatching(text: string): { folded: string; origins: number[] } {
  let folded = '';
  const origins: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (ch === '\u00ad') continue;
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      ch = ' ';
    } else {
      inSpace = false;
      if (/[\u2018\u2019\u201b\u2032]/.test(ch)) ch = "'";
      else if (/[\u201c\u201d\u201e\u2033]/.test(ch)) ch = '"';
      else if (/[\u2013\u2014]/.test(ch)) ch = '-';
    }
    folded += ch;
    origins.push(i);
  }
  return { folded, origins };
}

/** Where the gold claim stands in the analysed text: `context` first, then `text` inside it. */
export function locateClaim(fold: { folded: string; origins: number[] }, claim: GoldClaim): Span | null {
  const context = foldForMatching(claim.context).folded.trim();
  const phrase = foldForMatching(claim.text).folded.trim();
  const at = fold.folded.indexOf(context);
  if (at < 0 || phrase === '') return null;
  const within = context.indexOf(phrase);
  if (within < 0) return null;
  const start = at + within;
  const end = start + phrase.length;
  return { start: fold.origins[start]!, end: fold.origins[end - 1]! + 1 };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One to one: each located gold span, in order, takes the unused predicted span sharing the most
 * characters with it (the earlier one on a tie). Returns, per gold span, the index of its prediction.
 */
export function alignClaims(gold: readonly (Span | null)[], predicted: readonly Span[]): (number | null)[] {
  const used = new Set<number>();
  return gold.map((span) => {
    if (!span) return null;
    let best: number | null = null;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const shared = overlap(span, p);
      if (shared > bestOverlap) {
        best = i;
        bestOverlap = shared;
      }
    });
    if (best !== null) used.add(best);
    return best;
  });
}

/** Words that name nobody by themselves, so sharing them is no match ("Mr. Warner" vs "Mr. Frankel"). */
const NAME_STOPWORDS = new Set(['the', 'a', 'an', 'of', 'and', 's', 'mr', 'mrs', 'ms', 'dr', 'prof']);

/** Lower-case word tokens of a name, without "the", possessive "s" and titles. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '' && !NAME_STOPWORDS.has(token));
}

/** Token precision, recall and F1 of a predicted name against a gold name. */
export function nameTokenScores(gold: string, predicted: string): { precision: number; recall: number; f1: number } {
  const goldTokens = new Set(nameTokens(gold));
  const predictedTokens = new Set(nameTokens(predicted));
  let shared = 0;
  for (const token of predictedTokens) if (goldTokens.has(token)) shared++;
  const precision = predictedTokens.size ? shared / predictedTokens.size : 0;
  const recall = goldTokens.size ? shared / goldTokens.size : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

/** A name is correct when it shares a token with the gold name. */
export function namesMatch(gold: string, predicted: string): boolean {
  return nameTokenScores(gold, predicted).precision > 0;
}

export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** The reading of the gold claim the prediction is scored against (see alsoAccepted above). */
export function chooseReading(claim: GoldClaim, predicted: GoldSource): GoldSource {
  const readings = [claim.source, ...(claim.alsoAccepted ?? [])];
  const sameKind = readings.filter((r) => r.kind === predicted.kind);
  const named = sameKind.find((r) => r.name !== null && predicted.name !== null && namesMatch(r.name, predicted.name));
  return named ?? sameKind[0] ?? claim.source;
}

export interface ClaimOutcome {
  claim: GoldClaim;
  located: Span | null;
  /** The prediction given to this gold claim; null when none overlaps it. */
  predicted: PredictedClaim | null;
  /** The gold reading scored; the gold source when nothing was predicted. */
  reading: GoldSource;
}

/** Locates and aligns one page's gold claims in the analysed text. */
export function scorePage(text: string, page: GoldPage, predicted: readonly PredictedClaim[]): ClaimOutcome[] {
  const fold = foldForMatching(text);
  const located = page.claims.map((claim) => locateClaim(fold, claim));
  const alignment = alignClaims(located, predicted);
  return page.claims.map((claim, i) => {
    const index = alignment[i];
    const match = index === null || index === undefined ? null : predicted[index]!;
    return {
      claim,
      located: located[i] ?? null,
      predicted: match,
      reading: match ? chooseReading(claim, match.source) : claim.source,
    };
  });
}

export type Confusion = Record<SourceKind, Record<SourceKind, number>>;

export interface Summary {
  gold: number;
  located: number;
  found: number;
  kindCorrect: number;
  /** Found claims an answer of 'article' for everything would get right: the floor kind accuracy must beat. */
  articleBaseline: number;
  goldNamed: number;
  predictedNamed: number;
  namesCorrect: number;
  /** Mean token F1 of the predicted name over gold-named found claims (0 for a missing name). */
  nameTokenF1: number;
  /** confusion[gold kind][predicted kind], over found claims. */
  confusion: Confusion;
}

function emptyConfusion(): Confusion {
  const rows = {} as Confusion;
  for (const gold of SOURCE_KINDS) {
    rows[gold] = {} as Record<SourceKind, number>;
    for (const predicted of SOURCE_KINDS) rows[gold][predicted] = 0;
  }
  return rows;
}

export function summarise(outcomes: readonly ClaimOutcome[]): Summary {
  const summary: Summary = {
    gold: outcomes.length,
    located: 0,
    found: 0,
    kindCorrect: 0,
    articleBaseline: 0,
    goldNamed: 0,
    predictedNamed: 0,
    namesCorrect: 0,
    nameTokenF1: 0,
    confusion: emptyConfusion(),
  };
  let tokenF1Sum = 0;
  for (const { claim, located, predicted, reading } of outcomes) {
    if (located) summary.located++;
    if (!predicted) continue;
    summary.found++;
    if ([claim.source, ...(claim.alsoAccepted ?? [])].some((r) => r.kind === 'article')) summary.articleBaseline++;
    if (predicted.source.kind === reading.kind) summary.kindCorrect++;
    summary.confusion[reading.kind][predicted.source.kind]++;
    const predictedName = predicted.source.name;
    if (predictedName !== null) summary.predictedNamed++;
    if (reading.name === null) continue;
    summary.goldNamed++;
    if (predictedName === null) continue;
    if (namesMatch(reading.name, predictedName)) summary.namesCorrect++;
    tokenF1Sum += nameTokenScores(reading.name, predictedName).f1;
  }
  summary.nameTokenF1 = summary.goldNamed ? tokenF1Sum / summary.goldNamed : 0;
  return summary;
}

/**
 * One summary per split that has pages, in GOLD_SPLITS order: the fresh pages' figures are reported
 * beside the development pages', never only pooled with them.
 */
export function summariseBySplit(pages: readonly { gold: GoldPage; outcomes: readonly ClaimOutcome[] }[]): Array<{ split: GoldSplit; pages: number; summary: Summary }> {
  return GOLD_SPLITS.map((split) => {
    const members = pages.filter((p) => pageSplit(p.gold) === split);
    return { split, pages: members.length, summary: summarise(members.flatMap((p) => p.outcomes)) };
  }).filter((group) => group.pages > 0);
}

/** Name precision, recall and F1 of a summary; null where a denominator is zero. */
export function nameScores(summary: Summary): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = summary.predictedNamed ? summary.namesCorrect / summary.predictedNamed : null;
  const recall = summary.goldNamed ? summary.namesCorrect / summary.goldNamed : null;
  return { precision, recall, f1: precision !== null && recall !== null ? f1(precision, recall) : null };
}
