/**
 * Chains: "as per the Yomiuri newspaper, citing an unnamed source" makes the unnamed source the one the
 * newspaper cites (`via`). A pure stage over the sentence's resolved cues: each "citing X" hangs on the
 * nearest cue within reach, preferring the one before it; a chain with no host stands as a cue of its own.
 */
import type { Source, Span } from '../types';
import { quotationParts } from './antecedents';
import { firstEndingAfter } from './clauses';

/** How far a "citing" may sit from the cue it extends. */
const CHAIN_REACH = 200;

export interface ResolvedCue<C extends Span> {
  cue: C;
  source: Source;
}

function spanDistance(a: Span, b: Span): number {
  return a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0;
}

/**
 * The primary cues with each chain hung on its host (`source.via`), plus the chains no cue hosts, in
 * order of position. `primary` must be sorted by position; hosts are found by binary search, so a
 * sentence with thousands of cues stays linear.
 */
export function hangChains<C extends Span>(primary: ResolvedCue<C>[], chains: ResolvedCue<C>[]): ResolvedCue<C>[] {
  const standalone: ResolvedCue<C>[] = [];
  for (const chain of chains) {
    let host: ResolvedCue<C> | null = null;
    let hostDistance = Infinity;
    for (let i = firstEndingAfter(primary, chain.cue.start - CHAIN_REACH); i < primary.length; i++) {
      const b = primary[i]!;
      if (b.cue.start > chain.cue.end + CHAIN_REACH) break;
      // A cue before "citing" is the one that cites: prefer it over one after at the same distance.
      const distance = spanDistance(b.cue, chain.cue) + (b.cue.start > chain.cue.start ? 1 : 0);
      if (distance <= CHAIN_REACH && distance < hostDistance) {
        host = b;
        hostDistance = distance;
      }
    }
    if (host && !host.source.via) host.source = { ...host.source, via: chain.source };
    else standalone.push(chain);
  }
  return [...primary, ...standalone].sort((a, b) => a.cue.start - b.cue.start);
}

/** Between an outer verb of saying and the clause it reports: a new statement starts at a semicolon, a colon, a dash or a joined clause. */
const NEW_STATEMENT = /[;:]|,\s*(?:but|and|while|whereas|although|though|yet)\s|\s[—–]\s/u;
/** "said after Lind announced", "told a crowd that the campaign estimated", "noted when": a clause hung on the outer one, not what it reports. */
const SUBORDINATE = /\b(?:after|before|when|whenever|while|because|since|as|if|although|though|where|which|who|whom|whose|until|unless|whether|than)\b/iu;
/** How far the clause an outer cue reports may open after it. */
const OUTER_REACH = 120;

interface NestedCue {
  cue: Span & { role: string; reading?: string; name: Span | null; sentenceWide: boolean };
  source: Source;
}

/** Where a cue's clause opens: its subject, or the cue itself when the subject follows it. */
const opening = (b: NestedCue): number => Math.min(b.cue.start, b.cue.name?.start ?? b.cue.start);
/** Where a cue and its subject end: "said Ana Ruiz" ends after the name. */
const closing = (b: NestedCue): number => Math.max(b.cue.end, b.cue.name?.end ?? b.cue.end);

/** A verb of saying or "according to" read plainly (not as stance, a noun of saying or a count that "has"), naming a source in the text. */
const reportsPlainly = (b: NestedCue): boolean => (b.cue.role === 'speech' || b.cue.role === 'forward') && b.cue.reading === undefined && b.source.start !== null;

export type Nesting = 'closing' | 'outer';

/**
 * Where cues nest, the one that tells the reader the claim: the nearest cue to a claim may itself be reported.
 * - closing: "The agency found 600 cases, according to Ruiz", "Lind sought a $2 million deal, Ruiz reported": a
 *   plain cue closing the sentence after the claim, with no new statement between, reports the whole sentence.
 * - outer: "The magazine said the winner has predicted 5 of 6 races", "Ruiz noted Lind said 40 boats sank": a cue
 *   whose clause opens inside what a plain verb of saying before it reports is nested in it; the walk goes out to
 *   the outermost such verb, stopping at a new statement or a clause hung on the outer one.
 * Null when the chosen cue is not nested. `bounds` are sorted by position; `accepts` says whether a cue may govern.
 */
export function nestingSpeaker<B extends NestedCue>(text: string, bounds: B[], chosen: B, claim: Span, sentence: Span, accepts: (b: B) => boolean): { bound: B; nesting: Nesting } | null {
  const closer = bounds.findLast((b) => b.cue.sentenceWide && b.cue.start >= claim.end && b.cue.start < sentence.end);
  if (closer && closer !== chosen && reportsPlainly(closer) && !NEW_STATEMENT.test(text.slice(claim.end, closer.cue.start)) && accepts(closer)) {
    return { bound: closer, nesting: 'closing' };
  }
  let inner = chosen;
  for (let k = bounds.indexOf(inner) - 1; k >= 0; k--) {
    const outer = bounds[k]!;
    if (outer.cue.start < sentence.start) break;
    if (closing(outer) > opening(inner) || opening(inner) >= claim.start) continue;
    const between = text.slice(closing(outer), opening(inner));
    if (between.length > OUTER_REACH || NEW_STATEMENT.test(between) || SUBORDINATE.test(between) || quotationParts(between)) break;
    if (outer.cue.role === 'speech' && reportsPlainly(outer) && accepts(outer)) inner = outer;
  }
  return inner === chosen ? null : { bound: inner, nesting: 'outer' };
}
