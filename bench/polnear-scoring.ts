/**
 * Scoring of the PolNeAR benchmark: pure functions from an article's text, its standoff annotation and
 * ClaimLens's claims to counts. No file access, so the measure is unit-tested on tiny inputs
 * (test/bench/polnear-scoring.test.ts) and read in one place.
 *
 * The unit of measure is a number mention: a run of digits with its separators, currency sign and
 * percent sign ("$3.2", "14,000", "6%"; a scale word after the digits is part of it: "$3.2 million"), or a
 * run of spelled-out number words ("three", "twenty-five");
 * four-digit years 1900–2099 are left out. Only the mentions ClaimLens shows as claims (a claim's span
 * overlaps the mention) are scored:
 * - attributed: ClaimLens says attributed when the claim's source is not the article's own voice; the
 *   gold says attributed when the mention lies inside an annotated attribution's content.
 * - source overlap: ClaimLens names a source span in the text; the gold attribution holding the mention
 *   has a source span; correct when the two overlap.
 * - source exact: as overlap, correct when the two read the same, case and punctuation aside.
 * Each is an F1 over mentions: precision over ClaimLens's positives, recall over the gold's.
 */
import type { Span } from '../src/core/types';

export interface Attribution {
  id: string;
  /** Discontinuous spans are kept as several pieces. */
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** What the benchmark needs of a claim. */
export interface ScoredClaim extends Span {
  /** True when ClaimLens gives a source other than the article's voice. */
  attributed: boolean;
  /** Where the article names the source, when it does. */
  source: Span | null;
  /** The rule that chose the source, for the error list. */
  rule: string;
  /** The cue of the source, for the error list: "said", "according to". */
  cue?: string | null;
}

export interface Mention extends Span {
  text: string;
}

export type MissKind = 'attributed-fp' | 'attributed-fn' | 'source-wrong' | 'source-missing';

export interface MentionOutcome {
  mention: Mention;
  claim: ScoredClaim;
  gold: Attribution | null;
  miss: MissKind | null;
}

export interface Counts {
  mentions: number;
  shown: number;
  attributed: { tp: number; fp: number; fn: number };
  overlap: { tp: number; predicted: number; gold: number };
  exact: { tp: number; predicted: number; gold: number };
}

const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions';

/** Digits with separators, an optional currency sign before and percent sign after; or spelled-out number words. */
const MENTION = new RegExp(
  String.raw`(?:[$€£¥]\s?)?(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?:\s?%|\s?percent\b|\s(?:hundred|thousand|million|billion|trillion)\b)?(?![\p{L}\p{N}])|\b(?:${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:${NUMBER_WORD}))*\b`,
  'giu',
);

const YEAR = /^(?:19|20)\d\d$/;

/** Every number mention in the text, in order; years 1900–2099 written bare are left out. */
export function numberMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    if (YEAR.test(m[0])) continue;
    mentions.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

function spans(field: string, where: string): Span[] {
  return field.split(';').map((piece) => {
    const [start, end] = piece.trim().split(/\s+/).map(Number);
    if (start === undefined || end === undefined || !Number.isInteger(start) || !Number.isInteger(end) || end < start) {
      throw new Error(`${where}: bad span "${piece}"`);
    }
    return { start, end };
  });
}

/**
 * Reads a brat-style standoff file: text-bound lines "T1<TAB>Source 201 220<TAB>words" and event lines
 * "E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1". Spans may be discontinuous ("0 5;9 12"); the covered
 * text after the second tab may run over several lines, which are skipped.
 */
export function parseAnnotations(ann: string, origin: string): Attribution[] {
  const bound = new Map<string, { type: string; spans: Span[] }>();
  const events: { id: string; args: [string, string][] }[] = [];
  ann.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${origin}:${index + 1}`;
    // The covered text of a span that crosses a paragraph runs on over the following lines.
    if (!/^[A-Z#]\d*\t/.test(line)) return;
    const [id, body] = line.split('\t');
    if (!id || body === undefined) throw new Error(`${where}: expected "ID<TAB>annotation"`);
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      if (space < 0) throw new Error(`${where}: expected "Type start end"`);
      bound.set(id, { type: body.slice(0, space), spans: spans(body.slice(space + 1), where) });
    } else if (id.startsWith('E')) {
      const args = body
        .trim()
        .split(/\s+/)
        .map((pair): [string, string] => {
          const [role, ref] = pair.split(':');
          if (!role || !ref) throw new Error(`${where}: bad argument "${pair}"`);
          return [role.replace(/\d+$/, ''), ref];
        });
      events.push({ id, args });
    }
  });
  return events.map(({ id, args }) => {
    const attribution: Attribution = { id, source: [], cue: [], content: [] };
    for (const [role, ref] of args) {
      const target = bound.get(ref);
      if (!target) throw new Error(`${origin}: ${id} refers to ${ref}, which is not defined`);
      if (role === 'Source') attribution.source.push(...target.spans);
      else if (role === 'Cue') attribution.cue.push(...target.spans);
      else if (role === 'Content') attribution.content.push(...target.spans);
    }
    return attribution;
  });
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The same words, case and punctuation aside. */
export function sameWording(a: string, b: string): boolean {
  const fold = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return fold(a) === fold(b);
}

/** The gold attribution whose content holds the mention; PolNeAR gives each token at most one. */
function goldFor(attributions: Attribution[], mention: Span): Attribution | null {
  return attributions.find((a) => a.content.some((c) => inside(mention, c))) ?? null;
}

function sourceText(text: string, pieces: Span[]): string {
  return pieces.map((p) => text.slice(p.start, p.end)).join(' ');
}

/** Scores one article: each mention ClaimLens shows as a claim, with what went wrong, if anything. */
export function scoreArticle(text: string, attributions: Attribution[], claims: ScoredClaim[]): { counts: Counts; outcomes: MentionOutcome[] } {
  const mentions = numberMentions(text);
  const counts = emptyCounts();
  counts.mentions = mentions.length;
  const outcomes: MentionOutcome[] = [];
  for (const mention of mentions) {
    const claim = claims.find((c) => overlaps(c, mention));
    if (!claim) continue;
    counts.shown++;
    const gold = goldFor(attributions, mention);
    const goldSource = gold && gold.source.length > 0 ? gold.source : null;
    let miss: MissKind | null = null;
    if (claim.attributed && gold) counts.attributed.tp++;
    else if (claim.attributed) {
      counts.attributed.fp++;
      miss = 'attributed-fp';
    } else if (gold) {
      counts.attributed.fn++;
      miss = 'attributed-fn';
    }
    const predictedSource = claim.attributed ? claim.source : null;
    if (predictedSource) {
      counts.overlap.predicted++;
      counts.exact.predicted++;
    }
    if (goldSource) {
      counts.overlap.gold++;
      counts.exact.gold++;
    }
    if (predictedSource && goldSource) {
      if (goldSource.some((g) => overlaps(g, predictedSource))) counts.overlap.tp++;
      else miss ??= 'source-wrong';
      if (sameWording(text.slice(predictedSource.start, predictedSource.end), sourceText(text, goldSource))) counts.exact.tp++;
    } else if (goldSource && claim.attributed) {
      miss ??= 'source-missing';
    }
    outcomes.push({ mention, claim, gold, miss });
  }
  return { counts, outcomes };
}

export function emptyCounts(): Counts {
  return {
    mentions: 0,
    shown: 0,
    attributed: { tp: 0, fp: 0, fn: 0 },
    overlap: { tp: 0, predicted: 0, gold: 0 },
    exact: { tp: 0, predicted: 0, gold: 0 },
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    mentions: a.mentions + b.mentions,
    shown: a.shown + b.shown,
    attributed: { tp: a.attributed.tp + b.attributed.tp, fp: a.attributed.fp + b.attributed.fp, fn: a.attributed.fn + b.attributed.fn },
    overlap: { tp: a.overlap.tp + b.overlap.tp, predicted: a.overlap.predicted + b.overlap.predicted, gold: a.overlap.gold + b.overlap.gold },
    exact: { tp: a.exact.tp + b.exact.tp, predicted: a.exact.predicted + b.exact.predicted, gold: a.exact.gold + b.exact.gold },
  };
}

export interface F1 {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function f1(tp: number, predicted: number, gold: number): F1 {
  const precision = predicted ? tp / predicted : null;
  const recall = gold ? tp / gold : null;
  const f = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : predicted + gold > 0 ? 0 : null;
  return { precision, recall, f1: f };
}

export function attributedF1(c: Counts): F1 {
  return f1(c.attributed.tp, c.attributed.tp + c.attributed.fp, c.attributed.tp + c.attributed.fn);
}

/**
 * What kind of cue a gold attribution has, read with ClaimLens's own lexicon: `saying` when a word of the
 * cue is one ClaimLens reads as saying, stance, a document or a forward cue ("said", "supports", "poll",
 * "according to"), or the cue is a colon or quotation mark; `forecast` for "is expected to" and its kin,
 * which ClaimLens's annotation guide keeps in the article's voice; `act-or-state` for the rest ("signed",
 * "drafted", "pleaded guilty to"), where PolNeAR's notion of attribution is wider than who says a figure.
 * The split tells how much of a miss is reachable by reading sources at all.
 */
export type CueClass = 'saying' | 'forecast' | 'act-or-state';

export interface CueLexicon {
  /** Single words that make a cue a saying: verbs, nouns of saying, document nouns. */
  words: ReadonlySet<string>;
  /** Phrases that do ("according to", "is said to"). */
  phrases: readonly string[];
}

const FORECAST = /(?:\b(?:is|are|was|were|be|been|being)|[’']re|[’']s)\s+(?:not\s+)?expected\b|\bexpected\s+to\b|\b(?:expect|expects|expecting)\b/u;
const PUNCTUATION_CUE = /^[\s:"“”'‘’]+$|:\s*$/u;

export function cueClass(cue: string, lexicon: CueLexicon): CueClass {
  const folded = cue.toLowerCase().replace(/\s+/g, ' ').trim();
  if (FORECAST.test(folded)) return 'forecast';
  if (PUNCTUATION_CUE.test(folded)) return 'saying';
  if (lexicon.phrases.some((p) => folded.includes(p))) return 'saying';
  return folded.split(/[^\p{L}’']+/u).some((w) => lexicon.words.has(w)) ? 'saying' : 'act-or-state';
}

export interface CueClassCounts {
  /** Gold-attributed mentions shown as claims, by class. */
  gold: Record<CueClass, number>;
  /** Of those, how many ClaimLens attributes. */
  attributed: Record<CueClass, number>;
}

export function emptyCueClassCounts(): CueClassCounts {
  return { gold: { saying: 0, forecast: 0, 'act-or-state': 0 }, attributed: { saying: 0, forecast: 0, 'act-or-state': 0 } };
}

/** Counts the gold-attributed outcomes of an article by the class of their gold cue. */
export function countCueClasses(into: CueClassCounts, text: string, outcomes: MentionOutcome[], lexicon: CueLexicon): void {
  for (const { gold, claim } of outcomes) {
    if (!gold) continue;
    const kind = cueClass(gold.cue.map((s) => text.slice(s.start, s.end)).join(' '), lexicon);
    into.gold[kind]++;
    if (claim.attributed) into.attributed[kind]++;
  }
}

/**
 * Attributed F1 if ClaimLens attributed exactly the gold's saying-cue mentions and nothing else: the most
 * a reader of sources (who says a figure) can score against PolNeAR's wider notion.
 */
export function sayingCeiling(c: CueClassCounts): F1 {
  const goldTotal = c.gold.saying + c.gold.forecast + c.gold['act-or-state'];
  return f1(c.gold.saying, c.gold.saying, goldTotal);
}
