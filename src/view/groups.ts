/**
 * The popup's claim list grouped by what the claims are about: one group per subject (head noun and its
 * modifiers, as the related facts match them), in the order the article first mentions each, with how many
 * related facts each claim has.
 */
import { relatedInArticle } from '../core/related';
import { subjectsCompatible, termsOf, type SubjectTerms } from '../core/related/subject';
import { canonicalUnit } from '../core/related/units';
import type { Claim, DocumentInfo } from '../core/types';
import { ownSubject } from './claim';

export interface GroupedClaim {
  claim: Claim;
  /** Related facts of the article (its figures and ClaimLens's arithmetic), the claim's own figure said again not counted. */
  related: number;
}

export interface ClaimGroup {
  /** The subject as the article first words it, or null for the claims whose subject is not known. */
  subject: string | null;
  claims: GroupedClaim[];
}

function subjectWords(claim: Claim): string | null {
  return ownSubject(claim) ?? (claim.kind === 'count' ? claim.quantity.unit : null);
}

export function groupBySubject(claims: Claim[], info?: Partial<DocumentInfo> | null): ClaimGroup[] {
  const related = relatedInArticle(claims, undefined, info);
  const groups: { terms: SubjectTerms | null; group: ClaimGroup }[] = [];
  const byHead = new Map<string, { terms: SubjectTerms; group: ClaimGroup }[]>();
  let unknown: ClaimGroup | null = null;
  for (const claim of claims) {
    const item = { claim, related: (related.get(claim.id) ?? []).filter((f) => f.origin !== 'repeat').length };
    const terms = termsOf({ kind: claim.kind, subject: ownSubject(claim), unit: canonicalUnit(claim.quantity.unit) });
    if (!terms) {
      if (!unknown) groups.push({ terms: null, group: (unknown = { subject: null, claims: [] }) });
      unknown.claims.push(item);
      continue;
    }
    const candidates = byHead.get(terms.head) ?? [];
    const found = candidates.find((c) => subjectsCompatible(c.terms, terms));
    if (found) {
      found.group.claims.push(item);
      continue;
    }
    const entry = { terms, group: { subject: subjectWords(claim), claims: [item] } };
    candidates.push(entry);
    byHead.set(terms.head, candidates);
    groups.push(entry);
  }
  // Claims of unknown subject come last: they are what the reader can least place.
  return [...groups.filter((g) => g.terms !== null), ...groups.filter((g) => g.terms === null)].map((g) => g.group);
}

/** "3 related facts", "no related facts". */
export function relatedCountText(count: number): string {
  if (count === 0) return 'no related facts';
  return count === 1 ? '1 related fact' : `${count} related facts`;
}
