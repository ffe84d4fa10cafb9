/**
 * The page's claims with their sources and related facts as CSV and JSON. CSV follows RFC 4180 quoting,
 * and any text from a page that a spreadsheet would read as a formula (= + - @, or a leading tab or
 * carriage return) gets a leading apostrophe, so an article cannot plant a formula in the reader's
 * spreadsheet. ClaimLens's own words (a kind, a firmness such as "=", a verdict) are written as they are:
 * they are a fixed vocabulary, not a page's text. Numbers are written as numbers: a plain number is no
 * formula. The file opens with a UTF-8 byte-order mark, without which spreadsheet programs read it in the
 * system's legacy encoding and "≈" or "€" turn to mojibake.
 */
import { describeFigure } from '../../view/related';
import type { RelatedFact } from '../../core/related/types';
import type { Claim, DocumentInfo } from '../../core/types';
import { comparisonText, excerptText, saidBy } from '../../view/related';

/** A word of ClaimLens's own vocabulary, written without the formula guard. */
export interface OwnWord {
  own: string;
}

type Cell = string | number | boolean | null | OwnWord;

const FORMULA_START = /^[=+\-@\t\r]/;
export const UTF8_BOM = '\ufeff';

/** Marks a cell as ClaimLens's own word rather than a page's text. */
export const own = (word: string | null): OwnWord | null => (word === null ? null : { own: word });

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'object') return quoted(cell.own);
  return quoted(FORMULA_START.test(cell) ? `'${cell}` : cell);
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
      // The figure in its own words, so a spreadsheet row says what it is about.
      return [own('article'), excerptText(fact.context), saidBy(fact.claim.source), null, null, own(fact.agreement?.verdict ?? null), own(comparisonText(fact))];
    case 'repeat':
      return [own('repeat'), fact.claim.text, own(fact.inHeadline ? 'the headline' : 'the article'), null, null, null, null];
    case 'computed':
      return [own('computed'), `${fact.text} (${fact.arithmetic})`, own('ClaimLens'), null, null, null, null];
    case 'history':
    case 'pack':
      return [
        own(fact.origin),
        fact.origin === 'history' ? fact.text : describeFigure(fact.figure, fact.kind, fact.subject),
        fact.source.name,
        fact.source.url,
        fact.source.date,
        own(fact.agreement?.verdict ?? null),
        own(fact.agreement?.summary ?? null),
      ];
  }
}

/**
 * One row per claim and related fact; a claim without related facts gets one row with those cells empty.
 * The header and the kind, firmness and source-kind columns are ClaimLens's own words.
 */
export function claimsToCsv(claims: Claim[], info: DocumentInfo, facts: ReadonlyMap<string, RelatedFact[]>): string {
  const rows: Cell[][] = [CSV_HEADER.map(own)];
  for (const claim of claims) {
    const q = claim.quantity;
    const base: Cell[] = [
      info.url, info.title, own(claim.id), claim.text, own(claim.kind), q.value, q.range?.[0] ?? null, q.range?.[1] ?? null,
      q.unit, own(q.change), claim.subject, claim.per, claim.when, claim.hedged, own(claim.source.kind), claim.source.name,
      claim.source.cue,
    ];
    const related = facts.get(claim.id) ?? [];
    if (related.length === 0) rows.push([...base, null, null, null, null, null, null, null]);
    for (const fact of related) rows.push([...base, ...relatedCells(fact)]);
  }
  return UTF8_BOM + toCsv(rows);
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
