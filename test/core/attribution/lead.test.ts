import { describe as group, expect, it } from 'vitest';
import { describe } from './describe-helper';

group('a leading adverbial clause is outside the cue', () => {
  it('a number in an opening "After …," clause stays with the article', () => {
    const claims = describe('After 12 ferries were cancelled in May, the port authority said 300 crossings would be added.', [
      { phrase: '12 ferries' },
      { phrase: '300 crossings' },
    ]);
    expect(claims.map((c) => c.source.kind)).toEqual(['article', 'government']);
  });

  it('"But with …," before the speaker is not governed by the speaker', () => {
    const [claim] = describe('But with the vote only 20 days away, she said the bill was dead.', [{ phrase: '20 days' }]);
    expect(claim!.source.kind).toBe('article');
  });

  it('a cue inside the opening clause still governs it', () => {
    const [claim] = describe('As the ministry said 40 schools would close, parents protested.', [{ phrase: '40 schools' }]);
    expect(claim!.source.kind).toBe('government');
  });

  it('a sentence opening with its subject keeps the cue over its numbers', () => {
    const [claim] = describe('The port authority said 300 crossings would be added, after complaints.', [{ phrase: '300 crossings' }]);
    expect(claim!.source.kind).toBe('government');
  });
});

group('a speaker inside a relative clause speaks only within it', () => {
  it('a number in the noun phrase before ", which X said" stays with the article', () => {
    const claims = describe('The ferry pass, a $45-a-month ticket, which transit director Lea Moss said has 8,000 holders, is popular.', [
      { phrase: '$45', kind: 'money' },
      { phrase: '8,000 holders' },
    ]);
    expect(claims.map((c) => c.source.kind)).toEqual(['article', 'person']);
  });

  it('a speaker before the relative clause still governs the sentence', () => {
    const [claim] = describe('Lea Moss said 8,000 riders, who pay monthly, use the pass.', [{ phrase: '8,000 riders' }]);
    expect(claim!.source).toMatchObject({ name: 'Lea Moss' });
  });
});
