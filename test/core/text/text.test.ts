import { describe, expect, it } from 'vitest';
import { breaksBetween, isAbbreviation, sentencesWithin, splitSentences, titleAt, tokenize } from '../../../src/core/text';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('one table of abbreviations and titles', () => {
  it('makes every dotted title an abbreviation, so its dot ends no sentence', () => {
    for (const title of ['Capt', 'Supt', 'Sgt', 'Lt', 'Gen', 'Insp', 'Rev']) expect(isAbbreviation(title)).toBe(true);
    expect(isAbbreviation('Boats')).toBe(false);
  });

  it('splits "Capt. Ana Ruiz said" and "Supt. Ana Ruiz said" alike, in the splitter and inside a span', () => {
    for (const title of ['Capt.', 'Supt.']) {
      const text = `The ferry carried 40 people. ${title} Ana Ruiz said so.`;
      expect(sentences(text)).toEqual(['The ferry carried 40 people.', `${title} Ana Ruiz said so.`]);
      expect(sentencesWithin(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(sentences(text));
    }
  });

  it('reads a title at the start of words, longest first, its dot dropped', () => {
    expect(titleAt(['Lt.', 'Gen.', 'Ana', 'Ruiz'])).toEqual({ words: ['Lt', 'Gen'], kind: 'military' });
    expect(titleAt(['Supt.', 'Ana'])?.kind).toBe('government');
    expect(titleAt(['Ana', 'Ruiz'])).toBeNull();
  });

  it('reads an office of two words before the rank inside it: a lieutenant governor governs, a rear admiral commands', () => {
    expect(titleAt(['Lt.', 'Gov.', 'Ana', 'Ruiz'])).toEqual({ words: ['Lt', 'Gov'], kind: 'government' });
    expect(titleAt(['Rear', 'Adm.', 'Ana', 'Ruiz'])?.kind).toBe('military');
    expect(titleAt(['House', 'Speaker', 'Ana', 'Ruiz'])?.kind).toBe('government');
  });
});

describe('the tokenizer', () => {
  it('keeps the dots of abbreviations inside words and gives offsets', () => {
    const text = 'Capt. Ana Ruiz of the U.S. Navy';
    expect(tokenize(text, 0, text.length).map((w) => w.text)).toEqual(['Capt', 'Ana', 'Ruiz', 'of', 'the', 'U.S', 'Navy']);
  });

  it('lets a phrase run across the dot of a title but not across a full stop', () => {
    const text = 'Capt. Ana Ruiz. Then boats.';
    expect(breaksBetween(text, 4, 6)).toBe(false);
    expect(breaksBetween(text, 14, 16)).toBe(true);
  });

  it('parts a phrase at a dash typed against the next word, as in a dateline, but not inside a hyphenated word', () => {
    const text = 'NORTHPORT -Ms. Lind said so. A well-known port.';
    expect(breaksBetween(text, text.indexOf(' -'), text.indexOf('Ms'))).toBe(true);
    expect(breaksBetween(text, text.indexOf('well') + 4, text.indexOf('known'))).toBe(false);
  });
});
