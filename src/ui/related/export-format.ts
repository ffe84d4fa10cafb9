/**
 * The page's claims with their sources and related facts as CSV and JSON. CSV follows RFC 4180 quoting,
 * and any text cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return)
 * gets a leading apostrophe, so an article cannot plant a formula in the reader's spreadsheet. Numbers
 * are written as numbers: a plain number is no formula.
 */
import { describeFigure } from '../../core/related/format';
import type { RelatedFact } from '../../core/related/types';
import type { Claim, DocumentInfo } from '../../core/types';

type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: Cell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = [
  'page_url', 'page_title', 'claim_id', 'claim_text', 'kind', 'value', 'range_low', 'range_high', 'unit',
  'change', 'subject', 'per', 'when', 'hedged', 'source_kind', 'source_name', 'source_cue',
  'related_origin', 'related_text', 'related_source', 'related_url', 'related_date', 'related_verdict',
  'related_summary',
] as const;

function relatedCells(fact: RelatedFact): Cell[] {
  switch (fact.origin) {
    case 'article':
      return ['article', fact.claim.text, fact.claim.source.name, null, null, fact.agreement?.verdict ?? null, fact.agreement?.summary ?? null];
    case 'computed':
      return ['computed', `${fact.text} (${fact.arithmetic})`, 'ClaimLens', null, null, null, null];
    case 'history':
    case 'pack':
      return [
        fact.origin,
        fact.origin === 'history' ? fact.text : describeFigure(fact.figure, fact.kind, fact.subject),
        fact.source.name,
        fact.source.url,
        fact.source.date,
        fact.agreement?.verdict ?? null,
        fact.agreement?.summary ?? null,
      ];
  }
}

/** One row per claim and related fact; a claim without related facts gets one row with those cells empty. */
export function claimsToCsv(claims: Claim[], info: DocumentInfo, facts: ReadonlyMap<string, RelatedFact[]>): string {
  const rows: Cell[][] = [[...CSV_HEADER]];
  for (const claim of claims) {
    const q = claim.quantity;
    const base: Cell[] = [
      info.url, info.title, claim.id, claim.text, claim.kind, q.value, q.range?.[0] ?? null, q.range?.[1] ?? null,
      q.unit, q.change, claim.subject, claim.per, claim.when, claim.hedged, claim.source.kind, claim.source.name,
      claim.source.cue,
    ];
    const related = facts.get(claim.id) ?? [];
    if (related.length === 0) rows.push([...base, null, null, null, null, null, null, null]);
    for (const fact of related) rows.push([...base, ...relatedCells(fact)]);
  }
  return toCsv(rows);
}

export function claimsToJson(
  claims: Claim[],
  info: DocumentInfo,
  facts: ReadonlyMap<string, RelatedFact[]>,
  exportedAt: Date,
): string {
  return JSON.stringify(
    {
      exportedBy: 'ClaimLens',
      exportedAt: exportedAt.toISOString(),
      page: info,
      claims: claims.map((claim) => ({ ...claim, related: facts.get(claim.id) ?? [] })),
    },
    null,
    2,
  );
}

/** A file name from the page title: letters, digits and dashes only. */
export function exportFileName(info: DocumentInfo, extension: 'csv' | 'json'): string {
  const slug = (info.title ?? 'page').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Long titles end at a whole word.
  const base = slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
  return `claimlens-${base || 'page'}.${extension}`;
}
