/**
 * The claims of a scan as they cross from the engine host to the page, and as the page keeps them.
 *
 * A page holds its claims for as long as it is open. Held as objects, a page of 20,000 claims kept about
 * 480,000 of them alive (each claim's record, quantity and source, and its related facts, many per claim),
 * and every full garbage collection of the page's heap traced them all: pauses of 50 to 440 ms, landing in
 * whichever task of the page or of ClaimLens ran next. So what painting needs crosses as columns (ids,
 * offsets, style codes), and each claim's record and its related facts as JSON text, which a collector
 * never looks into and the page reads only when the claim's card opens or the claim is reported.
 *
 * The JSON of a part's records is one string, and that of their facts another, with where each claim's
 * ends: the browser makes a string of a megabyte or so in a space its young-generation collector never
 * copies, where 500 small strings a part (kept for as long as the page is open) were copied twice each, in
 * pauses of 20 to 50 ms. The answer comes in parts of at most CLAIMS_PER_PART claims, so no single message
 * is large to copy on the page's thread, and the page paints one part while it asks for the next.
 */
import * as v from 'valibot';
import type { ArticleFact, RelatedFact, RepeatFact } from '../core/related/types';
import type { Claim } from '../core/types';

/** The highlight styles in the order their codes name them (the view's ClaimStyle). */
export const CLAIM_STYLES = ['attributed', 'unattributed', 'hedged'] as const;
export type PackedStyle = (typeof CLAIM_STYLES)[number];

/** Claims per answered part: 500 claims with their related facts are about 1.4 MB of text on a made-up long article, a copy of a few milliseconds on the page's thread. */
export const CLAIMS_PER_PART = 500;

/** One part of a scan's claims: the claims numbered `first` to `first + ids.length - 1` of `total`. */
export interface PackedClaims {
  /** The number (in the scan) of the part's first claim. */
  first: number;
  /** How many claims the scan found in all. */
  total: number;
  ids: string[];
  /** Offsets into the scanned text, end exclusive. */
  starts: number[];
  ends: number[];
  /** Each claim's index into CLAIM_STYLES. */
  styles: number[];
  /** The claims' records as JSON, one after another. */
  records: string;
  /** Where each claim's record ends in `records` (it starts where the one before ends). */
  recordEnds: number[];
  /** Each claim's related facts in the article as a JSON list, one after another; a fact about another claim of the scan names it by its number. */
  facts: string;
  /** Where each claim's list of facts ends in `facts`. */
  factEnds: number[];
}

/** A related fact as it crosses: another claim of the same scan is named by its number, not copied in. */
type PackedFact =
  | Exclude<RelatedFact, ArticleFact | RepeatFact>
  | (Omit<ArticleFact, 'claim'> & { claim: number })
  | (Omit<RepeatFact, 'claim'> & { claim: number });

const natural = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * What the page accepts as a part: columns of one length, whole numbers where numbers belong, known style
 * codes, ends within their text, and a part within its total.
 */
const PackedClaimsSchema = v.pipe(
  v.object({
    first: natural,
    total: natural,
    ids: v.array(v.string()),
    starts: v.array(natural),
    ends: v.array(natural),
    styles: v.array(v.picklist(CLAIM_STYLES.map((_, code) => code))),
    records: v.string(),
    recordEnds: v.array(natural),
    facts: v.string(),
    factEnds: v.array(natural),
  }),
  v.check(
    (part) => [part.starts, part.ends, part.styles, part.recordEnds, part.factEnds].every((column) => column.length === part.ids.length),
    'the columns differ in length',
  ),
  v.check((part) => part.recordEnds.every((end) => end <= part.records.length), 'record ends lie outside the records'),
  v.check((part) => part.factEnds.every((end) => end <= part.facts.length), 'fact ends lie outside the facts'),
  v.check((part) => part.first + part.ids.length <= part.total, 'the part runs past the total'),
);

/** The part as the page may read it, or what is wrong with it. */
export function checkPackedClaims(value: unknown): { ok: true; part: PackedClaims } | { ok: false; error: string } {
  const result = v.safeParse(PackedClaimsSchema, value);
  if (result.success) return { ok: true, part: result.output };
  const issue = result.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return { ok: false, error: `malformed claims${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown'}` };
}

function packFact(fact: RelatedFact, numberOf: ReadonlyMap<Claim, number>): PackedFact {
  if (fact.origin !== 'article' && fact.origin !== 'repeat') return fact;
  const number = numberOf.get(fact.claim);
  if (number === undefined) throw new Error(`a related fact names a claim outside the scan (${fact.claim.id})`);
  return { ...fact, claim: number };
}

/**
 * Claims `first` to `first + count - 1` of a scan, packed; `related` holds the article's facts by claim id,
 * about claims of the same list (as the engine's relatedInArticle answers).
 */
export function packClaims(
  claims: readonly Claim[],
  related: ReadonlyMap<string, readonly RelatedFact[]>,
  styleOf: (claim: Claim) => PackedStyle,
  first = 0,
  count = claims.length - first,
): PackedClaims {
  const numberOf = new Map(claims.map((claim, number) => [claim, number]));
  const part: PackedClaims = { first, total: claims.length, ids: [], starts: [], ends: [], styles: [], records: '', recordEnds: [], facts: '', factEnds: [] };
  const records: string[] = [];
  const facts: string[] = [];
  for (const claim of claims.slice(first, first + count)) {
    part.ids.push(claim.id);
    part.starts.push(claim.start);
    part.ends.push(claim.end);
    part.styles.push(CLAIM_STYLES.indexOf(styleOf(claim)));
    records.push(JSON.stringify(claim));
    part.recordEnds.push((part.recordEnds.at(-1) ?? 0) + records.at(-1)!.length);
    facts.push(JSON.stringify((related.get(claim.id) ?? []).map((fact) => packFact(fact, numberOf))));
    part.factEnds.push((part.factEnds.at(-1) ?? 0) + facts.at(-1)!.length);
  }
  part.records = records.join('');
  part.facts = facts.join('');
  return part;
}

/** The JSON of claim `at` of the part (its record, or its facts). */
export function jsonOf(part: PackedClaims, what: 'records' | 'facts', at: number): string {
  const ends = what === 'records' ? part.recordEnds : part.factEnds;
  const end = ends[at];
  if (end === undefined) throw new Error(`no claim ${at} in this part`);
  return part[what].slice(at === 0 ? 0 : ends[at - 1], end);
}

/** A claim's record read back; throws when it is not the claim the columns describe. */
export function readClaimRecord(json: string, id: string): Claim {
  const claim: unknown = JSON.parse(json);
  if (typeof claim !== 'object' || claim === null || (claim as { id?: unknown }).id !== id) {
    throw new Error(`the record of claim ${id} is not that claim's`);
  }
  return claim as Claim;
}

/** A claim's related facts read back, each other claim they name fetched by its number. */
export function readFacts(json: string, claimNumbered: (number: number) => Claim): RelatedFact[] {
  const facts: unknown = JSON.parse(json);
  if (!Array.isArray(facts)) throw new Error('related facts are not a list');
  return (facts as PackedFact[]).map((fact): RelatedFact => {
    if (fact.origin === 'article' || fact.origin === 'repeat') return { ...fact, claim: claimNumbered(fact.claim) } as RelatedFact;
    return fact;
  });
}
