import { describe, expect, it } from 'vitest';
import { describeOne } from './describe-helper';

/**
 * Kinds of text read by their structure rather than by lists of names: speakers named by a common noun alone,
 * "released" before a count (an act, not a statement), a hedge that stops where a comma opens a relative clause,
 * whoever follows a closed quotation, the subject before a participial clause, "say" with its subject after it,
 * and passive verbs of belief with nobody named. Sentences of our own.
 */
describe('people the lexicon knows, by a common noun with nobody named, are a group the article does not name', () => {
  const cases = [
    { why: 'people the lexicon knows, after the claim', sentence: 'The flood reached 40 homes, local residents said.', phrase: '40 homes', name: 'local residents' },
    { why: 'a determiner before the plural', sentence: 'Some witnesses told the court 15 boats had gone.', phrase: '15 boats', name: 'Some witnesses' },
  ];
  for (const c of cases) {
    it(`${c.why}: ${c.sentence}`, () => {
      const { source } = describeOne(c.sentence, { phrase: c.phrase });
      expect(source.kind).toBe('anonymous');
      expect(source.name).toBe(c.name);
    });
  }

  it('a capitalised plural alone may be a surname, no group: Adams said 40 homes flooded.', () => {
    expect(describeOne('Adams said 40 homes flooded.', { phrase: '40 homes' }).source.kind).not.toBe('anonymous');
  });

  it('a plural with an owner stays the owner’s: Harbour Board officials said 40 boats sank.', () => {
    expect(describeOne('Harbour Board officials said 40 boats sank.', { phrase: '40 boats' }).source.kind).not.toBe('anonymous');
  });

  it('a singular common noun with an article names nobody either: A neighbour said 40 homes flooded.', () => {
    const { source } = describeOne('A neighbour said 40 homes flooded.', { phrase: '40 homes' });
    expect(source.kind).toBe('anonymous');
    expect(source.name).toBe('A neighbour');
  });

  it('a person the lexicon knows, by a common noun alone, is anonymous too: A witness told reporters 12 cars burned.', () => {
    const { source } = describeOne('A witness told reporters 12 cars burned.', { phrase: '12 cars' });
    expect(source.kind).toBe('anonymous');
    expect(source.name).toBe('A witness');
  });

  it('a name beside the common noun is a person: The neighbour Ana Ruiz said 40 homes flooded.', () => {
    expect(describeOne('The neighbour Ana Ruiz said 40 homes flooded.', { phrase: '40 homes' }).source.kind).toBe('person');
  });

  it('"they" after an unnamed group points at it: Local farmers said they lost 300 sheep.', () => {
    const { source } = describeOne('Local farmers said they lost 300 sheep.', { phrase: '300 sheep' });
    expect(source.kind).toBe('anonymous');
    expect(source.name).toBe('Local farmers');
  });
});

describe('"released" before a count narrates an act', () => {
  it('a count of things let go of is the article’s: The next spring, the rebels released three videos of the crew.', () => {
    const { source } = describeOne('The next spring, the rebels released three videos of the crew.', { phrase: 'three videos', quantity: 'three' });
    expect(source.kind).toBe('article');
    expect(source.rule).toBe('article-voice');
  });

  it('money let go of is the article’s: The fund released $2 million in grants.', () => {
    expect(describeOne('The fund released $2 million in grants.', { phrase: '$2 million' }).source.kind).toBe('article');
  });

  it('figures released still tell what they show: The rebels released figures showing 40 villages were taken.', () => {
    const { source } = describeOne('The rebels released figures showing 40 villages were taken.', { phrase: '40 villages' });
    expect(source.kind).not.toBe('article');
  });

  it('publishing a figure is still stating it: The ministry published 40 new cases on Monday.', () => {
    const { source } = describeOne('The ministry published 40 new cases on Monday.', { phrase: '40 new' });
    expect(source.kind).toBe('government');
  });
});

describe('a hedge stops where a comma opens a relative clause', () => {
  it('the clause after ", which" is the writer’s: She is accused of selling the maps, which could bring a fine of up to 9,000 euros.', () => {
    const { source } = describeOne('She is accused of selling the maps, which could bring a fine of up to 9,000 euros.', { phrase: '9,000 euros' });
    expect(source.kind).toBe('article');
  });

  it('what the hedge governs stays reported: She is accused of selling 300 maps.', () => {
    const { source } = describeOne('She is accused of selling 300 maps.', { phrase: '300 maps' });
    expect(source.kind).toBe('reported');
    expect(source.rule).toBe('reported-in-clause');
  });
});

describe('whoever comes right after a closed quotation speaks it, whatever the verb', () => {
  it('a verb of describing after the quotation: "…," the client described in the clinic notes.', () => {
    const text = 'The man went back. "Reaching the gate took 40 minutes as I could manage only 12 steps at a time," the client described in the clinic notes.';
    const { source } = describeOne(text, { phrase: '40 minutes' });
    expect(source.name).toBe('the client');
    expect(source.kind).toBe('anonymous');
    expect(source.rule).toBe('quote-speaker:stance');
  });

  it('without a quotation before it, a common noun before a verb of describing is no speaker: The client described 40 minutes of rest.', () => {
    const { source } = describeOne('The client described 40 minutes of rest.', { phrase: '40 minutes' });
    expect(source.kind).toBe('article');
  });
});

describe('the subject before a reduced participial clause speaks, not the name the clause ends on', () => {
  it('a tool and a place in the clause: Engineers using a crane near Port Lomas have confirmed that 40 beams cracked.', () => {
    const { source } = describeOne('Engineers using a crane near Port Lomas have confirmed that 40 beams cracked.', { phrase: '40 beams' });
    expect(source.name).toBe('Engineers');
  });

  it('a body named by its acronym keeps its kind at the start of a sentence: LPHA scientists using a drone near Port Lomas have found 40 cracks.', () => {
    const { source } = describeOne('LPHA scientists using a drone near Port Lomas have found 40 cracks.', { phrase: '40 cracks' });
    expect(source.name).toBe('LPHA scientists');
    expect(source.kind).toBe('organisation');
  });

  it('after a wire dateline: PORT LOMAS (Wire) - Engineers using a crane near Port Lomas have confirmed that 40 beams cracked.', () => {
    const { source } = describeOne('PORT LOMAS (Wire) - Engineers using a crane near Port Lomas have confirmed that 40 beams cracked.', { phrase: '40 beams' });
    expect(source.name).toBe('Engineers');
  });

  it('a clause of its own after the participle keeps its subject: The reporter was working at the Marsh Times when Ana Ruiz said 40 beams cracked.', () => {
    const { source } = describeOne('The reporter was working at the Marsh Times when Ana Ruiz said 40 beams cracked.', { phrase: '40 beams' });
    expect(source.name).toBe('Ana Ruiz');
  });

  it('a noun in -ing is no participle: The most recent polling in Harbourview shows Lind ahead by 5 points.', () => {
    const { source } = describeOne('The most recent polling in Harbourview shows Lind ahead by 5 points.', { phrase: '5 points' });
    expect(source.kind).not.toBe('article');
    expect(source.name).not.toBe('The most recent');
  });
});

describe('"say" after the claim with its subject after it', () => {
  it('an unnamed group: Symptoms start after 40 days, say experts.', () => {
    const { source } = describeOne('Symptoms start after 40 days, say experts.', { phrase: '40 days' });
    expect(source.kind).toBe('anonymous');
    expect(source.name).toBe('experts');
  });

  it('two people: The flood reached 40 homes, say Ana Ruiz and Tom Lee.', () => {
    const { source } = describeOne('The flood reached 40 homes, say Ana Ruiz and Tom Lee.', { phrase: '40 homes' });
    expect(source.kind).toBe('person');
  });
});

describe('a passive verb of belief with nobody named reports', () => {
  it('"are believed to": Some 300 fishermen are believed to remain at the port.', () => {
    const { source } = describeOne('Some 300 fishermen are believed to remain at the port.', { phrase: '300 fishermen' });
    expect(source.kind).toBe('reported');
    expect(source.cue).toBe('are believed to');
  });

  it('"is thought to": The wreck is thought to hold 40 tonnes of tin.', () => {
    expect(describeOne('The wreck is thought to hold 40 tonnes of tin.', { phrase: '40 tonnes' }).source.kind).toBe('reported');
  });

  it('a forecast stays the article’s: The port is expected to handle 40 ships a day.', () => {
    expect(describeOne('The port is expected to handle 40 ships a day.', { phrase: '40 ships' }).source.kind).toBe('article');
  });
});
