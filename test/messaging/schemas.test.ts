/** The shapes checked at the border: what the engine writes passes, what a page could forge does not. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { checkMessage, ClaimSchema, MAX_CLAIMS_PER_MESSAGE, PageStateSchema } from '../../src/messaging/schemas';
import { engineClaims, NO_INFO } from './fixtures';

const ARTICLE =
  'South Korea said on Monday that North Korea has shipped over 1 million artillery shells to Russia since August, according to the Yomiuri newspaper, ' +
  'which cited an unnamed source. Each shell reportedly costs approximately $3,000. About 40% of the shipments went by rail, and 2.5 km of track was repaired.';

describe('claims', () => {
  it('accepts every claim the engine writes, sources with their chains included', () => {
    const claims = analyse(ARTICLE, {}, { highlight: 'every' });
    expect(claims.length).toBeGreaterThan(3);
    expect(claims.some((claim) => claim.source.via !== null)).toBe(true);
    for (const claim of claims) expect(v.safeParse(ClaimSchema, claim).issues).toBeUndefined();
  });

  it('refuses a claim whose fields are of the wrong kind, or whose source kind is unknown', () => {
    const [claim] = engineClaims(1);
    expect(v.is(ClaimSchema, { ...claim, start: -1 })).toBe(false);
    expect(v.is(ClaimSchema, { ...claim, hedged: 'no' })).toBe(false);
    expect(v.is(ClaimSchema, { ...claim, source: { ...claim!.source, kind: 'oracle' } })).toBe(false);
    expect(v.is(ClaimSchema, { ...claim, quantity: { ...claim!.quantity, change: '≈' } })).toBe(false);
  });
});

describe('messages', () => {
  it('keeps only the fields of the protocol', () => {
    expect(checkMessage('reveal-claim', { type: 'reveal-claim', id: 'c1', extra: '<script>' })).toEqual({ type: 'reveal-claim', id: 'c1' });
  });

  it('bounds how many claims one message carries', () => {
    const claims = engineClaims(1);
    const many = Array.from({ length: MAX_CLAIMS_PER_MESSAGE + 1 }, () => claims[0]);
    const report = { type: 'claims-report', url: 'https://news.example.com/', info: NO_INFO, count: many.length };
    expect(checkMessage('claims-report', { ...report, claims: many.slice(1) })).not.toBeNull();
    expect(checkMessage('claims-report', { ...report, claims: many })).toBeNull();
  });

  it('refuses a tab id that is not a whole number', () => {
    expect(checkMessage('reload-when-granted', { type: 'reload-when-granted', tabId: 3 })).not.toBeNull();
    expect(checkMessage('reload-when-granted', { type: 'reload-when-granted', tabId: 3.5 })).toBeNull();
    expect(checkMessage('reload-when-granted', { type: 'reload-when-granted', tabId: '3' })).toBeNull();
  });

  it('checks a page’s answer about its state', () => {
    const state = { host: 'news.example.com', active: true, info: NO_INFO, claims: engineClaims(2) };
    expect(v.is(PageStateSchema, state)).toBe(true);
    expect(v.is(PageStateSchema, { ...state, claims: 'all of them' })).toBe(false);
  });
});
