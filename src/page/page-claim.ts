/**
 * A claim as the page holds it: its id, a live Range over the page's own Text nodes, its style, and where
 * its record is kept. Kept apart from the engine (scan.ts, which the content script loads only as a
 * fallback) so that whichever engine answered, background or page, its claims are mapped onto the page the
 * same way.
 *
 * The record itself (quantity, source, sentence) and the claim's related facts stay packed as the
 * background sent them (messaging/packed-claims.ts) until the claim's card opens or the claim is reported:
 * a page of 20,000 claims then holds three objects a claim (this, its Range, the highlight's copy of it)
 * rather than dozens, and the garbage collector's pauses stay short.
 */
import type { RelatedFact } from '../core/related/types';
import type { Claim } from '../core/types';
import { CLAIM_STYLES, jsonOf, readClaimRecord, readFacts, type PackedClaims } from '../messaging/packed-claims';
import { sentenceExcerpt, type ClaimStyle } from '../view/claim';
import { rangeFor } from './article/offsets';
import type { TextExtraction } from './article/types';
import type { PaintedClaim } from './paint/types';

/** Where the records of one scan's claims are kept, by the claims' numbers in the scan. */
export interface ClaimRecords {
  /** The text the claims' offsets point into. */
  readonly text: string;
  claim(number: number): Claim;
  /** The article's own related facts of the claim. */
  facts(number: number): RelatedFact[];
}

/** The records of a scan the background answered, in the parts it sent, read when asked for. */
export class PackedRecords implements ClaimRecords {
  private readonly parts: PackedClaims[] = [];

  constructor(readonly text: string) {}

  add(part: PackedClaims): void {
    this.parts.push(part);
  }

  private find(number: number): { part: PackedClaims; at: number } {
    for (const part of this.parts) {
      const at = number - part.first;
      if (at >= 0 && at < part.ids.length) return { part, at };
    }
    throw new Error(`no claim numbered ${number} in this scan`);
  }

  claim(number: number): Claim {
    const { part, at } = this.find(number);
    return readClaimRecord(jsonOf(part, 'records', at), part.ids[at]!);
  }

  facts(number: number): RelatedFact[] {
    const { part, at } = this.find(number);
    return readFacts(jsonOf(part, 'facts', at), (other) => this.claim(other));
  }
}

/** The records of a scan the page ran itself (the fallback), held as the engine made them. */
export class HeldRecords implements ClaimRecords {
  readonly claims: Claim[] = [];
  private related = new Map<string, RelatedFact[]>();

  constructor(readonly text: string) {}

  /** The related facts, worked out once the claims are all found. */
  setRelated(related: Map<string, RelatedFact[]>): void {
    this.related = related;
  }

  claim(number: number): Claim {
    const claim = this.claims[number];
    if (!claim) throw new Error(`no claim numbered ${number} in this scan`);
    return claim;
  }

  facts(number: number): RelatedFact[] {
    return this.related.get(this.claim(number).id) ?? [];
  }
}

/** A claim on the page: painted, and numbered in the records of the scan that found it. */
export interface PageClaim extends PaintedClaim {
  id: string;
  records: ClaimRecords;
  number: number;
}

/** A claim whose card is open: its record read, with (an excerpt of) the sentence it sits in. */
export interface CardClaim extends PageClaim {
  claim: Claim;
  sentence: string;
}

export interface ScanCallbacks {
  /** Called inside the slice that found them, so painting counts as part of the slice. */
  found(claims: PageClaim[]): void;
  cancelled(): boolean;
}

/** Where a claim lies in its extraction's text, and how it looks. */
export interface ClaimPlace {
  id: string;
  start: number;
  end: number;
  style: ClaimStyle;
}

/** The claim's offsets mapped onto the page through the extraction's offset map; null when they fall outside it. */
export function toPageClaim(extraction: TextExtraction, place: ClaimPlace, records: ClaimRecords, number: number): PageClaim | null {
  const span = rangeFor(extraction, place.start, place.end);
  if (!span) return null;
  const range = document.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return { id: place.id, range, style: place.style, records, number };
}

/** Claim `at` of a packed part, as toPageClaim places it. */
export function placeOf(part: PackedClaims, at: number): ClaimPlace {
  return { id: part.ids[at]!, start: part.starts[at]!, end: part.ends[at]!, style: CLAIM_STYLES[part.styles[at]!]! };
}

/** The claim's record. */
export function claimOf(item: PageClaim): Claim {
  return item.records.claim(item.number);
}

/** The claim with its record read, as its card shows it. */
export function cardClaimOf(item: PageClaim): CardClaim {
  const claim = claimOf(item);
  return { ...item, claim, sentence: sentenceExcerpt(item.records.text, claim.sentence, claim) };
}
