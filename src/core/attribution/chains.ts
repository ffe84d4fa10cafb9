/**
 * Chains: "as per the Yomiuri newspaper, citing an unnamed source" makes the unnamed source the one the
 * newspaper cites (`via`). A pure stage over the sentence's resolved cues: each "citing X" hangs on the
 * nearest cue within reach, preferring the one before it; a chain with no host stands as a cue of its own.
 */
import type { Source, Span } from '../types';
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
