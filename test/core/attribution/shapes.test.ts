import { describe as group, expect, it } from 'vitest';
import { describeOne } from './describe-helper';

/** Shapes of attribution news writing uses often, in sentences written for these tests. */
group('common shapes of attribution', () => {
  it('takes the name in apposition before "told", not the one told', () => {
    const claim = describeOne('“We moved 90 families,” a city housing officer, Petra Lunde, told the Harbour Gazette.', { phrase: '90 families' });
    expect(claim.source).toMatchObject({ kind: 'person', name: 'Petra Lunde', cue: 'told' });
  });

  it('reads an aside of anonymity as an anonymous source', () => {
    const claim = describeOne('Three engineers, speaking on condition of anonymity, said 25 turbines had failed.', { phrase: '25 turbines' });
    expect(claim.source.kind).toBe('anonymous');
    expect(claim.source.name).toMatch(/^Three engineers/);
  });

  it('takes the subject of a participial aside', () => {
    const claim = describeOne('The survey, carried out in May, found 35% of tenants behind on rent.', { phrase: '35%', kind: 'percent' });
    expect(claim.source).toMatchObject({ kind: 'organisation', name: 'The survey', cue: 'found' });
  });

  it('keeps "official data" as the source when nobody is behind it by name', () => {
    const claim = describeOne('Wages rose 4.1% in June, official data showed.', { phrase: '4.1%', kind: 'percent' });
    expect(claim.source).toMatchObject({ kind: 'government', name: 'official data', cue: 'showed' });
    expect(claim.subject).toBe('Wages');
  });

  it('reads a lexicon name starting with "The" as the institution, not a person', () => {
    const claim = describeOne('The White House said 600 advisers would travel.', { phrase: '600 advisers' });
    expect(claim.source).toMatchObject({ kind: 'government', name: 'The White House' });
  });

  it('reads a name through the dots of an abbreviation', () => {
    const claim = describeOne('The U.S. Census Bureau said 8 counties lost population.', { phrase: '8 counties' });
    expect(claim.source).toMatchObject({ kind: 'government', name: 'The U.S. Census Bureau' });
  });

  it('reads "a report by X" as X', () => {
    const claim = describeOne('Rents rose 9% last year, according to a report by the Tenant Union of Malmo.', { phrase: '9%', kind: 'percent' });
    expect(claim.source).toMatchObject({ kind: 'organisation', name: 'the Tenant Union of Malmo', cue: 'according to' });
  });

  it('chains a "citing" aside between the name and its verb', () => {
    const claim = describeOne('The Coastal Post, citing two people familiar with the bids, said the contract was worth $80 million.', {
      phrase: '$80 million',
      kind: 'money',
    });
    expect(claim.source).toMatchObject({ kind: 'media', name: 'The Coastal Post', cue: 'said' });
    expect(claim.source.via).toMatchObject({ kind: 'anonymous', cue: 'citing' });
    expect(claim.subject).toBe('contract');
  });

  it('reads "it is estimated" as reported and hedged', () => {
    const claim = describeOne('It is estimated that 700 wolves roam the range.', { phrase: '700 wolves' });
    expect(claim.source).toMatchObject({ kind: 'reported', name: null });
    expect(claim.hedged).toBe(true);
  });

  it('reads a forecast as attributed', () => {
    const claim = describeOne('Bank economists expect 2 more rate rises.', { phrase: '2 more rate rises' });
    expect(claim.source).toMatchObject({ kind: 'organisation', name: 'Bank economists', cue: 'expect' });
  });
});

it('reads "was quoted as saying by" as a chain through the outlet', () => {
  const claim = describeOne('“We lost 7 tanks,” the brigade commander was quoted as saying by the Eastern Wire news agency.', { phrase: '7 tanks' });
  expect(claim.source).toMatchObject({ kind: 'military', name: 'the brigade commander', cue: 'was quoted as saying' });
  expect(claim.source.via).toMatchObject({ kind: 'media', name: 'the Eastern Wire news agency' });
});

it('reads a name before an age and a role set off by commas', () => {
  const claim = describeOne('Ana Berg, 45, a nurse at the clinic, recalled that 30 patients waited.', { phrase: '30 patients' });
  expect(claim.source).toMatchObject({ kind: 'person', name: 'Ana Berg', cue: 'recalled' });
});

it('reads a person named in apposition after "according to" a role', () => {
  const claim = describeOne('Sales doubled to 8,000 units, according to its founder, Mira Solberg.', { phrase: '8,000 units' });
  expect(claim.source).toMatchObject({ kind: 'person', name: 'Mira Solberg', cue: 'according to' });
  const official = describeOne('Exports reached 90 cargoes, according to the trade minister, Olu Bassey.', { phrase: '90 cargoes' });
  expect(official.source).toMatchObject({ kind: 'government', name: 'Olu Bassey' });
});

it('lets the named lead of a team speak for it', () => {
  const withColleagues = describeOne('Lina Hart and colleagues found 140 new craters on the moon.', { phrase: '140 new craters' });
  expect(withColleagues.source).toMatchObject({ kind: 'person', name: 'Lina Hart', cue: 'found' });
  const team = describeOne("Hart's team estimates that 30% of the ice is new.", { phrase: '30%', kind: 'percent' });
  expect(team.source).toMatchObject({ name: 'Hart', cue: 'estimates' });
});
