import { formatFigure } from '../core/related/format';
import type { Claim, DocumentInfo, Source } from '../core/types';
import { firmnessWord, type ReasonLine, reasonLines } from '../view/claim';
import { terminalSafe } from './terminal-text';

/** Widths and gaps add up to a terminal 100 columns wide. */
const COLUMNS = [
  { title: 'CLAIM', width: 26, wrap: true },
  { title: 'KIND', width: 7, wrap: false },
  { title: 'VALUE', width: 15, wrap: true },
  { title: 'FIRMNESS', width: 12, wrap: false },
  { title: 'WHEN', width: 12, wrap: true },
  { title: 'SOURCE', width: 18, wrap: true },
] as const;
const GAP = '  ';
const MAX_LINES_PER_CELL = 3;

/** The figure as a reader says it ("$900 billion", "50%", "12 facilities"); firmness has its own column. */
export function formatValue(claim: Pick<Claim, 'quantity' | 'kind'>): string {
  const { quantity, kind } = claim;
  if (quantity.value === null && !quantity.range) return quantity.text;
  return formatFigure({ ...quantity, change: '=' }, kind);
}

/** "media: Japan's Yomiuri newspaper ← anonymous": the source and whom it cites. */
export function formatSource(source: Source): string {
  const parts: string[] = [];
  for (let current: Source | null = source; current && parts.length < 4; current = current.via) {
    parts.push(current.name ? `${current.kind}: ${current.name}` : current.kind);
  }
  return parts.join(' ← ');
}

/** Splits text into lines of at most `width` characters at spaces, breaking long words; '…' past the limit. */
function wrapCell(text: string, width: number, wrap: boolean): string[] {
  const chars = [...terminalSafe(text).replace(/\s+/g, ' ').trim()];
  if (chars.length <= width) return [chars.join('')];
  if (!wrap) return [`${chars.slice(0, width - 1).join('')}…`];
  const lines: string[] = [];
  let rest = chars;
  while (rest.length > width && lines.length < MAX_LINES_PER_CELL - 1) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = width;
    lines.push(rest.slice(0, cut).join('').trimEnd());
    rest = rest.slice(rest[cut] === ' ' ? cut + 1 : cut);
  }
  lines.push(rest.length > width ? `${rest.slice(0, width - 1).join('')}…` : rest.join(''));
  return lines;
}

const WHY = '  why: ';

/** A reason under its claim's row, wrapped to the table's 100 columns; its cue is the page's words, made safe in wrapCell. */
function whyLines(line: ReasonLine): string[] {
  const width = 100 - WHY.length;
  return wrapCell(`${line.label}: ${line.text}`, width, true).map((part, i) => `${i === 0 ? WHY : ' '.repeat(WHY.length)}${part}`);
}

function row(cells: readonly string[]): string[] {
  const wrapped = COLUMNS.map((column, i) => wrapCell(cells[i] ?? '', column.width, column.wrap));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const lines: string[] = [];
  for (let line = 0; line < height; line++) {
    const parts = COLUMNS.map((column, i) => (wrapped[i]![line] ?? '').padEnd(column.width));
    lines.push(parts.join(GAP).trimEnd());
  }
  return lines;
}

/** The readable report: what the page is, then one row per claim. */
export function formatTable(info: DocumentInfo, claims: readonly Claim[], options: { why?: boolean } = {}): string {
  const lines: string[] = [];
  // Everything in the table but our own words comes from the page: each cell is made safe in wrapCell.
  const heading = terminalSafe([info.title, info.publisher].filter((part): part is string => part !== null).join(' — ')).replace(/\s+/g, ' ').trim();
  if (heading) lines.push(heading);
  if (info.url) lines.push(terminalSafe(info.url));
  lines.push(claims.length === 1 ? '1 claim' : `${claims.length} claims`);
  if (claims.length > 0) {
    const rows = claims.map((claim) => [
      ...row([claim.text, claim.kind, formatValue(claim), firmnessWord(claim), claim.when ?? '', formatSource(claim.source)]),
      ...(options.why ? reasonLines(claim).flatMap(whyLines) : []),
    ]);
    // Once a cell wraps, rows only read apart with a blank line between them.
    const spaced = rows.some((lines) => lines.length > 1);
    lines.push('', ...row(COLUMNS.map((column) => column.title)));
    for (const rowLines of rows) {
      if (spaced) lines.push('');
      lines.push(...rowLines);
    }
  }
  return `${lines.join('\n')}\n`;
}
