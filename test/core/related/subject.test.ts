import { describe, expect, it } from 'vitest';
import { matchKey, subjectTerms, subjectsCompatible } from '../../../src/core/related/subject';

describe('subjectTerms', () => {
  it('finds the head noun as a lemma and keeps the modifiers', () => {
    expect(subjectTerms('artillery shells')).toEqual({ head: 'shell', modifiers: ['artillery'] });
    expect(subjectTerms('shells')).toEqual({ head: 'shell', modifiers: [] });
  });

  it('drops the numbers and unit abbreviations inside a subject', () => {
    expect(subjectTerms('155 mm shells')).toEqual({ head: 'shell', modifiers: [] });
  });

  it('takes the head before a complement', () => {
    expect(subjectTerms('shipments of military equipment')).toEqual({
      head: 'shipment',
      modifiers: ['military', 'equipment'],
    });
  });

  it('returns null for a subject with no noun', () => {
    expect(subjectTerms('the 155')).toBeNull();
  });
});

describe('subjectsCompatible', () => {
  const terms = (s: string) => subjectTerms(s)!;

  it('lets "shells" and "artillery shell" meet', () => {
    expect(subjectsCompatible(terms('shells'), terms('artillery shell'))).toBe(true);
  });

  it('keeps apart subjects whose modifiers disagree', () => {
    expect(subjectsCompatible(terms('diplomatic facilities'), terms('military facilities'))).toBe(false);
    expect(subjectsCompatible(terms('diplomatic facilities'), terms('diplomatic facility'))).toBe(true);
  });

  it('never matches different heads', () => {
    expect(subjectsCompatible(terms('shells'), terms('missiles'))).toBe(false);
  });
});

describe('matchKey', () => {
  it('joins head and dimension, so a count of shells and a price of shells do not share a key', () => {
    expect(matchKey({ kind: 'count', subject: 'artillery shells', unit: 'shell' })).toBe('shell|count');
    expect(matchKey({ kind: 'money', subject: '155 mm shells', unit: 'dollar' })).toBe('shell|money:dollar');
  });

  it('falls back to the counted noun for a count without a subject', () => {
    expect(matchKey({ kind: 'count', subject: null, unit: 'embassy' })).toBe('embassy|count');
  });

  it('puts compatible measures in one dimension and refuses ranks', () => {
    expect(matchKey({ kind: 'measure', subject: 'the runway', unit: 'metre' })).toBe('runway|length');
    expect(matchKey({ kind: 'measure', subject: 'the runway', unit: 'foot' })).toBe('runway|length');
    expect(matchKey({ kind: 'rank', subject: 'economies', unit: null })).toBeNull();
  });

  it('gives no key to money or measures without a subject', () => {
    expect(matchKey({ kind: 'money', subject: null, unit: 'dollar' })).toBeNull();
  });

  it('treats a pack or page unit named like an Object.prototype member as an ordinary unknown unit', () => {
    expect(matchKey({ kind: 'measure', subject: 'things', unit: 'constructor' })).toBe('thing|unit:constructor');
    expect(matchKey({ kind: 'money', subject: 'things', unit: 'toString' })).toBe('thing|money:tostring');
  });
});
