import { describe as group, expect, it } from 'vitest';
import { describe, describeOne } from './describe-helper';

group('which cue governs a claim', () => {
  it('a sentence adverb set off by commas between a name and its verb keeps the name', () => {
    for (const adverb of ['meanwhile', 'however', 'too', 'for its part']) {
      const claim = describeOne(`The ferry union, ${adverb}, said 300 members voted.`, { phrase: '300 members' });
      expect(claim.source, adverb).toMatchObject({ name: 'The ferry union', cue: 'said' });
    }
  });

  it('a cue that describes the counted thing ("scenes she wrote") gives way to the speaker of the sentence', () => {
    const claim = describeOne('Ms. Okafor said her editors cut 7 scenes she wrote.', { phrase: '7 scenes' });
    expect(claim.source).toMatchObject({ kind: 'person', name: 'Ms. Okafor', cue: 'said' });
  });

  it('a share of those asked who say something is the speaker, not spoken by another cue', () => {
    const claim = describeOne('The co-op reported a good year, as 3 in 5 farmers say they would sell.', { phrase: '3 in 5', quantity: '3' });
    expect(claim.source.kind).toBe('article');
  });

  it('a quotation after a speaker known only as "he" goes on in his voice', () => {
    const [claim] = describe('“It was a hard year,” he added. “Six months ago we had 20 boats.”', [{ phrase: '20 boats' }]);
    expect(claim!.source).toMatchObject({ kind: 'person', text: 'he', rule: 'quote-carried' });
  });
});

group('cues of proposal, interviews and spelled-out shares', () => {
  it('a verb of proposing or warning after an auxiliary ("is proposing") speaks for its subject', () => {
    for (const verb of ['is proposing', 'was warning of', 'are now promising']) {
      const claim = describeOne(`Mayor Ines Cabral ${verb} 400 new flats.`, { phrase: '400 new flats' });
      expect(claim.source, verb).toMatchObject({ kind: 'government', cue: verb.split(' ').find((w) => w.endsWith('ing')) });
    }
  });

  it('an economy "is adding" jobs: a figure of change, not a statement', () => {
    expect(describeOne('The valley economy is adding 1,500 jobs a month.', { phrase: '1,500 jobs' }).source.kind).toBe('article');
  });

  it('"according to interviews with" names where the figure comes from', () => {
    const claim = describeOne('The board will pick 12 delegates, according to interviews with party staff.', { phrase: '12 delegates' });
    expect(claim.source.kind).not.toBe('article');
    expect(claim.source.cue).toBe('according to');
  });

  it('a share of respondents written in words is no source ("Sixty-one percent said")', () => {
    const [, claim] = describe('Sixty-one percent said they would move, while 14 percent said they would stay.', [
      { phrase: 'Sixty-one percent', quantity: 'Sixty-one' },
      { phrase: '14 percent' },
    ]);
    expect(claim!.source.kind).toBe('article');
  });
});

group('quotations that open a sentence', () => {
  it('a cue inside the quotation ("I don’t think") does not stop it going on in the last speaker’s voice', () => {
    const [claim] = describe('“There is room for four ferries,” Ada Lund said. “I don’t think there is room for 9 more.”', [{ phrase: '9 more' }]);
    expect(claim!.source).toMatchObject({ kind: 'person', name: 'Ada Lund', rule: 'quote-carried' });
  });
});

group('verbs that do not always report', () => {
  it('"mentioned" with a plain object names a topic, not a statement; "mentioned that" reports', () => {
    expect(describeOne('Mayor Ines Cabral mentioned the harbour 6 times.', { phrase: '6 times' }).source.kind).toBe('article');
    expect(describeOne('Mayor Ines Cabral mentioned that 6 piers had closed.', { phrase: '6 piers' }).source).toMatchObject({ kind: 'government', cue: 'mentioned' });
  });

  it('a passive verb has no speaker before it ("the race was called for Ruiz")', () => {
    expect(describeOne('Some 400 fans cheered when the county was called for Ana Ruiz.', { phrase: '400 fans' }).source.kind).toBe('article');
  });

  it('a passive of charging reports, naming nobody; a passive of reckoning stays in the article’s voice', () => {
    expect(describeOne('Brightwater Mills is expected to cut 120 jobs.', { phrase: '120 jobs' }).source.kind).toBe('article');
    expect(describeOne('The driver is accused of hitting 3 parked cars.', { phrase: '3 parked cars' }).source).toMatchObject({ kind: 'reported', cue: 'accused' });
  });
});

group('what describes the speaker or the speaking, not what is said', () => {
  it('an aside on the speaker’s name that runs past commas', () => {
    expect(describeOne('“It is wrong,” said Erin Lo, a fellow at the lab who works about 60 hours a week.', { phrase: '60 hours' }).source.kind).toBe('article');
    expect(describeOne('Ivo Lang, an official at the port, which has 500 cranes, said the plan would fail.', { phrase: '500 cranes' }).source.kind).toBe('article');
  });

  it('the audience or the manner of speaking after the verb', () => {
    expect(describeOne('“We will win,” Ruiz told a crowd of 1,300 on Tuesday.', { phrase: '1,300' }).source.kind).toBe('article');
    expect(describeOne('“We will win,” Ruiz said, gripping the lectern with 2 hands.', { phrase: '2 hands' }).source.kind).toBe('article');
  });

  it('a participle of saying after the verb still reports, and so does an aside before the verb', () => {
    expect(describeOne('Ruiz spoke on Monday, adding that 40 ships sank.', { phrase: '40 ships' }).source.cue).toBe('adding');
    expect(describeOne('Ana Berg, the port chief, said 40 ships sank.', { phrase: '40 ships' }).source).toMatchObject({ name: 'Ana Berg', cue: 'said' });
  });
});

group('verbs of arguing and of showing', () => {
  it('"argue" and "conclude" report what their subject holds', () => {
    expect(describeOne('Ferry operators, for their part, argue that fares rose 30 percent.', { phrase: '30 percent' }).source).toMatchObject({ name: 'Ferry operators', cue: 'argue' });
    expect(describeOne('The Harbour Board conclude that 4 piers are unsafe.', { phrase: '4 piers' }).source.cue).toBe('conclude');
  });

  it('a poll "shows" a named candidate with a figure, also when a time follows the poll', () => {
    for (const poll of ['The Coastline poll', 'A Coastline poll out this week']) {
      const claim = describeOne(`${poll} shows Ruiz with 44 percent.`, { phrase: '44 percent' });
      expect(claim.source.kind, poll).not.toBe('article');
      expect(claim.source.cue, poll).toBe('shows');
    }
  });

  it('a verb of showing before a name after a plain noun is no cue', () => {
    expect(describeOne('The host shows Ruiz 3 cards.', { phrase: '3 cards' }).source.kind).toBe('article');
  });
});

group('a determiner alone names nobody', () => {
  it('"in the hopes of" is no speaker "the" hoping', () => {
    expect(describeOne('Dozens of drivers rallied in the hopes of winning 15 dollars an hour.', { phrase: '15 dollars' }).source.kind).toBe('article');
    expect(describeOne('The ministry hopes 300 firms will join.', { phrase: '300 firms' }).source).toMatchObject({ kind: 'government', cue: 'hopes' });
  });
});

group('the subject of a later verb of saying', () => {
  it('", saying she would …" speaks in the voice of the sentence’s subject', () => {
    expect(describeOne('Mara Voss set out her plans, saying she would hire up to 3,000 nurses.', { phrase: '3,000 nurses' }).source).toMatchObject({ name: 'Mara Voss', cue: 'saying' });
  });

  it('a verb of saying joined to the subject’s first verb ("toured the depot and said")', () => {
    expect(describeOne('Mara Voss toured the depot and said crews had worked for 18 months.', { phrase: '18 months' }).source).toMatchObject({ name: 'Mara Voss', cue: 'said' });
  });

  it('"a third source" is a source, not a share of those asked', () => {
    expect(describeOne('A third source said that Lund was one of about 3 people who wrote.', { phrase: 'about 3 people' }).source.kind).not.toBe('article');
    expect(describeOne('Of the 90 farmers asked, a third said prices fell.', { phrase: '90 farmers' }).source.kind).toBe('article');
  });
});

group('cues in a relative or a joined clause', () => {
  it('", who announced" speaks for the name the clause hangs on', () => {
    expect(describeOne('Mara Voss, who has announced a plan to hire 400 nurses, left early.', { phrase: '400 nurses' }).source).toMatchObject({ name: 'Mara Voss', cue: 'announced' });
  });

  it('a relative clause without a cue still only describes the name', () => {
    expect(describeOne('Ana Berg, who has met 12 mayors, spoke first.', { phrase: '12 mayors' }).source.kind).toBe('article');
  });

  it('", and found that" goes on in the voice of the sentence’s subject', () => {
    expect(describeOne('The Ledger did the sums, and found that the odds are 1 in 64.', { phrase: '1 in 64', quantity: '1' }).source).toMatchObject({ name: 'The Ledger', cue: 'found' });
  });
});

group('verbs of putting and advocating', () => {
  it('"puts" a long object "at" a figure', () => {
    const claim = describeOne('The Coastline tracking poll puts the mayor’s approval over the first four months of the year at 49.5 percent.', { phrase: '49.5 percent' });
    expect(claim.source).toMatchObject({ cue: 'puts' });
  });

  it('"advocated" reports what its subject urged; "advocates say" keeps the advocates as the source', () => {
    expect(describeOne('Senator Ana Ruiz advocated tax rises of 15 billion dollars.', { phrase: '15 billion dollars', quantity: '15 billion' }).source).toMatchObject({ kind: 'government', cue: 'advocated' });
    expect(describeOne('Consumer advocates say 40 stores overcharge.', { phrase: '40 stores' }).source).toMatchObject({ name: 'Consumer advocates', cue: 'say' });
  });
});

group('the speaker named after a quotation that runs over sentences', () => {
  it('"…," said one official: the name after the verb speaks the earlier sentence of the quotation', () => {
    const [claim] = describe('"Did the crew lose 20 minutes? Perhaps," said one former harbour official.', [{ phrase: '20 minutes' }]);
    expect(claim!.source).toMatchObject({ rule: 'quote-speaker-after', cue: 'said' });
    expect(claim!.source.name).toContain('former harbour official');
  });
});

group('a cue in a clause joined after the claim', () => {
  it('", but her campaign said" speaks for its own clause only', () => {
    expect(describeOne('Ruiz routinely earned 200,000 dollars a speech, but her campaign said the fees were fair.', { phrase: '200,000 dollars' }).source.kind).toBe('article');
  });

  it('a cue closing the sentence still governs a list before it', () => {
    const claims = describe('Forty ships sank on Monday and 3 more on Tuesday, the ministry said.', [{ phrase: 'Forty ships', quantity: 'Forty' }, { phrase: '3 more' }]);
    for (const claim of claims) expect(claim.source.name).toBe('the ministry');
  });
});

group('a colon before a quotation', () => {
  it('gives the quotation to the name or pronoun that opens the sentence', () => {
    const [claim] = describe('Mara Voss replied, with a smile: “It can happen at 45.”', [{ phrase: '45' }]);
    expect(claim!.source).toMatchObject({ name: 'Mara Voss', cue: ':', rule: 'quote-speaker' });
  });

  it('a plain noun before the colon names nobody', () => {
    expect(describeOne('The rule is simple: "Pay 5 dollars."', { phrase: '5 dollars' }).source.kind).toBe('article');
  });
});

group('a name in apposition before the verb', () => {
  it('keeps joining words inside it ("Dan Whit of Grace Church in Marion")', () => {
    const claim = describeOne('One pastor backing the mayor, Dan Whit of Grace Church in Marion, said he had made more than 150 calls.', { phrase: '150 calls' });
    expect(claim.source).toMatchObject({ name: 'Dan Whit of Grace Church in Marion', cue: 'said' });
  });

  it('a place or a state written short is no speaker ("Ponte Vedra Beach, Fla., charged")', () => {
    expect(describeOne('A club in Ponte Vedra Beach, Fla., charged a 100 dollar fee.', { phrase: '100 dollar' }).source.kind).toBe('article');
  });
});

group('an audience followed by what is told', () => {
  it('"told a rally audience that …" reports what follows', () => {
    const claim = describeOne('Ruiz told a rally audience that she would debate only if the network gave 5 million dollars to charity.', { phrase: '5 million dollars', quantity: '5 million' });
    expect(claim.source).toMatchObject({ cue: 'told' });
  });
});

group('"according to" that closes or opens the sentence', () => {
  it('closing after a relative clause, it governs the clauses before it', () => {
    const claims = describe('Borrowers owe 1.3 trillion dollars, up from 826 billion dollars in 2010, which includes private loans, according to the Education Department.', [
      { phrase: '1.3 trillion dollars', quantity: '1.3 trillion' },
      { phrase: '826 billion dollars', quantity: '826 billion' },
    ]);
    for (const claim of claims) expect(claim.source.name).toBe('the Education Department');
  });

  it('closing with who compiled it ("the average of polls compiled by X")', () => {
    const claim = describeOne('Ruiz leads Kim by a 3-point margin, 45 percent to 42 percent, according to the average of recent polls compiled by PollHub.', { phrase: '3-point' });
    expect(claim.source.cue).toBe('according to');
  });

  it('names what the lexicon does not know: "according to one source", "according to the memo he wrote"', () => {
    expect(describeOne('According to one source, Brightguard guards 90 percent of the ports.', { phrase: '90 percent' }).source).toMatchObject({ kind: 'anonymous', text: 'one source' });
    expect(describeOne('The plan would cost 1.4 trillion dollars, according to the memo he wrote.', { phrase: '1.4 trillion dollars', quantity: '1.4 trillion' }).source).toMatchObject({ kind: 'reported', cue: 'according to' });
  });
});

group('a colon before a quotation after a sentence-opening noun', () => {
  it('"New signs appeared …: “…”" gives the quotation to nobody: "New" is no speaker', () => {
    expect(describeOne('New signs appeared this month, spelling out its aim: “Lower prices on 3 items.”', { phrase: '3 items' }).source.kind).toBe('article');
  });
});

group('more shapes of a poll that shows', () => {
  it('"an average of polls by X shows Ruiz leads"', () => {
    expect(describeOne('An average of recent polls by PollHub shows Ruiz leads Kim by about 13 points.', { phrase: '13 points' }).source).toMatchObject({ cue: 'shows' });
  });

  it('"the poll shows both Ruiz and Kim beating Lund"', () => {
    expect(describeOne('The Coastline poll shows both Ruiz and Kim beating Lund 45 to 40 percent.', { phrase: '40 percent' }).source).toMatchObject({ cue: 'shows' });
  });
});
