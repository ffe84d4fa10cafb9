import { describe, expect, it } from 'vitest';
import { describeOne } from './describe-helper';

/** Each attribution cue, in sentences written for these tests. */
describe('attribution cues', () => {
  const cases: { sentence: string; phrase: string; quantity?: string; name: string | null; span?: string; cue: string; kind: string }[] = [
    { sentence: 'The port handled 4,200 containers last week, according to the Harbour Authority.', phrase: '4,200 containers', name: 'the Harbour Authority', cue: 'according to', kind: 'government' },
    { sentence: 'According to Statistics Norway, 310 farms closed in the spring.', phrase: '310 farms', name: 'Statistics Norway', cue: 'according to', kind: 'government' },
    { sentence: 'The festival drew 85,000 visitors, as per the Lisbon Daily Courier.', phrase: '85,000 visitors', name: 'the Lisbon Daily Courier', cue: 'as per', kind: 'media' },
    { sentence: 'The regional health agency said 64 patients were treated for smoke inhalation.', phrase: '64 patients', name: 'The regional health agency', cue: 'said', kind: 'government' },
    { sentence: 'Mara Velasquez says 12 volunteers cleaned the beach on Sunday.', phrase: '12 volunteers', name: 'Mara Velasquez', cue: 'says', kind: 'person' },
    { sentence: 'A senior police officer told reporters that 19 suspects had been detained.', phrase: '19 suspects', name: 'A senior police officer', cue: 'told', kind: 'government' },
    { sentence: 'The Baltic Herald reported that 7 ferries were cancelled.', phrase: '7 ferries', name: 'The Baltic Herald', cue: 'reported', kind: 'media' },
    { sentence: 'Northwind Energy estimated that 3,400 homes lost power.', phrase: '3,400 homes', name: 'Northwind Energy', cue: 'estimated', kind: 'organisation' },
    { sentence: 'The rebel commander claimed his fighters had destroyed 14 tanks.', phrase: '14 tanks', name: 'The rebel commander', cue: 'claimed', kind: 'military' },
    { sentence: 'The transport ministry announced 220 new buses for the capital.', phrase: '220 new buses', name: 'The transport ministry', cue: 'announced', kind: 'government' },
    { sentence: 'The central bank believes 2,500 jobs are at risk.', phrase: '2,500 jobs', name: 'The central bank', cue: 'believes', kind: 'government' },
    { sentence: 'Researchers at Linden University found 41 new species of beetle.', phrase: '41 new species', name: 'Researchers at Linden University', cue: 'found', kind: 'organisation' },
    { sentence: 'The Harbour Trust determined that 19 moorings were unsafe.', phrase: '19 moorings', name: 'The Harbour Trust', cue: 'determined', kind: 'organisation' },
    // The card names the charity; the span is the whole phrase that governs "show" (span-mention.test.ts).
    { sentence: "The charity's figures show 9,000 children in temporary housing.", phrase: '9,000 children', name: 'The charity', span: "The charity's figures", cue: 'show', kind: 'organisation' },
    { sentence: 'Data from the Meteorological Office show 23 days of frost this winter.', phrase: '23 days of frost', name: 'the Meteorological Office', cue: 'data from', kind: 'government' },
    { sentence: '"We lost 30 sheep to the flood," said Tomas Berg, a farmer near the river.', phrase: '30 sheep', name: 'Tomas Berg', span: 'Tomas Berg, a farmer near the river', cue: 'said', kind: 'person' },
    { sentence: '"Around 500 people have signed up," the organisers said.', phrase: '500 people', name: 'the organisers', cue: 'said', kind: 'organisation' },
    { sentence: 'The strike closed 80 schools, people familiar with the talks said.', phrase: '80 schools', name: 'people familiar with the talks', cue: 'said', kind: 'anonymous' },
    { sentence: 'The company will cut 1,200 jobs, officials who asked not to be named said.', phrase: '1,200 jobs', name: 'officials who asked not to be named', cue: 'said', kind: 'anonymous' },
    { sentence: 'The army has 6 drones left, according to a source close to the general staff.', phrase: '6 drones', name: 'a source close to the general staff', cue: 'according to', kind: 'anonymous' },
    { sentence: 'The Valley Courier has learned that 17 councillors were warned.', phrase: '17 councillors', name: 'The Valley Courier', cue: 'learned', kind: 'media' },
    { sentence: 'The gang reportedly smuggled 40 kilograms of gold.', phrase: '40 kilograms of gold', quantity: '40', name: null, cue: 'reportedly', kind: 'reported' },
    { sentence: 'The mayor allegedly accepted 15 bribes.', phrase: '15 bribes', name: null, cue: 'allegedly', kind: 'reported' },
    { sentence: 'The smugglers are said to have moved 300 crates.', phrase: '300 crates', name: null, cue: 'are said to', kind: 'reported' },
  ];
  for (const c of cases) {
    it(`${c.cue}: ${c.sentence}`, () => {
      const claim = describeOne(c.sentence, { phrase: c.phrase, quantity: c.quantity });
      expect(claim.source.kind).toBe(c.kind);
      expect(claim.source.name).toBe(c.name);
      expect(claim.source.cue).toBe(c.cue);
      if (c.name !== null) {
        expect(claim.source.text).toBe(c.span ?? c.name);
        expect(c.sentence.slice(claim.source.start!, claim.source.end!)).toBe(c.span ?? c.name);
      }
    });
  }

  it('does not read a capitalised word inside a name as a verb ("the Baltic States")', () => {
    const claim = describeOne('Tourism in the Baltic States grew to 9 million visitors.', { phrase: '9 million visitors', quantity: '9 million' });
    expect(claim.source.kind).toBe('article');
  });

  it('leaves a sentence that names nobody to the article, named after the publisher', () => {
    const claim = describeOne('The bridge is 1,200 metres long.', { phrase: '1,200 metres', kind: 'measure' }, { publisher: 'Harbour Gazette' });
    expect(claim.source).toEqual({ kind: 'article', name: 'Harbour Gazette', text: null, start: null, end: null, cue: null, via: null, rule: 'article-voice' });
  });

  it('gives the article no name when there is no page', () => {
    expect(describeOne('The bridge is 1,200 metres long.', { phrase: '1,200 metres', kind: 'measure' }).source.name).toBeNull();
  });

  it('takes a plain noun before a verb of showing for what the figure comes in, naming nobody', () => {
    const claim = describeOne('The results showed 14 errors in the count.', { phrase: '14 errors' });
    expect(claim.source).toMatchObject({ kind: 'reported', name: null, text: 'The results' });
  });

  it('does not take "reports" used as a noun for a cue', () => {
    const claim = describeOne('Weather reports warned of 40 cm of snow.', { phrase: '40 cm of snow', quantity: '40 cm', kind: 'measure' });
    expect(claim.source.cue).not.toBe('reports');
  });
});

describe('anonymous sources', () => {
  it('reads "sources familiar with" as anonymous', () => {
    const claim = describeOne('The league will add 2 teams, sources familiar with the plan said.', { phrase: '2 teams' });
    expect(claim.source).toMatchObject({ kind: 'anonymous', name: 'sources familiar with the plan', cue: 'said' });
  });

  it('reads "an unnamed source" after "citing" as anonymous', () => {
    const claim = describeOne('The fleet has 9 submarines, citing an unnamed source.', { phrase: '9 submarines' });
    expect(claim.source).toMatchObject({ kind: 'anonymous', name: 'an unnamed source', cue: 'citing' });
  });
});

describe('names that open with more than one determiner', () => {
  it('keeps "the two" before the name, read forwards', () => {
    const claim = describeOne('The merger frees 300 stores, according to the two retailers.', { phrase: '300 stores' });
    expect(claim.source.name).toBe('the two retailers');
  });

  it('keeps "the two" before the name, read backwards', () => {
    const claim = describeOne('The two retailers said 300 stores would be sold.', { phrase: '300 stores' });
    expect(claim.source.name).toBe('The two retailers');
  });
});

describe('verbs that are also nouns', () => {
  it('reads "X estimates" followed by what is estimated as a cue', () => {
    const claim = describeOne('Harbor Analytics estimates container rates rose 12% this month.', { phrase: '12%', kind: 'percent' });
    expect(claim.source).toMatchObject({ name: 'Harbor Analytics', cue: 'estimates' });
    expect(claim.subject).toBe('container rates');
  });

  it('does not read "police reports show" as the police reporting', () => {
    const claim = describeOne('Police reports show 14 thefts in the station.', { phrase: '14 thefts' });
    expect(claim.source).toMatchObject({ kind: 'government', name: 'Police', cue: 'show' });
  });
});
