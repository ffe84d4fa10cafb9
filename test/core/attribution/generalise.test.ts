/**
 * The kinds of miss seen on text the rules were not written against, each in a sentence of our own:
 * speakers named after a quotation, cues that are no verb of saying, kinds read from the whole phrase
 * and its apposition, titles, and the rule that chose each source.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeText, describeOne } from './describe-helper';

const source = (text: string, phrase: string, quantity?: string) => describeOne(text, { phrase, ...(quantity ? { quantity } : {}) }).source;

describe('speakers around a quotation', () => {
  it('gives a quotation to the speaker named after it, not to a cue inside it', () => {
    const s = source("'We are proud to serve 14 clinics,' said Dana Ortiz, the network's director.", '14 clinics');
    expect(s).toMatchObject({ kind: 'person', name: 'Dana Ortiz' });
    const inside = source('"I never heard him say 40 words," Ana Berg said.', '40 words');
    expect(inside).toMatchObject({ name: 'Ana Berg', rule: 'quote-speaker' });
  });

  it('finds a speaker set off by commas with an adverb before the verb', () => {
    const s = source('The league\'s finance chief, Sam Reyes, later said that "more than 90 percent" of fans stayed.', '90 percent', '90 percent');
    expect(s).toMatchObject({ kind: 'person', name: 'Sam Reyes' });
  });

  it('looks past the closing mark for a speaker when the sentence names none outside the quotation', () => {
    const [claim] = describeText('"Boats are late, and we lost 30 crates this week" — the harbour master said so.', [{ phrase: '30 crates' }]);
    expect(claim!.source).toMatchObject({ name: 'the harbour master' });
    expect(claim!.source.rule).toMatch(/^quote-speaker/);
  });
});

describe('cues that are not verbs of saying', () => {
  it('reads what a figure comes in as its source, naming nobody', () => {
    expect(source('The polling average shows the senator with a 6-point lead.', '6-point lead', '6')).toMatchObject({
      kind: 'reported',
      name: null,
      text: 'The polling average',
    });
    expect(source('Dairy output fell 12 percent, according to exit polls.', '12 percent', '12')).toMatchObject({ text: 'exit polls' });
  });

  it('takes "in a poll" and "a poll released Saturday found" as cues', () => {
    expect(source('In a Harbour Post survey released Monday, 50 percent of riders chose the tram.', '50 percent', '50').kind).not.toBe('article');
    expect(source('A Harbour Post poll released Saturday found that 28 percent of riders chose the tram.', '28 percent', '28').kind).not.toBe('article');
  });

  it('gives a figure in a relative clause to the noun the clause hangs on', () => {
    expect(source('Figures released Friday, which showed 120,000 jobs added, lifted the index.', '120,000 jobs')).toMatchObject({ kind: 'reported', text: 'Figures' });
  });

  it('reads "cited", "pledged", "proposed" and kin as cues', () => {
    expect(source('That is less than the $40 million figure the mayor cited.', '$40 million')).toMatchObject({ kind: 'government', name: 'the mayor' });
    for (const verb of ['pledged', 'proposed', 'promised', 'vowed', 'urged', 'declared', 'called for', 'pointed to', 'threatened', 'demanded', 'offered', 'sought']) {
      expect(source(`Governor Lena Dahl ${verb} 300 new buses.`, '300 new buses').name).toBe('Governor Lena Dahl');
    }
  });

  it('lets "it" continue a company named before', () => {
    const [claim] = describeText('Skyway Air said it would grow. It announced an order worth $9 billion.', [{ phrase: '$9 billion' }]);
    expect(claim!.source).toMatchObject({ kind: 'organisation', name: 'Skyway Air' });
  });

  it('does not give a figure to a source that holds it', () => {
    expect(source('Twenty-four percent said they would walk.', 'Twenty-four percent', 'Twenty-four').kind).toBe('article');
  });

  it('lets a cue between commas govern the whole sentence, a leading clause included', () => {
    expect(source('After small rises over the next two years, the budget office said, costs will climb.', 'two years', 'two')).toMatchObject({
      name: 'the budget office',
      rule: 'cue-sentence-wide',
    });
  });
});

describe('kinds from the whole phrase and its apposition', () => {
  it('takes what the apposition says a body is', () => {
    expect(source('The Global Freight Forum, an industry body, said 300 ships were idle.', '300 ships').kind).toBe('organisation');
    expect(source('The Quayside Ledger, a newspaper, said 300 ships were idle.', '300 ships').kind).toBe('media');
  });

  it('lets a company\'s officials speak for the company, and a place\'s for its government', () => {
    expect(source('Acme Power officials said 12 plants were shut.', '12 plants').kind).toBe('organisation');
    expect(source('Officials of Brightwater Mills said 12 plants were shut.', '12 plants').kind).toBe('organisation');
    expect(source('Ohio officials said 12 plants were shut.', '12 plants').kind).toBe('government');
  });

  it('keeps "on" inside the name of an institution', () => {
    expect(source('The National Institute on Water Safety has estimated 300 drownings.', '300 drownings')).toMatchObject({
      kind: 'organisation',
      name: 'The National Institute on Water Safety',
    });
  });

  it('knows a space agency and a prisons director speak for government', () => {
    expect(source('NASA said 14 satellites were lost.', '14 satellites').kind).toBe('government');
    expect(source('Prisons director Ana Ruiz said 14 cells were closed.', '14 cells').kind).toBe('government');
  });
});

describe('titles from the one table', () => {
  it('reads "Capt." and "Supt." before a name as titles of office', () => {
    expect(source('Capt. Ana Ruiz said 40 boats sank.', '40 boats')).toMatchObject({ kind: 'military', name: 'Capt. Ana Ruiz' });
    expect(source('Supt. Ana Ruiz said 40 boats sank.', '40 boats')).toMatchObject({ kind: 'government', name: 'Supt. Ana Ruiz' });
  });
});

describe('quotation marks written as two apostrophes', () => {
  it("gives the words between '' and '' to the speaker named after them", () => {
    const [claim] = describeText("''We lost 30 crates this week,'' the harbour master said.", [{ phrase: '30 crates' }]);
    expect(claim!.source).toMatchObject({ name: 'the harbour master' });
    const [later] = describeText("''Boats are late. We lost 30 crates,'' the harbour master said.", [{ phrase: '30 crates' }]);
    expect(later!.source).toMatchObject({ name: 'the harbour master' });
  });
});

describe('a speaker before a colon, and figures "in polls"', () => {
  it('gives a quotation after "Name Surname:" to that speaker', () => {
    const [claim] = describeText('Lena Dahl: "We counted 40 boats in the harbour."', [{ phrase: '40 boats' }]);
    expect(claim!.source).toMatchObject({ kind: 'person', name: 'Lena Dahl', cue: ':' });
  });

  it('reads "in recent polls" as a cue without a determiner', () => {
    expect(source('The mayor led by 8 points in recent polls from Harbour Research.', '8 points', '8').kind).not.toBe('article');
  });
});

describe('a number that describes the speaker', () => {
  it('is not what the speaker says: an age after the name, a relative clause on the name', () => {
    expect(source('"The ferry is late," said Tomas Haines, 44, on the quay.', '44').kind).toBe('article');
    expect(source('Ana Berg, who has met 12 mayors, said the plan works.', '12 mayors').kind).toBe('article');
    expect(source('The 71-year-old diplomat said the talks had ended.', '71-year-old', '71').kind).toBe('article');
  });
});

describe('where a figure is published', () => {
  it('reads "according to polling by X" and "according to the 2019 paper" as sources', () => {
    expect(source('Ferry use rose by nearly 20 points, according to polling by the Harbour Institute.', '20 points', '20').kind).not.toBe('article');
    expect(source('The levy would raise $110 billion a year, according to the 2019 paper.', '$110 billion')).toMatchObject({ text: 'the 2019 paper' });
  });

  it('takes a name after a verb of showing that follows an aside', () => {
    expect(source('A Harbour Post poll, conducted in May, shows Lind with 47 percent.', '47 percent', '47').kind).not.toBe('article');
  });
});

describe('names set off by commas', () => {
  it('reads a role aside ("chair of …") and a parenthesis after the name', () => {
    const s = source('Rep. Ana Ruiz (D-Ore.), chair of the harbour committee, said that the port was "100 percent ready".', '100 percent', '100');
    expect(s.name).toBe('Rep. Ana Ruiz');
  });

  it('reads a name in apposition with joining words inside it', () => {
    expect(source('One pastor, Dan Holt of Grace Church, said he made 150 calls.', '150 calls').name).toBe('Dan Holt of Grace Church');
  });

  it('still reads a cue of its own clause when a stray quotation mark leaves a quotation open', () => {
    const [claim] = describeText('He called it "a start. Later, Ana Ruiz said that 40 boats sank.', [{ phrase: '40 boats' }]);
    expect(claim!.source.name).toBe('Ana Ruiz');
  });
});

describe('a quotation after a speaker named without quoting', () => {
  it('goes on in the voice of the speaker of the sentence before', () => {
    const claims = describeText('Ana Ruiz said the port had grown. "We moved 40 boats this week."', [{ phrase: '40 boats' }]);
    expect(claims[0]!.source).toMatchObject({ name: 'Ana Ruiz' });
  });
});

describe('a share of the people a poll asked', () => {
  it('is no source, for its own figure or another', () => {
    const text = 'Six in 10 riders call the tram reliable, after half said so in March.';
    expect(describeOne(text, { phrase: 'Six in 10', quantity: 'Six' }).source.kind).toBe('article');
    expect(source('Of the riders, 46 percent said yes, while 23 percent of commuters said no.', '46 percent', '46').kind).toBe('article');
  });
});

describe('a survey opening the sentence', () => {
  it('covers the figures of its sentence past the respondents who "said"', () => {
    const s = source('According to a Harbour Post survey, 51 percent of riders said they would pay more.', '51 percent', '51');
    expect(s).toMatchObject({ kind: 'media', cue: 'according to' });
  });
});

describe('a participle of saying', () => {
  it('speaks in the voice of the sentence\'s subject after a comma', () => {
    expect(source('Ana Ruiz praised the port, adding that 40 boats docked.', '40 boats').name).toBe('Ana Ruiz');
  });

  it('is no cue before an object', () => {
    expect(source('Jobless claims fell, with the economy adding 151,000 jobs in May.', '151,000 jobs').kind).toBe('article');
  });
});
