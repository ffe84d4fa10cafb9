import { describe as group, expect, it } from 'vitest';
import { describe } from './describe-helper';

/**
 * A source's span is the mention that governs the claim in its own sentence ("she", "the agency"), while
 * its name and kind are those of the one it stands for, so the card names who speaks and the reader can
 * see where the article names them for this claim.
 */
group('the source span is the governing mention, the name its referent', () => {
  const spanOf = (text: string, source: { start: number | null; end: number | null }): string | null =>
    source.start === null || source.end === null ? null : text.slice(source.start, source.end);

  it('"she said" keeps the name of the person named before and points at "she"', () => {
    const text = 'Governor Lena Marsh toured the flooded valley on Monday. She said 300 homes were lost.';
    const [claim] = describe(text, [{ phrase: '300 homes' }]);
    expect(claim!.source).toMatchObject({ kind: 'government', name: 'Lena Marsh', text: 'She', cue: 'said' });
    expect(spanOf(text, claim!.source)).toBe('She');
  });

  it('"it said" keeps the body named before and points at "it"', () => {
    const text = 'The Harbour Authority said it made a loss. It said 14 vessels sat idle.';
    const [claim] = describe(text, [{ phrase: '14 vessels' }]);
    expect(claim!.source).toMatchObject({ name: 'The Harbour Authority', text: 'It' });
    expect(spanOf(text, claim!.source)).toBe('It');
  });

  it('"the company said" keeps the company named before and points at "The company"', () => {
    const text = 'Northwind Grocers has been cutting prices. Shoppers noticed. The company said its deals saved families 40 dollars a month.';
    const [claim] = describe(text, [{ phrase: '40 dollars' }]);
    expect(claim!.source).toMatchObject({ kind: 'organisation', name: 'Northwind Grocers', text: 'The company' });
    expect(spanOf(text, claim!.source)).toBe('The company');
  });

  it('"X, who announced" keeps the name X and points at "who"', () => {
    const text = 'Lena Marsh, who announced a plan to build 40 ferries, toured the port on Monday.';
    const [claim] = describe(text, [{ phrase: '40 ferries' }]);
    expect(claim!.source).toMatchObject({ kind: 'person', name: 'Lena Marsh', text: 'who', cue: 'announced' });
    expect(spanOf(text, claim!.source)).toBe('who');
  });

  it('", which expects" points at "which" and keeps the body', () => {
    const text = 'Tickets went on sale through Harbor Events Group, which expects 5,000 visitors.';
    const [claim] = describe(text, [{ phrase: '5,000 visitors' }]);
    expect(claim!.source).toMatchObject({ name: 'Harbor Events Group', text: 'which' });
  });

  it('a pronoun inside what a speaker named just before says points at that speaker', () => {
    const text = 'Dana Ortiz, the harbor master, said she expected up to 9,000 visitors.';
    const [claim] = describe(text, [{ phrase: 'up to 9,000 visitors' }]);
    expect(claim!.source).toMatchObject({ name: 'Dana Ortiz', text: 'Dana Ortiz, the harbor master' });
    const body = 'The Harbor Authority said it found 40 wrecks.';
    expect(describe(body, [{ phrase: '40 wrecks' }])[0]!.source).toMatchObject({ name: 'The Harbor Authority', text: 'The Harbor Authority' });
  });

  it('a short quotation closed between the speaker and the pronoun does not part them', () => {
    const text = 'Dana Ortiz said “it breaks my heart” whenever she counts the 40 wrecks.';
    expect(spanOf(text, describe(text, [{ phrase: '40 wrecks' }])[0]!.source)).toBe('Dana Ortiz');
  });

  it('a pronoun opening a clause of its own keeps its own span', () => {
    const text = 'Dana Ortiz said the port was busy, but she said 40 boats sank.';
    expect(spanOf(text, describe(text, [{ phrase: '40 boats' }])[0]!.source)).toBe('she');
  });

  it('a pronoun not agreeing with the speaker before stands for its own antecedent, the speaker reporting it', () => {
    // "it" is the Harbor Authority, not Dana Ortiz; Dana Ortiz, who reports what it expects, tells the claim (span-nesting).
    const other = 'The Harbor Authority said 12 ferries were late. Dana Ortiz said it expected 40 boats.';
    const source = describe(other, [{ phrase: '12 ferries' }, { phrase: '40 boats' }])[1]!.source;
    expect(source).toMatchObject({ name: 'Dana Ortiz', cue: 'said' });
  });

  it('a name written in full is its own span', () => {
    const text = 'Harbour officials said 25 cranes were idle.';
    const [claim] = describe(text, [{ phrase: '25 cranes' }]);
    expect(spanOf(text, claim!.source)).toBe(claim!.source.text);
    expect(claim!.source.text).toBe(claim!.source.name);
  });
});
