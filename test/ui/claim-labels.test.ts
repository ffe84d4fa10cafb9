import { describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../src/core/types';
import { claimCountMessage, firmnessOf, sourceLabel } from '../../src/ui/shared/claim-labels';

function source(partial: Partial<Source>): Source {
  return { kind: 'article', name: null, text: null, start: null, end: null, cue: null, via: null, ...partial };
}

function claim(partial: { hedged?: boolean; range?: [number, number] | null; change?: Claim['quantity']['change']; source?: Source }): Claim {
  return {
    id: 'c1',
    text: 'over 1 million artillery shells',
    start: 0,
    end: 31,
    kind: 'count',
    quantity: {
      text: '1 million',
      start: 5,
      end: 14,
      value: partial.range ? null : 1_000_000,
      range: partial.range ?? null,
      unit: 'shell',
      change: partial.change ?? '=',
    },
    subject: 'artillery shells',
    per: null,
    when: null,
    hedged: partial.hedged ?? false,
    disputedBy: null,
    sentence: { start: 0, end: 40 },
    source: partial.source ?? source({}),
  };
}

describe('firmness', () => {
  it('is exact for a plain figure', () => expect(firmnessOf(claim({}))).toBe('exact'));
  it('is approx for about / over / under', () => {
    expect(firmnessOf(claim({ change: '~' }))).toBe('approx');
    expect(firmnessOf(claim({ change: '>' }))).toBe('approx');
  });
  it('is range for a range', () => expect(firmnessOf(claim({ range: [2000, 3000] }))).toBe('range'));
  it('is hedged whenever the wording hedges, even for a range', () =>
    expect(firmnessOf(claim({ hedged: true, range: [1, 2] }))).toBe('hedged'));
});

describe('source label', () => {
  it('names the source when the article does', () => {
    const c = claim({ source: source({ kind: 'government', name: "South Korea's Unification Ministry" }) });
    expect(sourceLabel(c)).toBe("South Korea's Unification Ministry");
  });
  it('gives the publisher for the article’s own voice, else says “The article”', () => {
    expect(sourceLabel(claim({}), { publisher: 'The Daily' })).toBe('The Daily');
    expect(sourceLabel(claim({}), null)).toBe('The article');
  });
  it('falls back to the kind for unnamed sources', () => {
    expect(sourceLabel(claim({ source: source({ kind: 'anonymous' }) }))).toBe('Unnamed source');
    expect(sourceLabel(claim({ source: source({ kind: 'reported' }) }))).toBe('Reportedly');
  });
  it('shortens long names to fit the popup', () => {
    const label = sourceLabel(claim({ source: source({ kind: 'organisation', name: 'A'.repeat(80) }) }));
    expect(label.length).toBeLessThanOrEqual(40);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('claim count', () => {
  it('reads naturally for 0, 1 and many', () => {
    expect(claimCountMessage(0)).toEqual(['claimCountNone']);
    expect(claimCountMessage(1)).toEqual(['claimCountOne']);
    expect(claimCountMessage(8)).toEqual(['claimCountMany', '8']);
  });
});
