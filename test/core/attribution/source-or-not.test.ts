/**
 * Whether a phrase is the source of a figure: polls in general ("rose in the polls") and a figure counting the
 * source itself ("according to a poll of 900 voters") are not; respondents who say something, and "he" before a
 * verb that is also a noun ("which he estimates"), are. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { describeOne } from './describe-helper';

const source = (text: string, phrase: string, quantity?: string) => describeOne(text, { phrase, ...(quantity ? { quantity } : {}) }).source;

describe('polls in general are where a standing is measured, not a source', () => {
  it('keeps "in the polls" and "in national polls" in the article\'s voice', () => {
    expect(source('Ortiz climbed in the polls to 12 percent by the spring.', '12 percent').kind).toBe('article');
    expect(source('Her approval has stayed above 45 percent in national polls.', '45 percent').kind).toBe('article');
    expect(source('Lind trails by six points in some polls.', 'six points', 'six').kind).toBe('article');
  });

  it('still reads a poll that is named or described as the source', () => {
    expect(source('Lind trails by six points in the Harbour Post poll.', 'six points', 'six').kind).not.toBe('article');
    expect(source('Lind led by 9 points in polls taken in May.', '9 points', '9').kind).not.toBe('article');
    expect(source('Lind led by 9 points in recent polls from PollHub.', '9 points', '9').kind).not.toBe('article');
  });
});

describe('a figure that counts what names the source', () => {
  it('keeps the size of a poll or of those interviewed out of what the source states', () => {
    expect(source('Ortiz leads, according to a poll of 900 likely voters released on Friday.', '900 likely voters', '900').kind).toBe('article');
    expect(source('In interviews with more than 40 officials, the board heard of delays.', '40 officials', '40').kind).toBe('article');
    expect(source('Ortiz leads in the east, according to the new 12-county survey.', '12', '12').kind).toBe('article');
  });

  it('still gives the source what it states after its name', () => {
    expect(source('According to a poll of 900 voters, 54 percent back Ortiz.', '54 percent')).toMatchObject({ text: 'a poll' });
    expect(source('According to the survey, 12 counties report delays.', '12 counties', '12').kind).not.toBe('article');
  });
});

describe('the occasion of speaking opening the sentence', () => {
  it('keeps a figure in "In a two-minute reply, Ruiz said …" out of what is said', () => {
    const text = 'In a two-minute reply, Ruiz said the port needs 40 cranes.';
    expect(source(text, 'two-minute', 'two').kind).toBe('article');
    expect(source(text, '40 cranes')).toMatchObject({ name: 'Ruiz', rule: 'cue-in-clause' });
    expect(source('In his 90-minute speech, Lind said taxes would fall.', '90-minute', '90').kind).toBe('article');
  });

  it('still reads a poll opening the sentence as the source of what follows it', () => {
    expect(source('In a poll released Monday, 54 percent backed Ortiz.', '54 percent').kind).not.toBe('article');
  });
});

describe('respondents who say something are its source', () => {
  it('gives "The top issues, respondents said, are …" to the respondents', () => {
    const text = 'The top issues, respondents said, are transit (31 percent) and rents (22 percent).';
    expect(source(text, '31 percent')).toMatchObject({ text: 'respondents' });
    expect(source(text, '22 percent').kind).not.toBe('article');
  });

  it('still keeps a share of respondents in the article\'s voice', () => {
    expect(source('Forty percent of respondents said no.', 'Forty percent', 'Forty').kind).toBe('article');
  });
});

describe('a verb that is also a noun, after a pronoun naming a speaker', () => {
  it('reads "which he estimates will run 10 more years" as his estimate', () => {
    const text = 'The city is bound by contracts which he estimates will run another 10 years.';
    expect(source(text, '10 years', '10')).toMatchObject({ text: 'he', cue: 'estimates' });
  });

  it('keeps "the $3 billion it plans to raise" in the article\'s voice', () => {
    expect(source('The port still lacks $3 billion it plans to raise.', '$3 billion').kind).toBe('article');
  });
});

describe('a poll named by its day or maker with a possessive', () => {
  it('reads "in Monday\'s poll" as the source of the figure', () => {
    expect(source('Ortiz slipped back to 39 percent in Monday\'s poll.', '39 percent')).toMatchObject({ cue: 'in', text: "Monday's poll" });
  });
});

describe('a cue inside brackets', () => {
  it('speaks only for what the brackets hold', () => {
    const text = 'Coastal towns (61 percent of them flooded, according to the harbour board), Pellan (40 percent) and Marr (35 percent) lead the list.';
    expect(source(text, '61 percent').cue).toBe('according to');
    expect(source(text, '40 percent').kind).toBe('article');
    expect(source(text, '35 percent').kind).toBe('article');
  });
});

describe('an aside on the speaker with abbreviations in it', () => {
  it('keeps "who has known Mr. Ortiz for 20 years" describing the speaker', () => {
    const text = 'The port will reopen, said Tom Baird, a lawyer who has known Mr. Ortiz for 20 years.';
    expect(source(text, '20 years', '20').kind).toBe('article');
    expect(source('Tom Baird, an aide to Gov. J. Ortiz for 12 years, said the port would reopen.', '12 years', '12').kind).toBe('article');
  });
});

describe('"continued" as a verb of going on', () => {
  it('is no cue before an object or "to"', () => {
    expect(source('The harbour board continued its search two miles from the pier.', 'two miles', 'two').kind).toBe('article');
    expect(source('Ferry fares continued to rise, with tickets up 12 percent in May.', '12 percent').kind).toBe('article');
  });

  it('still gives a quotation to whoever "continued" it', () => {
    expect(source('"We have 40 boats left," Ana Ruiz continued.', '40 boats')).toMatchObject({ name: 'Ana Ruiz' });
    expect(source('Ana Ruiz continued: "We have 40 boats left."', '40 boats')).toMatchObject({ name: 'Ana Ruiz' });
  });
});

describe('"saw" as a verb of seeing', () => {
  it('gives no figure to whoever saw something happen', () => {
    expect(source('Lind saw her support fall after the last two debates.', 'two debates', 'two').kind).toBe('article');
    expect(source('The founder saw his stake grow to $550 million.', '$550 million').kind).toBe('article');
  });
});
