import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at . ! ? before a capitalised word', () => {
    expect(sentences('Prices rose. Did they? Yes!')).toEqual(['Prices rose.', 'Did they?', 'Yes!']);
  });

  it('keeps abbreviations, initials and decimals inside the sentence', () => {
    const text = 'Mr. Kim met Dr. Lee in the U.S. on Jan. 5 at 3 p.m. Prices rose 3.5 per cent, e.g. in No. 10 St. James.';
    expect(sentences(text)).toEqual([text]);
    expect(sentences('J. K. Rowling wrote it. It sold well.')).toEqual(['J. K. Rowling wrote it.', 'It sold well.']);
  });

  it('keeps runs of initials and a speaker after a quote inside the sentence', () => {
    expect(sentences('He works at the D.A. Davidson brokerage. It grew.')).toEqual(['He works at the D.A. Davidson brokerage.', 'It grew.']);
    expect(sentences('"Why not?" Tom Forte said. Then he left.')).toEqual(['"Why not?" Tom Forte said.', 'Then he left.']);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('"We paid $5." Then we left.')).toEqual(['"We paid $5."', 'Then we left.']);
  });

  it('ends a sentence at an ellipsis only before a new sentence', () => {
    expect(sentences('Wait... then it fell. And so… It ended.')).toEqual(['Wait... then it fell.', 'And so…', 'It ended.']);
  });

  it('always ends a sentence at a newline and skips blank lines', () => {
    expect(sentences('A headline\n\nBody text here. More\ntext')).toEqual(['A headline', 'Body text here.', 'More', 'text']);
  });

  it('gives offsets into the text, trimmed', () => {
    const text = '  One.  Two.  ';
    const spans = splitSentences(text);
    expect(spans).toEqual([{ start: 2, end: 6 }, { start: 8, end: 12 }]);
  });

  it('does not end a sentence before a lowercase word', () => {
    expect(sentences('It cost approx. five dollars.')).toEqual(['It cost approx. five dollars.']);
  });
});
