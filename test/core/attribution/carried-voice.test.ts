import { describe as group, expect, it } from 'vitest';
import { describe } from './describe-helper';

group('an excerpt labelled with its author before a colon', () => {
  it('"… - More from X and Y: “…”" gives the excerpt, over its sentences, to the label', () => {
    const text = [
      'The counts are in.',
      'Signs of a late swing were there all week - More from Ana Ruiz and Bo Lind: “Our panel saw it. In the first week the share of new voters was 39 percent. It rose to 55 percent in the second.” [Blog.]',
      'Turnout was high.',
    ].join('\n');
    const claims = describe(text, [{ phrase: '39 percent', kind: 'percent' }, { phrase: '55 percent', kind: 'percent' }]);
    expect(claims.map((c) => [c.source.name, c.source.rule])).toEqual([
      ['Ana Ruiz and Bo Lind', 'quote-carried'],
      ['Ana Ruiz and Bo Lind', 'quote-carried'],
    ]);
  });

  it('"More from Okafor: “…”" names a speaker known by one name', () => {
    const [claim] = describe('What it means for May - More from Okafor: “There are 20 wards leaning one way.”', [{ phrase: '20 wards' }]);
    expect(claim!.source).toMatchObject({ name: 'Okafor', rule: 'quote-speaker' });
  });

  it('a party tag between the name and the colon stays out of the name', () => {
    const [claim] = describe('Rep. Dana Kuhl (R-Ore.):"Who told you that 90 percent of the files were kept?"', [{ phrase: '90 percent', kind: 'percent' }]);
    expect(claim!.source).toMatchObject({ kind: 'government', name: 'Rep. Dana Kuhl' });
  });

  it('a dash inside the article\'s own sentence names nobody without a colon and a quotation', () => {
    const [claim] = describe('Fares rose - Ana Ruiz noticed it first - to 4 dollars.', [{ phrase: '4 dollars' }]);
    expect(claim!.source.kind).toBe('article');
  });
});

group('a quotation that runs over paragraphs', () => {
  it('each paragraph reopening with a straight mark goes on with the quotation, whoever it names', () => {
    const text = [
      'The senator answered questions at the forum.',
      'Partial transcript as follows:',
      '"HOST: Senator, the union says you misled its members. Listen.',
      '"LANE: I testified for 11 hours. There had been seven inquiries before mine. We lost 240 sailors that year."',
      'The forum ended at nine.',
    ].join('\n');
    const claims = describe(text, [{ phrase: 'seven inquiries', quantity: 'seven' }, { phrase: '240 sailors' }, { phrase: 'at nine', quantity: 'nine' }]);
    expect(claims.map((c) => [c.source.text, c.source.rule])).toEqual([
      ['Partial transcript', 'quote-carried'],
      ['Partial transcript', 'quote-carried'],
      [null, 'article-voice'],
    ]);
  });

  it('a long speech keeps its speaker past the reach that guards against stray marks, paragraph by paragraph', () => {
    const paragraph = (k: number): string => `"${Array.from({ length: 12 }, (_, j) => `Point ${k}.${j} of the speech.`).join(' ')}`;
    const text = [`Ana Ruiz told the hall, ${paragraph(1)}`, paragraph(2), `${paragraph(3)} We hired 15 nurses.`, '"Thank you."'].join('\n');
    const [claim] = describe(text, [{ phrase: '15 nurses' }]);
    expect(claim!.source).toMatchObject({ name: 'Ana Ruiz', rule: 'quote-carried' });
  });
});

group('the speaker named after a quotation of several sentences', () => {
  it('an apostrophe inside the quotation does not pass for its closing mark', () => {
    const text =
      'The panel heard him out.\n“If you read the first 40 pages, it says charge them. Deletion of 3,000 files. That’s the proof. I never saw a case like it,” said Tom Garza, who served as county prosecutor.';
    const claims = describe(text, [{ phrase: '40 pages' }, { phrase: '3,000 files' }]);
    expect(claims.map((c) => [c.source.name, c.source.rule])).toEqual([
      ['Tom Garza', 'quote-speaker-after'],
      ['Tom Garza', 'quote-speaker-after'],
    ]);
  });

  it('", according to X" after the closing mark names the speaker', () => {
    const text = 'The vote was close.\n“The files include 12 memos on the port. The audit found more,” according to the watchdog group.';
    const [claim] = describe(text, [{ phrase: '12 memos' }]);
    expect(claim!.source).toMatchObject({ text: 'the watchdog group', rule: 'quote-speaker-after' });
  });
});

group('a quotation that closes a sentence with its speaker', () => {
  it('\'…, and "…," X wrote.\' speaks for the clauses before the quotation too', () => {
    const text = 'The first three towns hold only 5% of the riders, while the later stops carry the rest and "show who rides," Ana Ortiz wrote.';
    const [claim] = describe(text, [{ phrase: '5%', kind: 'percent' }]);
    expect(claim!.source).toMatchObject({ name: 'Ana Ortiz', rule: 'cue-sentence-wide' });
  });
});

group('quoted words in a sentence that names no speaker', () => {
  it('are the words of the name the sentence opens with', () => {
    const text = 'Mayor Ada Ruiz also sent out an appeal after the storm, asking residents to “give $5 to the shelter fund tonight.”';
    const [claim] = describe(text, [{ phrase: '$5', kind: 'money' }]);
    expect(claim!.source).toMatchObject({ name: 'Mayor Ada Ruiz', rule: 'quote-subject' });
  });

  it('a leading phrase of time before the name is passed over', () => {
    const [claim] = describe('After the vote on Monday, Mayor Ada Ruiz sent a note to the staff, asking them to “work 2 extra shifts.”', [{ phrase: '2 extra shifts' }]);
    expect(claim!.source).toMatchObject({ name: 'Mayor Ada Ruiz', rule: 'quote-subject' });
  });

  it('a title with its own punctuation only names something', () => {
    const [claim] = describe('Later, Ana Ruiz acted in the film “Stormfront 3: Not Again!” and toured.', [{ phrase: 'Stormfront 3', quantity: '3' }]);
    expect(claim!.source.kind).toBe('article');
  });

  it('a quotation that only names something is nobody\'s words', () => {
    const claims = describe('Ruiz is a longtime member of the bipartisan "Gang of Eight" group.\nPlacing it on the ballot was a win for the "Fight for 15" campaign.', [
      { phrase: 'Gang of Eight', quantity: 'Eight' },
      { phrase: 'Fight for 15' },
    ]);
    expect(claims.map((c) => c.source.kind)).toEqual(['article', 'article']);
  });

  it('an owner opening the sentence, or a clause with a subject of its own, is not who speaks the quotation', () => {
    const claims = describe('Harbor Lab\'s aim is to "train 500 welders."\nHarbor Lab is a school, its motto is "build 100 boats."', [{ phrase: '500 welders' }, { phrase: '100 boats' }]);
    expect(claims.map((c) => c.source.rule)).toEqual(['article-voice', 'article-voice']);
  });

  it('a sentence opening with a function word names no subject to give the quotation to', () => {
    const [claim] = describe('The crowd chanted “4 more years” as the doors opened.', [{ phrase: '4 more years' }]);
    expect(claim!.source.kind).toBe('article');
  });
});

group('a quotation after a connective', () => {
  it('\'Indeed, “…”\' goes on in the voice of the speaker quoted just before', () => {
    const text = 'The lawyer pressed on. He concluded, “No one like my client has gone to prison.” Indeed, “We cite a dozen cases worse than his, and 12 judges agreed.”';
    const [claim] = describe(text, [{ phrase: '12 judges' }]);
    expect(claim!.source).toMatchObject({ text: 'He', rule: 'quote-carried' });
  });

  it('a connective before a quotation in a new paragraph names nobody from the paragraph before', () => {
    const text = 'He concluded, “No one like my client has gone to prison.”\nThe court adjourned. Indeed, “12 judges” is the figure the clerk gave.';
    const [claim] = describe(text, [{ phrase: '12 judges' }]);
    expect(claim!.source.rule).not.toBe('quote-carried');
  });
});

group('what a text reads', () => {
  it('"it reads, “…”" and "The banner reads: “…”" quote the text', () => {
    const claims = describe('The mailer shows a rifle. At the bottom it reads, “Chip in $35 today.”\nThe big Harbor Union banner reads: “Hire 300 teachers.”', [
      { phrase: '$35', kind: 'money' },
      { phrase: '300 teachers' },
    ]);
    expect(claims.map((c) => c.source.cue)).toEqual(['reads', 'reads']);
  });

  it('"read" with no quotation after it is no verb of saying', () => {
    const claims = describe('Ana Ruiz read 3 books a week.\nThe meter reads 40 degrees.', [{ phrase: '3 books' }, { phrase: '40 degrees', kind: 'measure' }]);
    expect(claims.map((c) => c.source.kind)).toEqual(['article', 'article']);
  });
});

group('dialogue tags', () => {
  it('"“…?” Ruiz pressed." and "Lind countered that …" say what is said', () => {
    const claims = describe('“Would it cost the 11 million?” Ana Ruiz pressed.\nBo Lind countered that the 40 boats would do.', [{ phrase: '11 million', quantity: '11 million' }, { phrase: '40 boats' }]);
    expect(claims.map((c) => c.source.cue)).toEqual(['pressed', 'countered']);
  });

  it('a tag that is another verb elsewhere says nothing away from what is said', () => {
    const claims = describe('Ana Ruiz pressed the button 3 times.\nBo Lind answered 12 letters that day.', [{ phrase: '3 times' }, { phrase: '12 letters' }]);
    expect(claims.map((c) => c.source.kind)).toEqual(['article', 'article']);
  });
});
