/**
 * The claims of a scan as they cross to the page: columns for painting, the claims' records and related
 * facts as JSON text with where each claim's ends. What goes in comes out (a fact about another claim names it by number and reads back as
 * that claim), a part covers the claims it says, and the page refuses a part whose columns do not agree.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { relatedInArticle } from '../../src/core/related';
import type { DocumentInfo } from '../../src/core/types';
import { checkPackedClaims, CLAIM_STYLES, jsonOf, packClaims, readClaimRecord, readFacts } from '../../src/messaging/packed-claims';
import { styleOf } from '../../src/view/claim';

const info: DocumentInfo = { title: 'Port figures', url: 'https://news.example/port', publisher: null, published: null };
const text =
  'The port authority said 4,200 containers were unloaded last week, 300 more than the 3,900 of the week before. ' +
  'Each container paid a fee of $120, officials added. Reportedly 15% of the cranes stood idle.';
const claims = analyse(text, info, { highlight: 'every' });
const related = relatedInArticle(claims, text, info);

describe('packed claims', () => {
  it('carry each claim’s id, offsets and style in columns, and its record as JSON that reads back whole', () => {
    const packed = packClaims(claims, related, styleOf);
    expect(packed.ids).toEqual(claims.map((claim) => claim.id));
    expect(packed.starts).toEqual(claims.map((claim) => claim.start));
    expect(packed.ends).toEqual(claims.map((claim) => claim.end));
    expect(packed.styles.map((code) => CLAIM_STYLES[code])).toEqual(claims.map(styleOf));
    expect(packed.ids.map((id, at) => readClaimRecord(jsonOf(packed, 'records', at), id))).toEqual(claims);
  });

  it('carry the related facts with the other claims named by number, read back as those same claims', () => {
    const packed = packClaims(claims, related, styleOf);
    const byNumber = (number: number) => readClaimRecord(jsonOf(packed, 'records', number), packed.ids[number]!);
    const facts = packed.ids.map((_, at) => readFacts(jsonOf(packed, 'facts', at), byNumber));
    expect(facts.some((list) => list.some((fact) => fact.origin === 'article'))).toBe(true);
    expect(facts).toEqual(claims.map((claim) => related.get(claim.id) ?? []));
    // The JSON names a related claim by number: no claim's record is copied into another's facts.
    expect(packed.facts).not.toContain('"quantity"');
  });

  it('pack a part: the claims from `first`, numbered in the whole scan', () => {
    const part = packClaims(claims, related, styleOf, 2, 2);
    expect(part).toMatchObject({ first: 2, total: claims.length, ids: claims.slice(2, 4).map((claim) => claim.id) });
    expect(checkPackedClaims(part)).toEqual({ ok: true, part });
  });

  it('are refused by the page when a column is short, a style code unknown or the part runs past the total', () => {
    const packed = packClaims(claims, related, styleOf);
    expect(checkPackedClaims({ ...packed, ends: packed.ends.slice(1) })).toMatchObject({ ok: false, error: expect.stringMatching(/columns differ/) });
    expect(checkPackedClaims({ ...packed, styles: packed.styles.map(() => 7) })).toMatchObject({ ok: false, error: expect.stringMatching(/styles/) });
    expect(checkPackedClaims({ ...packed, total: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/past the total/) });
    expect(checkPackedClaims({ ...packed, starts: packed.starts.map(() => -1) })).toMatchObject({ ok: false });
    expect(checkPackedClaims({ ...packed, recordEnds: packed.recordEnds.map((end) => end + packed.records.length) })).toMatchObject({ ok: false, error: expect.stringMatching(/record ends/) });
    expect(checkPackedClaims(null)).toMatchObject({ ok: false });
  });

  it('read back a record only as the claim the columns name', () => {
    const packed = packClaims(claims, related, styleOf);
    expect(() => readClaimRecord(jsonOf(packed, 'records', 0), packed.ids[1]!)).toThrow(/not that claim/);
  });
});
