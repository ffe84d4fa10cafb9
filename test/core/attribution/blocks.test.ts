import { describe as group, expect, it } from 'vitest';
import { describe } from './describe-helper';

group('quote blocks', () => {
  it('a lead-in ending a paragraph gives the following paragraphs to the speaker', () => {
    const text = [
      'Rita Oyelaran wrote in a newsletter on Monday that the bridge was failing.',
      'Oyelaran has published her survey notes, which she said explain the problem. Here is what she found.',
      'In my survey I counted 37 cracked bolts.',
      'The worst span sags by 9 centimetres at noon.',
    ].join('\n');
    const claims = describe(text, [{ phrase: '37 cracked bolts' }, { phrase: '9 centimetres', kind: 'measure' }]);
    expect(claims.map((c) => [c.source.kind, c.source.name])).toEqual([
      ['person', 'Oyelaran'],
      ['person', 'Oyelaran'],
    ]);
  });

  it('a colon ending a paragraph opens a block that a new speaker ends', () => {
    const text = [
      'The harbour master, Ivo Dale, explained in a post:',
      'We moved 120 containers overnight.',
      'Port workers said 14 cranes were idle.',
      'Another 30 ships are waiting.',
    ].join('\n');
    const claims = describe(text, [{ phrase: '120 containers' }, { phrase: '14 cranes' }, { phrase: '30 ships' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['Ivo Dale', 'Port workers', null]);
  });

  it('a block in quotation marks ends at the first paragraph that does not open with one', () => {
    const text = ['Mayor Tess Quill told the council:', '"We have 25 snowploughs ready."', 'Snow fell through the night, closing 60 schools.'].join('\n');
    const claims = describe(text, [{ phrase: '25 snowploughs' }, { phrase: '60 schools' }]);
    expect(claims.map((c) => c.source.kind)).toEqual(['government', 'article']);
  });

  it('a block ends a few paragraphs on', () => {
    const paragraphs = ['Ana Kim said:', ...Array.from({ length: 7 }, (_, k) => `Line ${k} of the statement.`), 'Fares rose by 8% in May.'];
    const [claim] = describe(paragraphs.join('\n'), [{ phrase: '8%', kind: 'percent' }]);
    expect(claim!.source.kind).toBe('article');
  });

  it('"he" takes a known person named earlier in the same sentence', () => {
    const text = '"The tide came early," Joan Sato said.\nSato kept a log she said shows 52 high tides this year.';
    const [claim] = describe(text, [{ phrase: '52 high tides' }]);
    expect(claim!.source).toMatchObject({ kind: 'person', name: 'Sato' });
  });
});

group('quotations that go on after the speaker is named', () => {
  it('a quotation reopening after \'"…," X said.\' keeps X across its sentences', () => {
    const text = 'Ada Okoro has fished the bay for years.\n"The nets were empty all week," Okoro said. "Honestly, it is grim. And they want 40 dollars a crate for bait."';
    const [claim] = describe(text, [{ phrase: '40 dollars a crate' }]);
    expect(claim!.source).toMatchObject({ kind: 'person', name: 'Okoro' });
  });

  it('a quotation in a new paragraph that names nobody is not given to an earlier speaker', () => {
    const text = '"The nets were empty all week," Okoro said.\nPrices at the market rose to 40 dollars a crate. "Grim times."';
    const [claim] = describe(text, [{ phrase: '40 dollars a crate' }]);
    expect(claim!.source.kind).toBe('article');
  });
});

group('a lead-in that names only the record it quotes', () => {
  it('"Partial transcript as follows:" covers the paragraphs after it, naming nobody', () => {
    const text = 'The hearing ran late.\nPartial transcript as follows:\nWe closed 14 depots that year. We opened 6 more.\n';
    const claims = describe(text, [{ phrase: '14 depots' }, { phrase: '6 more' }]);
    for (const claim of claims) expect(claim.source).toMatchObject({ kind: 'reported', name: null, text: 'Partial transcript', rule: 'quote-block' });
  });

  it('a lead-in naming no record and no speaker opens no block', () => {
    const [claim] = describe('The hearing ran late.\nHere is how it went:\nWe closed 14 depots that year.\n', [{ phrase: '14 depots' }]);
    expect(claim!.source.kind).toBe('article');
  });
});

group('a verb that is also a noun, before a colon', () => {
  it('"the museum website notes:" speaks the quotation after it', () => {
    const [claim] = describe('The harbour is old, as the museum website notes: "In 1890, some 90 ships docked here."', [{ phrase: 'some 90 ships' }]);
    expect(claim!.source).toMatchObject({ kind: 'reported', text: 'the museum website', cue: 'notes' });
  });
});
