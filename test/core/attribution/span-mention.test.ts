import { describe as group, expect, it } from 'vitest';
import { mentionAround } from '../../../src/core/attribution/phrases';
import { describe } from './describe-helper';

/**
 * The source's span is the whole noun phrase the sentence names the source with (its determiner, the document a
 * body's figures come in, a title before a name, a reduced relative clause, an aside on who the one named is),
 * while the card's name stays the body or person.
 */
const sourceOf = (text: string, phrase: string) => {
  const { source } = describe(text, [{ phrase }])[0]!;
  return { name: source.name, span: source.start === null || source.end === null ? null : text.slice(source.start, source.end) };
};

group('the span is the whole phrase naming the source', () => {
  it('keeps the document a body\'s figures come in', () => {
    expect(sourceOf("Monday's Lakeside Institute survey found 41 percent backing the ferry.", '41 percent')).toMatchObject({
      span: "Monday's Lakeside Institute survey",
    });
  });

  it('keeps the title before a name, the card naming the person', () => {
    expect(sourceOf('Harbour board chair Ana Ruiz said 40 berths were empty.', '40 berths')).toEqual({ name: 'Ana Ruiz', span: 'Harbour board chair Ana Ruiz' });
  });

  it('takes no counted plural, preposition or verb in -ing into the descriptor', () => {
    const around = (text: string, name: string, cue: string): string => {
      const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
      const span = mentionAround(text, at(cue), at(name));
      return text.slice(span.start, span.end);
    };
    expect(around('The cap is below the 22 billion gallons Congress sought.', 'Congress', 'sought')).toBe('Congress');
    expect(around('Only half (55 percent) of Lakeside voters said so.', 'Lakeside voters', 'said')).toBe('Lakeside voters');
    expect(sourceOf('Fearing delays, board chair Ana Ruiz said 40 berths were empty.', '40 berths').span).toBe('board chair Ana Ruiz');
    expect(sourceOf('After meeting Ana Ruiz said 40 berths were empty.', '40 berths').span).toBe('Ana Ruiz');
  });

  it('keeps a reduced relative clause on a document, not the adverbs before the verb', () => {
    expect(sourceOf('A poll released Monday by the Lakeside Institute shows 52 percent support.', '52 percent').span).toBe(
      'A poll released Monday by the Lakeside Institute',
    );
    expect(sourceOf('A poll released Monday also found 52 percent support.', '52 percent').span).toBe('A poll released Monday');
    expect(sourceOf('A poll released Monday actually found 52 percent support.', '52 percent').span).toBe('A poll released Monday');
    expect(sourceOf('Support stands at 52 percent, according to a Tidewater Gazette survey released on Friday.', '52 percent').span).toBe(
      'a Tidewater Gazette survey released on Friday',
    );
  });

  it('keeps an aside on who the one named is', () => {
    expect(sourceOf('Ana Ruiz, a spokeswoman for the port, said 40 berths were empty.', '40 berths')).toEqual({
      name: 'Ana Ruiz',
      span: 'Ana Ruiz, a spokeswoman for the port',
    });
    expect(sourceOf('"We have 40 empty berths," said Ana Ruiz, a spokeswoman for the port.', '40 empty berths').span).toBe('Ana Ruiz, a spokeswoman for the port');
  });

  it('does not take the main clause after an opening "According to X," for an aside', () => {
    expect(sourceOf('According to the Lakeside Institute, the city lost 400 jobs.', '400 jobs').span).toBe('the Lakeside Institute');
  });

  it('points a restrictive relative clause\'s cue at its pronoun, as a clause set off by commas', () => {
    expect(sourceOf('The polls that show Ruiz at 12 percent were taken in May.', '12 percent').span).toBe('that');
  });

  it('takes an aside closing the sentence only after a verb of saying', () => {
    const text = 'Support held firm, in a Lakeside poll, most of all among the young.';
    const span = mentionAround(text, { start: text.indexOf('in a'), end: text.indexOf('in a') + 2 }, { start: text.indexOf('a Lakeside'), end: text.indexOf(' poll') + 5 });
    expect(text.slice(span.start, span.end)).toBe('a Lakeside poll');
  });

  it('gives a pronoun its own word, without the auxiliary written onto it', () => {
    const text = 'Ana Ruiz runs the port, and she’s long said 40 berths are empty.';
    const span = mentionAround(text, { start: text.indexOf('said'), end: text.indexOf('said') + 4 }, { start: text.indexOf('she’s'), end: text.indexOf('she’s') + 5 });
    expect(text.slice(span.start, span.end)).toBe('she');
  });

  it('walks back from a verb past a sentence adverb of two words', () => {
    expect(sourceOf('The Dock Workers Guild has in fact reported 300 members left since May.', '300 members')).toEqual({
      name: 'The Dock Workers Guild',
      span: 'The Dock Workers Guild',
    });
  });
});
