import { describe, expect, it } from 'vitest';
import { describe as describeText, describeOne } from './describe-helper';

/** Each kind of source, from cue words, the shape of the name and the lexicon. */
describe('source kinds', () => {
  const cases: { sentence: string; phrase: string; name: string; kind: string }[] = [
    // government: ministries, agencies, officials, presidents, and a capital speaking for its state
    { sentence: 'The Ministry of Fisheries said 18 trawlers were seized.', phrase: '18 trawlers', name: 'The Ministry of Fisheries', kind: 'government' },
    { sentence: 'Local officials said 27 houses were flooded.', phrase: '27 houses', name: 'Local officials', kind: 'government' },
    { sentence: 'President Ana Moreau said 90 prisoners would be freed.', phrase: '90 prisoners', name: 'President Ana Moreau', kind: 'government' },
    { sentence: 'Ottawa says 5,000 permits were issued.', phrase: '5,000 permits', name: 'Ottawa', kind: 'government' },
    { sentence: 'Police said 8 cars were stolen overnight.', phrase: '8 cars', name: 'Police', kind: 'government' },
    { sentence: 'The Bureau of Harbour Statistics said 410 ships called.', phrase: '410 ships', name: 'The Bureau of Harbour Statistics', kind: 'government' },
    { sentence: 'The National Avalanche Service said 9 slopes were closed.', phrase: '9 slopes', name: 'The National Avalanche Service', kind: 'government' },
    // military
    { sentence: 'The navy said 3 vessels were intercepted.', phrase: '3 vessels', name: 'The navy', kind: 'military' },
    { sentence: 'Colonel Ivo Marsh said 45 rockets were fired.', phrase: '45 rockets', name: 'Colonel Ivo Marsh', kind: 'military' },
    { sentence: 'The Pentagon said 2,000 troops would deploy.', phrase: '2,000 troops', name: 'The Pentagon', kind: 'military' },
    // media
    { sentence: 'Reuters reported that 11 miners were trapped.', phrase: '11 miners', name: 'Reuters', kind: 'media' },
    { sentence: 'The Northern Times said 600 tickets were sold.', phrase: '600 tickets', name: 'The Northern Times', kind: 'media' },
    { sentence: 'A local radio station reported 9 arrests.', phrase: '9 arrests', name: 'A local radio station', kind: 'media' },
    // person
    { sentence: 'Lena Okafor said 14 hives had died over winter.', phrase: '14 hives', name: 'Lena Okafor', kind: 'person' },
    { sentence: 'Witnesses said 6 shots were fired.', phrase: '6 shots', name: 'Witnesses', kind: 'person' },
    // organisation
    { sentence: 'Harbor Analytics estimated that 1,500 ships were delayed.', phrase: '1,500 ships', name: 'Harbor Analytics', kind: 'organisation' },
    { sentence: 'The Redwood Institute found 72 cases of fraud.', phrase: '72 cases', name: 'The Redwood Institute', kind: 'organisation' },
    { sentence: 'A research group in Brussels said 40 plants could close.', phrase: '40 plants', name: 'A research group in Brussels', kind: 'organisation' },
    { sentence: 'Amnesty International said 130 people were detained.', phrase: '130 people', name: 'Amnesty International', kind: 'organisation' },
    { sentence: 'The opposition party claimed 75 ballots were lost.', phrase: '75 ballots', name: 'The opposition party', kind: 'organisation' },
    // anonymous
    { sentence: 'An unnamed diplomat said 4 envoys were recalled.', phrase: '4 envoys', name: 'An unnamed diplomat', kind: 'anonymous' },
    { sentence: 'Sources said 20 flights were cancelled.', phrase: '20 flights', name: 'Sources', kind: 'anonymous' },
  ];
  for (const c of cases) {
    it(`${c.kind}: ${c.sentence}`, () => {
      const claim = describeOne(c.sentence, { phrase: c.phrase });
      expect({ kind: claim.source.kind, name: claim.source.name }).toEqual({ kind: c.kind, name: c.name });
    });
  }

  it('reads a title of office before a name as speaking for the office', () => {
    const claim = describeOne('Defence minister Karl Aune said 30 jets were ordered.', { phrase: '30 jets' });
    expect(claim.source).toMatchObject({ kind: 'government', name: 'Karl Aune' });
  });

  it('reads a title of office inside a capitalised run, and names its holder without the body before it', () => {
    const claim = describeOne('Alliance Secretary General Ruth Aalto said 11 members agreed.', { phrase: '11 members' });
    expect(claim.source).toMatchObject({ kind: 'government', name: 'Ruth Aalto' });
  });

  it('keeps a named executive with a capitalised job title a person', () => {
    const claim = describeOne('Brightline CEO Sara Lind said 400 staff would move.', { phrase: '400 staff' });
    expect(claim.source).toMatchObject({ kind: 'person', name: 'Brightline CEO Sara Lind' });
  });

  it('keeps a named executive a person', () => {
    const claim = describeOne('Brightline chief executive Sara Lind said 400 staff would move.', { phrase: '400 staff' });
    expect(claim.source).toMatchObject({ kind: 'person', name: 'Sara Lind' });
  });
});

describe('names of one word', () => {
  it('reads a surname the article gave in full before as a person', () => {
    const claims = describeText('Nora Quist runs the bakery. Quist said 200 loaves sell each day.', [{ phrase: '200 loaves' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'person', name: 'Quist' });
  });

  it('reads a lone unknown name the article never gave in full as an institution', () => {
    const claims = describeText('Velmora said it would close 12 stores.', [{ phrase: '12 stores' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'organisation', name: 'Velmora' });
  });

  it('takes no run of capitals, as in a title or a fact box, for a first name and surname', () => {
    const text = 'Products Velmora Home Suite\nVelmora said it would close 12 stores.';
    const claims = describeText(text, [{ phrase: '12 stores' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'organisation', name: 'Velmora' });
  });

  it('takes no sentence-opening "The" for a first name', () => {
    const text = 'The Velmora network grew fast. Velmora said it would close 12 stores.';
    const claims = describeText(text, [{ phrase: '12 stores' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'organisation', name: 'Velmora' });
  });
});

describe('names around asides and inversions', () => {
  it('skips an aside between the name and its verb', () => {
    const claims = describeText('Korvex, which makes ferry engines, said 18 orders were cancelled.', [{ phrase: '18 orders' }]);
    expect(claims[0]!.source).toMatchObject({ name: 'Korvex', cue: 'said' });
  });

  it('keeps the name before an apposition', () => {
    const claims = describeText('Ines Laroche, a spokeswoman for the port, said 6 cranes broke down.', [{ phrase: '6 cranes' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'person', name: 'Ines Laroche' });
  });

  it('does not take the object of an inverted "said" for a speaker', () => {
    const claims = describeText('The company, facing losses, said the plan will save 40 jobs.', [{ phrase: '40 jobs' }]);
    expect(claims[0]!.source.name).not.toBe('the plan');
  });

  it('attributes "put the figure at" but not every "put"', () => {
    const claims = describeText('The coroner put the toll at 23 people. She put 5 files on the desk.', [{ phrase: '23 people' }, { phrase: '5 files' }]);
    expect(claims.map((c) => c.source.cue)).toEqual(['put', null]);
  });

  it('does not read a hyphenated compound as a statement', () => {
    const claims = describeText('The car has a range of 300 miles under the agency-estimated cycle.', [{ phrase: '300 miles', kind: 'measure' }]);
    expect(claims[0]!.source.kind).toBe('article');
  });
});

describe('abbreviations with dots', () => {
  it('reads "the U.N." as an organisation and "the U.S." as a government', () => {
    const un = describeText('The U.N. said 300 trucks were waiting.', [{ phrase: '300 trucks' }]);
    const us = describeText('The U.S. said 12 ships were escorted.', [{ phrase: '12 ships' }]);
    expect(un.map((c) => c.source.kind)).toEqual(['organisation']);
    expect(us.map((c) => c.source.kind)).toEqual(['government']);
  });
});

describe('an office in an apposition', () => {
  it('makes the named person speak for the government', () => {
    const claim = describeOne('Ana Ruiz, the health minister, said 80 clinics would open.', { phrase: '80 clinics' });
    expect(claim.source).toMatchObject({ kind: 'government', name: 'Ana Ruiz' });
  });

  it('leaves a person with another role a person', () => {
    const claim = describeOne('Ana Ruiz, a local baker, said 80 loaves sold.', { phrase: '80 loaves' });
    expect(claim.source).toMatchObject({ kind: 'person', name: 'Ana Ruiz' });
  });
});

it('reads the office of a spokesperson from the body they speak for', () => {
  const claim = describeOne('Ivo Lang, a spokesman for the defence ministry, said 5 jets were grounded.', { phrase: '5 jets' });
  expect(claim.source).toMatchObject({ kind: 'government', name: 'Ivo Lang' });
});
