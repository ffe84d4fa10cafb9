/**
 * Matching remembered and reference figures (history, fact packs) against a claim, the same way for
 * both: same subject key (head lemma and dimension), compatible modifiers, the same "per", and close
 * enough in time; each match is then compared with the claim.
 */
import type { Claim, ClaimKind } from '../types';
import { compareFigures } from './agreement';
import { figureOf } from './figure';
import { lemmatise } from './lemma';
import { matchKey, subjectsCompatible, termsOf, type SubjectTerms } from './subject';
import type { Agreement, Figure } from './types';
import { canonicalUnit } from './units';

/** What a stored figure keeps for matching: enough to compare without the page it came from. */
export interface StoredFigure {
  key: string;
  modifiers: string[];
  kind: ClaimKind;
  subject: string | null;
  figure: Figure;
  per: string | null;
  /** ISO 8601 date (or year, or year-month) the figure was published; null when unknown. */
  date: string | null;
}

/** Figures more than this far apart in time are about different moments, not the same fact. */
export const MAX_DISTANCE_DAYS = 730;
const DAY_MS = 86_400_000;

/** "per year", "a year", "each year" → "year"; "each" → "each"; none → null. */
export function normalisePer(per: string | null): string | null {
  if (!per) return null;
  const words = per.toLowerCase().trim().split(/\s+/);
  if (words.length === 1) return words[0] === 'apiece' ? 'each' : (words[0] ?? null);
  const last = words.at(-1) ?? '';
  return lemmatise(last);
}

/** The record to store for a claim-like item, or null when it cannot be matched later (no subject key). */
export function storedFigureOf(item: {
  kind: ClaimKind;
  subject: string | null;
  figure: Figure;
  per: string | null;
  date: string | null;
}): StoredFigure | null {
  const unit = canonicalUnit(item.figure.unit);
  const key = matchKey({ kind: item.kind, subject: item.subject, unit });
  const terms = termsOf({ kind: item.kind, subject: item.subject, unit });
  if (!key || !terms) return null;
  return {
    key,
    modifiers: terms.modifiers,
    kind: item.kind,
    subject: item.subject,
    figure: { ...item.figure, unit },
    per: normalisePer(item.per),
    date: item.date,
  };
}

/** A page's claim, ready to be matched against many stored figures. */
export interface ClaimProbe {
  claim: Claim;
  key: string;
  terms: SubjectTerms;
  per: string | null;
  figure: Figure;
  /** When the page was published (or read), ms since the epoch. */
  time: number;
}

export function probeFor(claim: Claim, pageTime: number): ClaimProbe | null {
  const figure = figureOf(claim);
  const stored = storedFigureOf({ kind: claim.kind, subject: claim.subject, figure, per: claim.per, date: null });
  const terms = termsOf({ kind: claim.kind, subject: claim.subject, unit: canonicalUnit(claim.quantity.unit) });
  if (!stored || !terms) return null;
  return { claim, key: stored.key, terms, per: stored.per, figure: stored.figure, time: pageTime };
}

/** Parses "2023", "2023-11", "2023-11-20" or a full date-time; NaN when it is none of those. */
export function timeOf(date: string | null): number {
  if (!date) return Number.NaN;
  return Date.parse(/^\d{4}$/.test(date) ? `${date}-07-01` : /^\d{4}-\d{2}$/.test(date) ? `${date}-15` : date);
}

/**
 * Whether a stored figure is about the claim's subject, and how it compares. Null when it does not match;
 * an agreement of null means it matches but cannot be put on the claim's scale.
 */
export function matchStored(probe: ClaimProbe, stored: StoredFigure): { agreement: Agreement | null } | null {
  if (stored.key !== probe.key) return null;
  if (!subjectsCompatible(probe.terms, { head: probe.terms.head, modifiers: stored.modifiers })) return null;
  if (stored.per !== probe.per) return null;
  const time = timeOf(stored.date);
  if (Number.isFinite(time) && Math.abs(time - probe.time) > MAX_DISTANCE_DAYS * DAY_MS) return null;
  return { agreement: compareFigures(probe.figure, stored.figure, probe.claim.kind) };
}
