import { describe, expect, it } from 'vitest';
import type { RelatedFact } from '../../../src/core/related/types';
import type { DocumentInfo } from '../../../src/core/types';
import { claimsToCsv, claimsToJson, csvCell, exportFileName, toCsv } from '../../../src/ui/related/export-format';
import { claim } from '../../core/related/make-claim';

const info: DocumentInfo = { url: 'https://news.test/a', title: 'Shells, "prices" & more', publisher: null, published: null };

/** Splits CSV the way a spreadsheet reads it (RFC 4180), to check the writer against a reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "so"')).toBe('"say ""so"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(parseCsv(toCsv([[`${start}HYPERLINK("http://evil.test")`]]))[0]?.[0]).toBe(`'${start}HYPERLINK("http://evil.test")`);
    }
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('=cmd|"/c calc"!A1')).toBe(`"'=cmd|""/c calc""!A1"`);
  });

  it('writes numbers as numbers, even negative ones', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(3000)).toBe('3000');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('round-trips through a CSV reader', () => {
    const rows = [['a,b', 'x "y"', 'line\nbreak', '@SUM(A1)']];
    expect(parseCsv(toCsv(rows))).toEqual([['a,b', 'x "y"', 'line\nbreak', "'@SUM(A1)"]]);
  });
});

describe('claimsToCsv and claimsToJson', () => {
  const shells = claim({ phrase: 'over 1 million artillery shells', kind: 'count', value: 1e6, change: '>', unit: 'shell', subject: 'artillery shells' });
  const lonely = claim({ phrase: '=2+3 widgets', kind: 'count', value: 5, unit: 'widget', subject: 'widgets' });
  const history: RelatedFact = {
    origin: 'history',
    id: 'h1',
    text: '800,000 shells',
    subject: 'shells',
    kind: 'count',
    figure: { value: 800_000, range: null, unit: 'shell', change: '=' },
    source: { name: 'one.test', url: 'http://one.test/a', title: 'First', date: '2023-11-20' },
    seen: 0,
    agreement: { verdict: 'differs', relative: -0.2, summary: 'differs: 20% lower' },
  };
  const facts = new Map([[shells.id, [history]]]);

  it('writes one row per claim and related fact, with the sources', () => {
    const rows = parseCsv(claimsToCsv([shells, lonely], info, facts).replace(/^\ufeff/, ''));
    expect(rows).toHaveLength(3);
    const [header, first, second] = rows;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(first?.[col('page_title')]).toBe('Shells, "prices" & more');
    expect(first?.[col('claim_text')]).toBe('over 1 million artillery shells');
    expect(first?.[col('related_origin')]).toBe('history');
    expect(first?.[col('related_text')]).toBe('800,000 shells');
    expect(first?.[col('related_source')]).toBe('one.test');
    expect(first?.[col('related_url')]).toBe('http://one.test/a');
    expect(first?.[col('related_summary')]).toBe('differs: 20% lower');
    expect(second?.[col('claim_text')]).toBe("'=2+3 widgets");
    expect(second?.[col('related_origin')]).toBe('');
  });

  it('guards page text only: ClaimLens’s own words such as the firmness "=" are written as they are', () => {
    const exact = claim({ phrase: '5 widgets', kind: 'count', value: 5, change: '=', unit: 'widget', subject: 'widgets' });
    const [header, row] = parseCsv(claimsToCsv([exact, lonely], info, new Map()).slice(1));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(row?.[col('change')]).toBe('=');
    expect(row?.[col('kind')]).toBe('count');
    expect(row?.[col('source_kind')]).toBe('article');
    expect(parseCsv(claimsToCsv([lonely], info, new Map()).slice(1))[1]?.[col('claim_text')]).toBe("'=2+3 widgets");
  });

  it('opens with a UTF-8 byte-order mark, so spreadsheets read “≈” and “€” as such', () => {
    const csv = claimsToCsv([shells], info, facts);
    expect(csv.startsWith('\ufeffpage_url,')).toBe(true);
    expect(csv.indexOf('\ufeff', 1)).toBe(-1);
  });

  it('writes JSON with each claim’s related facts', () => {
    const parsed = JSON.parse(claimsToJson([shells, lonely], info, facts, new Date('2024-01-02T03:04:05Z')));
    expect(parsed.exportedAt).toBe('2024-01-02T03:04:05.000Z');
    expect(parsed.page).toEqual(info);
    expect(parsed.claims[0].related).toEqual([history]);
    expect(parsed.claims[1].related).toEqual([]);
  });

  it('names the file from the title with safe characters only', () => {
    expect(exportFileName(info, 'csv')).toBe('claimlens-shells-prices-more.csv');
    expect(exportFileName({ ...info, title: '../../etc' }, 'json')).toBe('claimlens-etc.json');
    expect(exportFileName({ ...info, title: 'Kim Jong Un sees bigger cash-cow in Russia arms than embassies' }, 'csv')).toBe(
      'claimlens-kim-jong-un-sees-bigger-cash-cow-in-russia-arms-than.csv',
    );
  });
});
