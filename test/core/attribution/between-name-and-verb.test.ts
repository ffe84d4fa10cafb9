import { describe as group, expect, it } from 'vitest';
import { phraseBefore } from '../../../src/core/attribution/phrases';
import { describe } from './describe-helper';

/**
 * What the walk back from a verb of saying passes before it reaches the speaker's name, and what it must
 * not take for a name: each kind of text on a sentence of its own.
 */
const sourceOf = (text: string, phrase: string) => describe(text, [{ phrase }])[0]!.source;

group('words between a name and its verb are passed, not named', () => {
  it('a party and state in parentheses after a title and name', () => {
    expect(sourceOf('Sen. Ana Ruiz (D-Ore.) said 40 ferries were idle.', '40 ferries')).toMatchObject({ kind: 'government', name: 'Sen. Ana Ruiz' });
    expect(sourceOf('Rep. Sam Reyes (R) said 12 bridges were closed.', '12 bridges')).toMatchObject({ kind: 'government', name: 'Rep. Sam Reyes' });
  });

  it('a party and state set off by commas', () => {
    expect(sourceOf('Rep. Sam Reyes, R-Tex., says the plan gives 1,200 boats to the port.', '1,200 boats')).toMatchObject({ name: 'Rep. Sam Reyes' });
  });

  it('a day with its part of the day', () => {
    expect(sourceOf('Ruiz on Tuesday night warned that 40 ferries were idle.', '40 ferries').name).toBe('Ruiz');
  });

  it('a day after "earlier", but not a day that is part of a name', () => {
    expect(sourceOf('Lena Marsh earlier Thursday said the panel held 75 hearings.', '75 hearings').name).toBe('Lena Marsh');
    expect(sourceOf('Voters heading to the polls on Super Tuesday said 40 ferries were idle.', '40 ferries').name).not.toBe('Super');
  });

  it('an auxiliary and an adverb after an aside set off by commas', () => {
    const text = 'The Delta Group, a consulting firm, has calculated that the plan cuts costs by 23 percent.';
    expect(sourceOf(text, '23 percent')).toMatchObject({ kind: 'organisation', name: 'The Delta Group' });
    expect(sourceOf('Lena Marsh, the mayor, has repeatedly promised to hire 500 officers.', '500 officers').name).toBe('Lena Marsh');
  });

  it('an age with "then" set off by commas, which describes the speaker and is not what they say', () => {
    const text = 'Ms. Lind, then 41, said she was paid 300 dollars a week.';
    const [age, pay] = describe(text, [{ phrase: '41' }, { phrase: '300 dollars a week' }]);
    expect(age!.source.kind).toBe('article');
    expect(pay!.source).toMatchObject({ kind: 'person', name: 'Ms. Lind' });
  });

  it('a time gone by and adverbs of frequency', () => {
    expect(sourceOf('Lena Marsh has in the past said that 40 ferries were idle.', '40 ferries').name).toBe('Lena Marsh');
    expect(sourceOf('Lena Marsh often explained that 40 ferries were idle.', '40 ferries').name).toBe('Lena Marsh');
  });
});

group('a name whose last word could be a verb', () => {
  it('reads "Project" after a capitalised word as part of the name, and a project as an organisation', () => {
    expect(sourceOf('The Harbor Safety Project said that 19 ferries were idle.', '19 ferries')).toMatchObject({
      kind: 'organisation',
      name: 'The Harbor Safety Project',
    });
  });

  it('still reads a capitalised word opening the sentence as the carrier it is', () => {
    expect(sourceOf('Estimates show 19 ferries were idle.', '19 ferries').name).toBeNull();
  });
});

group('a contracted pronoun is a pronoun', () => {
  it('"They’ve" before a verb of saying stands for the body named before', () => {
    const text = 'The Ferry Workers Union said wages had fallen. They’ve said 300 crew members were laid off.';
    // The span is the pronoun itself, without the auxiliary written onto it (span-mention.test.ts).
    expect(sourceOf(text, '300 crew members')).toMatchObject({ name: 'The Ferry Workers Union', text: 'They' });
  });
});

group('a sentence opening with a phrase before its subject', () => {
  it('"In a statement, X … and said" speaks in the voice of X, not of "In"', () => {
    const text = 'In a statement, Gov. Ana Ruiz (D) thanked the crews and said the state spent $26 million on repairs.';
    expect(sourceOf(text, '$26 million')).toMatchObject({ kind: 'government', name: 'Gov. Ana Ruiz' });
  });

  it('"So X toured … and said" speaks in the voice of X', () => {
    expect(sourceOf('So Lena Marsh toured the port and said 40 ferries were idle.', '40 ferries').name).toBe('Lena Marsh');
  });
});

group('a possessive source', () => {
  it('an acronym with a possessive is an organisation, not a person', () => {
    expect(sourceOf('The HSB’s estimate puts the cost at $40 billion.', '$40 billion').kind).toBe('organisation');
  });
});

group('a word that is also a verb, read as what it is', () => {
  it('"according to a recent report from X" names X, the report being a noun before "from"', () => {
    expect(sourceOf('Ferry traffic rose 19 percent, according to a recent report from the Harbor Data Group.', '19 percent')).toMatchObject({
      kind: 'organisation',
      name: 'the Harbor Data Group',
    });
  });

  it('a lone capitalised adjective before a noun that is also a verb names no one', () => {
    expect(sourceOf('Ten counties lean left, compared with 14 solidly Democratic states.', '14').kind).toBe('article');
    expect(sourceOf('The plan reaches 12 mostly Republican states.', '12').kind).toBe('article');
  });
});

group('words that are never a speaker’s name', () => {
  it('a negated auxiliary before a verb', () => {
    const text = 'Most new ferries aren’t admitted to the harbor.';
    expect(phraseBefore(text, text.indexOf('admitted'), 0)).toBeNull();
  });

  it('a word opening a quotation is not the subject of a participle after the speaker', () => {
    const text = '“That is the plan for the whole coast,” he said, adding: “A deckhand earning $10 an hour will gain.”';
    const source = sourceOf(text, '$10 an hour');
    expect(source.text).toBe('he');
    expect(source.name).not.toBe('That');
  });
});
