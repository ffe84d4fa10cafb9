/**
 * Where a cue's statement stops short of a figure in its sentence: the "one" of "said at one point", a relative
 * clause of place or time hung on a noun after the cue, an aside after a closing "according to X", and a later
 * clause that a person's verb of saying does not mark as said. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { unreachedBy } from '../../../src/core/attribution/clauses';
import { findCues } from '../../../src/core/attribution/cues';
import { describeOne } from './describe-helper';

const source = (text: string, phrase: string, quantity?: string) => describeOne(text, { phrase, ...(quantity ? { quantity } : {}) }).source;

describe('"at one point" tells when something was said', () => {
  it('keeps the "one" of the phrase out of what is said, after the verb or opening the sentence', () => {
    expect(source('“We will build more piers,” Ruiz said at one point.', 'one', 'one').kind).toBe('article');
    expect(source('Lind, who argued at one point that the port was too small, left early.', 'one', 'one').kind).toBe('article');
    expect(source('At one point, Ruiz said the harbour needed dredging.', 'one', 'one').kind).toBe('article');
  });

  it('still gives the speaker what the sentence says', () => {
    expect(source('At one point, Ruiz said the harbour held 40 boats.', '40 boats')).toMatchObject({ name: 'Ruiz' });
    expect(source('Ruiz said that at one point the fleet had 40 boats.', 'one', 'one')).toMatchObject({ name: 'Ruiz' });
  });
});

describe('a relative clause of place or time after the cue', () => {
  it('keeps a figure in ", where …" or ", when …" hung on a noun out of what is said', () => {
    expect(source('Ruiz said the plan would help Marlow County, where 4,000 families rent their homes.', '4,000 families').kind).toBe('article');
    expect(source('Lind spoke to the council on Monday, said Ana Ortiz, an aide, when 12 members were absent.', '12 members').kind).toBe('article');
  });

  it('still reads a clause of time hung on the verb, and what comes before the relative clause', () => {
    expect(source('Ruiz said, when she was 40, she sold the farm.', '40', '40')).toMatchObject({ name: 'Ruiz' });
    expect(source('Ruiz said the plan would cost $9 million in Marlow County, where families rent.', '$9 million')).toMatchObject({ name: 'Ruiz' });
  });
});

describe('an aside after a source named at the close of what it states', () => {
  it('keeps an apposition or a comparison after "according to X," in the article\'s voice', () => {
    const text = 'The firm earned $9 million last year, according to public filings, a large sum for a company with 12 partners.';
    expect(source(text, '12 partners').kind).toBe('article');
    expect(source(text, '$9 million').kind).not.toBe('article');
    expect(source('Some 48 percent oppose the plan, according to the Harbour Post poll - about the same as the 47 percent of May.', '47 percent').kind).toBe('article');
  });

  it('still gives "according to X" set between commas what follows it', () => {
    expect(source('In addition, according to the ministry, nearly 900 workers will be covered.', '900 workers').kind).not.toBe('article');
    expect(source('The fleet, according to the port authority, has 40 boats.', '40 boats').kind).not.toBe('article');
  });
});

describe('a later clause set against the first, past a person\'s verb of saying', () => {
  it('keeps the clause in the article\'s voice when nothing marks it as said', () => {
    expect(source('Ruiz said she would visit the valley later, but so far 300 homes have been rebuilt.', '300 homes').kind).toBe('article');
    expect(source('Talks will be slow, analysts say; in 2019, the last round took 14 months.', '14 months').kind).toBe('article');
  });

  it('still reads a later clause marked by "that", one joined by a plain "and", and what a poll shows', () => {
    expect(source('Ruiz says the port had 12 cranes in May, and took 40 boats in June.', '40 boats')).toMatchObject({ name: 'Ruiz' });
    expect(source('Ruiz said that the port would reopen, and that 40 boats were waiting.', '40 boats')).toMatchObject({ name: 'Ruiz' });
    expect(source('The survey found that 61 percent back the plan, while 30 percent oppose it.', '30 percent').kind).not.toBe('article');
  });
});

describe('after a quotation closed before its speaker, the words past the verb', () => {
  it('keeps the occasion or an aside after "…," Ruiz said out of what she said', () => {
    expect(source('“We need more cranes,” Ruiz said at the depot as 40 workers watched.', '40 workers').kind).toBe('article');
    expect(source('“The port is full,” Lind said 20 minutes into the hearing.', '20 minutes').kind).toBe('article');
    expect(source('“We will wait,” said an aide to the mayor, who, like many of the 30 staff, asked not to be named.', '30 staff').kind).toBe('article');
  });

  it('still gives the speaker a statement that goes on past the verb', () => {
    expect(source('“It is over,” Ruiz said, noting that 40 boats had sunk.', '40 boats')).toMatchObject({ name: 'Ruiz' });
    expect(source('“It is over,” Ruiz said, adding that 40 boats had sunk.', '40 boats')).toMatchObject({ name: 'Ruiz' });
  });
});

describe('a change worked out against an earlier figure', () => {
  it('keeps "up four points from March" and "a 12-point swing" in the article\'s voice', () => {
    expect(source('Ortiz stands at 31 percent in the Harbour Post poll, up four points from March.', 'four points', 'four').kind).toBe('article');
    expect(source('Lind led by 6 points in the county survey, a 12-point swing.', '12-point', '12').kind).toBe('article');
    expect(source('Ruiz is at 18 percent in the new poll, down 3 points since May.', '3 points', '3').kind).toBe('article');
  });

  it('still gives the poll the figure it states', () => {
    expect(source('Ortiz stands at 31 percent in the Harbour Post poll, up four points from March.', '31 percent').kind).not.toBe('article');
    expect(source('The poll found that 40 percent back the plan.', '40 percent').kind).not.toBe('article');
  });
});

describe('a clause of the writer\'s own between dashes inside a statement', () => {
  it('keeps "- there are 12 members … -" and "- rebuking her 3 times -" out of what is said', () => {
    const text = 'Ruiz said the board had met - there are 12 members from six towns - but made no decision.';
    expect(source(text, '12 members').kind).toBe('article');
    expect(source('Lind argued firmly - interrupting her 3 times - that the port was too small.', '3 times').kind).toBe('article');
    expect(source('Ruiz noted that the tax - its rate of 21 percent is the lowest in the region - brings in little.', '21 percent').kind).toBe('article');
  });

  it('still gives the speaker a noun phrase between dashes, and dashes inside a quotation', () => {
    expect(source('Ruiz said the fleet - about 40 boats in all - would sail on Monday.', '40 boats')).toMatchObject({ name: 'Ruiz' });
    expect(source('Ruiz said the largest share - two ports that have been busy all year - would close.', 'two ports', 'two')).toMatchObject({ name: 'Ruiz' });
    expect(source('“We are open - after all that has happened and after 10 years of work - to a deal,” Ruiz said.', '10 years')).toMatchObject({ name: 'Ruiz' });
  });
});

describe('a figure counting the speakers named after it', () => {
  it('keeps "Two engineers, Ana Ruiz and Bo Lind, found" out of what they found', () => {
    expect(source('Two engineers, Ana Ruiz and Bo Lind, found that the bridge was sound.', 'Two', 'Two').kind).toBe('article');
    expect(source('One voter, Mae Ito, 35, said she would stay home.', 'One', 'One').kind).toBe('article');
  });

  it('still gives the speakers what they say', () => {
    expect(source('Two engineers, Ana Ruiz and Bo Lind, found that 40 bolts were loose.', '40 bolts')).toMatchObject({ name: 'Ana Ruiz and Bo Lind' });
  });
});

describe('the speaker of a free relative ("what Ruiz said")', () => {
  it('speaks only inside it, not for a figure before "what"', () => {
    expect(source('The fair raised about $90,000, about double what Ruiz said she expected.', '$90,000').kind).toBe('article');
    expect(source('During his 3-hour drive home, Lind reflected on what he said worries him most.', '3-hour', '3').kind).toBe('article');
  });

  it('still speaks for what follows it', () => {
    expect(source('The law covered what advocates estimated were more than 9,000 families.', '9,000 families')).toMatchObject({ text: 'advocates' });
  });
});

describe('a cue inside a leading clause of time, condition or concession', () => {
  it('speaks only inside it, not for the main clause after it', () => {
    expect(source('When Ana Ruiz learned that the depot would close, she sold 40 boats.', '40 boats').kind).toBe('article');
    expect(source('Although Lind said the budget was tight, the council hired 12 guards.', '12 guards').kind).toBe('article');
  });

  it('still gives the speaker what the leading clause says, and "As X reported," its sentence', () => {
    expect(source('When Ana Ruiz said that 40 boats had sunk, the port closed.', '40 boats')).toMatchObject({ name: 'Ana Ruiz' });
    expect(source('As the Harbour Post reported, the port hired 12 guards.', '12 guards').kind).not.toBe('article');
  });
});

describe('a participle after a phrase cut short of its noun', () => {
  it('reads "the number of pledged delegates" and "ahead of the expected vote" as no cue', () => {
    expect(source('She leads through the combination of pledged delegates and 40 governors.', '40 governors').kind).toBe('article');
    expect(source('The campaign comes ahead of the expected release of a 28-page report.', '28-page', '28').kind).toBe('article');
  });

  it('still reads a name before the verb', () => {
    expect(source('The union pledged 40 buses for the march.', '40 buses').kind).not.toBe('article');
  });
});

describe('a document named inside a trailing clause of time, reason or condition', () => {
  it('speaks only inside that clause', () => {
    expect(source('Lind raised $80,000 from small donors after Ruiz praised him in a fundraising email.', '$80,000').kind).toBe('article');
    expect(source('Six in 10 call her decisive now, after half said so in the earlier poll.', 'Six', 'Six').kind).toBe('article');
  });

  it('still reads a document after a plain phrase of time, and one set off by a comma', () => {
    expect(source('Lind led by 5 points after the debate in the Harbour Post poll.', '5 points').kind).not.toBe('article');
    expect(source('The plan would cost $40 billion if Congress passed it, according to the budget office.', '$40 billion').kind).not.toBe('article');
  });
});

describe('each rule says which one fired', () => {
  const fired = (text: string, cueWord: string, claimText: string) => {
    const sentence = { start: 0, end: text.length };
    const cue = findCues(text, sentence).find((c) => c.cue === cueWord);
    if (!cue) throw new Error(`no cue "${cueWord}"`);
    const start = text.indexOf(claimText);
    return unreachedBy(text, sentence, cue, { start, end: start + claimText.length });
  };

  it('names the rule', () => {
    expect(fired('Ruiz said the plan would help Marlow County, where 4,000 families rent.', 'said', '4,000')).toBe('place-or-time-aside');
    expect(fired('“It is over,” Lind said 20 minutes into the hearing.', 'said', '20')).toBe('after-quoted-statement');
    expect(fired('The fair raised about $90,000, about double what Ruiz said she expected.', 'said', '$90,000')).toBe('free-relative');
    expect(fired('When Ana Ruiz learned that the depot would close, she sold 40 boats.', 'learned', '40')).toBe('inside-leading-clause');
    expect(fired('Ruiz said the plan would cost $9 million.', 'said', '$9 million')).toBeNull();
  });
});
