import { describe as group, expect, it } from 'vitest';
import { describe } from './describe-helper';

/**
 * Where cues nest ("The paper said the coach has predicted 7 wins"), the speaker who reports the clause holding
 * the claim is the one who tells it to the reader, so the source's span points at the outer speaker; a cue closing
 * the sentence ("…, the port authority said.") reports the whole sentence before it.
 */
const spanOf = (text: string, source: { start: number | null; end: number | null }): string | null =>
  source.start === null || source.end === null ? null : text.slice(source.start, source.end);

const sourceSpan = (text: string, phrase: string): string | null => spanOf(text, describe(text, [{ phrase }])[0]!.source);

group('nested cues: the outer speaker tells the claim', () => {
  it('a verb of saying over a clause with a cue of its own', () => {
    const text = 'The weekly magazine said the new coach has predicted 7 wins in the spring season.';
    expect(sourceSpan(text, '7 wins')).toBe('The weekly magazine');
    const withThat = 'Rita Holm claimed that the mayor wants to close 14 bridges next year.';
    expect(sourceSpan(withThat, '14 bridges')).toBe('Rita Holm');
  });

  it('walks out to the outermost verb of saying', () => {
    const text = 'Rita Holm noted the inspector said 14 bridges needed repair.';
    expect(sourceSpan(text, '14 bridges')).toBe('Rita Holm');
  });

  it('keeps the name and kind of the outer speaker on the card', () => {
    const text = 'The Daily Courier reported that the club estimates 3,000 members left.';
    const [claim] = describe(text, [{ phrase: '3,000 members' }]);
    expect(claim!.source).toMatchObject({ name: 'The Daily Courier', text: 'The Daily Courier', rule: 'cue-in-clause:outer' });
  });

  it('a new statement after a semicolon or a joined clause is not what the first verb reports', () => {
    const semicolon = 'The inspector said the roads were fine; the mayor estimated 14 bridges needed repair.';
    expect(sourceSpan(semicolon, '14 bridges')).toBe('the mayor');
    const joined = 'The inspector said the roads were fine, but the mayor estimated 14 bridges needed repair.';
    expect(sourceSpan(joined, '14 bridges')).toBe('the mayor');
  });

  it('a clause hung on the outer verb ("after", "when", a relative) is not what it reports', () => {
    const after = 'Rita Holm said nothing after the union announced 300 job cuts.';
    expect(sourceSpan(after, '300 job cuts')).toBe('the union');
    const relative = 'Rita Holm said the bridge, which engineers say carries 9,000 cars a day, would close.';
    expect(sourceSpan(relative, '9,000 cars')).toBe('engineers');
  });
});

group('nested cues around a quotation', () => {
  it('the speaker who reports the clause a quotation stands in tells what it quotes', () => {
    const text = 'The Harbor Union said on Monday that the city wants "a $15 wage for every berth worker."';
    expect(sourceSpan(text, '$15 wage')).toBe('The Harbor Union');
  });
});

group('a cue closing the sentence reports all of it', () => {
  it('", the port authority said." over a nearer cue of the claim\'s clause', () => {
    const text = 'The ferry operator expects 2 million passengers this year, the port authority said.';
    expect(sourceSpan(text, '2 million passengers')).toBe('the port authority');
  });

  it('", according to X." over a nearer cue', () => {
    const text = 'The Lakeside Trust hopes to raise $400,000 this year, according to the city auditor.';
    expect(sourceSpan(text, '$400,000')).toBe('the city auditor');
  });

  it('not across a semicolon', () => {
    const text = 'The ferry operator expects 2 million passengers; the airport handled 3 million, the port authority said.';
    expect(sourceSpan(text, '2 million passengers')).toBe('The ferry operator');
  });
});
