/** How the popup names a claim's firmness and its source in a few words. */
import type { Claim, DocumentInfo, SourceKind } from '../../core/types';
import type { MessageName } from './i18n';

export type Firmness = 'exact' | 'approx' | 'range' | 'hedged';

/** Hedged wording outranks the figure itself: "may have fired 2 million" is hedged, not exact. */
export function firmnessOf(claim: Claim): Firmness {
  if (claim.hedged) return 'hedged';
  if (claim.quantity.range !== null) return 'range';
  return claim.quantity.change === '=' ? 'exact' : 'approx';
}

const KIND_LABELS: Record<SourceKind, string> = {
  government: 'Government',
  military: 'Military',
  media: 'Media',
  person: 'Person',
  organisation: 'Organisation',
  anonymous: 'Unnamed source',
  reported: 'Reportedly',
  article: 'The article',
};

const MAX_LABEL = 40;

/** The source's name when the article gives one, else its kind; the publisher speaks for 'article'. */
export function sourceLabel(claim: Claim, info?: Partial<DocumentInfo> | null): string {
  const { source } = claim;
  const name = source.name ?? (source.kind === 'article' ? (info?.publisher ?? null) : null);
  const label = name ?? KIND_LABELS[source.kind];
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/** The message (in _locales) that counts a page's claims, and its substitutions. */
export function claimCountMessage(count: number): [MessageName, ...string[]] {
  if (count === 0) return ['claimCountNone'];
  return count === 1 ? ['claimCountOne'] : ['claimCountMany', String(count)];
}
