import { describe, expect, it } from 'vitest';
import { describeOne } from './describe-helper';

/**
 * The kind of a source read from its whole noun phrase: an unnamed group of experts, a state by its noun,
 * a rank held in a civil service, a name after "the", a company's member named by name, a hyphenated
 * masthead. Sentences of our own, one or more per rule.
 */
const cases: { why: string; sentence: string; phrase: string; kind: string; name?: string }[] = [
  // A profession's plural with nobody named is an unnamed group.
  { why: 'scientists, nobody named', sentence: 'Scientists believe the glacier holds 40 cubic kilometres of ice.', phrase: '40 cubic', kind: 'anonymous', name: 'Scientists' },
  { why: 'lower-case words before the group', sentence: 'Some independent analysts estimate 15 mines closed.', phrase: '15 mines', kind: 'anonymous' },
  { why: 'a group named by its body stays the body’s', sentence: 'Researchers at Fenwick University found 9 new species.', phrase: '9 new', kind: 'organisation' },
  { why: 'a body noun before the group stays the body’s', sentence: 'University researchers found 9 new species.', phrase: '9 new', kind: 'organisation' },
  // A state by its noun speaks for its government.
  { why: 'the country', sentence: 'The country said 2 million migrants had arrived by then.', phrase: '2 million', kind: 'government' },
  { why: 'the nation', sentence: 'The nation says 40 ships were seized.', phrase: '40 ships', kind: 'government' },
  { why: 'the country’s bank is still a bank', sentence: "The country's largest bank said 40 branches would shut.", phrase: '40 branches', kind: 'organisation' },
  { why: 'a county by name', sentence: 'Marsh County said 30 roads were closed.', phrase: '30 roads', kind: 'government', name: 'Marsh County' },
  { why: 'a city by "City of"', sentence: 'The City of Larch said 30 roads were closed.', phrase: '30 roads', kind: 'government' },
  { why: 'a county’s tally is still a tally', sentence: 'The county tally gives her 1,280 votes.', phrase: '1,280 votes', kind: 'reported' },
  // A rank held in a civil service is an official of it; in an armed force it stays military.
  { why: 'a captain of a fire department', sentence: 'Capt. Ana Kell of the Dunmore Fire Department said 12 homes burned.', phrase: '12 homes', kind: 'government' },
  { why: 'a sergeant of the police', sentence: 'Sgt. Li Wen of the harbour police said 4 boats were seized.', phrase: '4 boats', kind: 'government' },
  { why: 'a captain of a navy stays military', sentence: 'Capt. Ivo Marsh of the navy said 3 boats sank.', phrase: '3 boats', kind: 'military' },
  // A capitalised name after "the" is a body's, never a person's.
  { why: 'an orchestra by name', sentence: 'The Larchmont Players said 12 concerts were cancelled.', phrase: '12 concerts', kind: 'organisation', name: 'The Larchmont Players' },
  { why: 'a team by name', sentence: 'The Marsh Raiders said 12 games were cancelled.', phrase: '12 games', kind: 'organisation' },
  { why: 'a title after "the" still marks a person', sentence: 'The Rev. Ana Moss said 30 families were fed.', phrase: '30 families', kind: 'person' },
  // A company's member named by name speaks as a person.
  { why: "a company's spokeswoman by name", sentence: 'Kestrel Airlines spokeswoman Dana Cole said 12 flights were cancelled.', phrase: '12 flights', kind: 'person', name: 'Dana Cole' },
  { why: "a company's officials unnamed stay the company's", sentence: 'Kestrel Airlines officials said 12 flights were cancelled.', phrase: '12 flights', kind: 'organisation' },
  // In a phrase of common nouns the head noun says what it is; an unnamed office speaks for the body before it.
  { why: 'an association of a state is an association', sentence: 'The state nurses association said 300 posts were empty.', phrase: '300 posts', kind: 'organisation' },
  { why: 'a multiword entry at the head is read whole', sentence: 'The state news agency said 300 posts were empty.', phrase: '300 posts', kind: 'media' },
  { why: 'state police stay government', sentence: 'State police said 300 cars were checked.', phrase: '300 cars', kind: 'government' },
  { why: "a union's president, unnamed", sentence: 'A union president said 300 members walked out.', phrase: '300 members', kind: 'organisation' },
  { why: "a club's chairman, unnamed", sentence: 'The club chairman said 300 seats were sold.', phrase: '300 seats', kind: 'organisation' },
  { why: 'a police chief, unnamed, stays government', sentence: 'The police chief said 300 cars were checked.', phrase: '300 cars', kind: 'government' },
  // A single capitalised word after "the" is a body's.
  { why: 'a one-word name after "the"', sentence: 'The Brotherhood said 300 members were jailed.', phrase: '300 members', kind: 'organisation' },
  // Each part of a hyphenated masthead is read.
  { why: 'a hyphenated masthead', sentence: 'The Marsh Times-Herald reported 12 arrests.', phrase: '12 arrests', kind: 'media' },
];

describe('kinds from the whole noun phrase', () => {
  for (const c of cases) {
    it(`${c.why}: ${c.sentence}`, () => {
      const { source } = describeOne(c.sentence, { phrase: c.phrase });
      expect(source.kind).toBe(c.kind);
      if (c.name) expect(source.name).toBe(c.name);
    });
  }
});
