import { describe, expect, it } from 'vitest';
import { compromiseLanguage, languageFromOption } from '../../bench/language-compromise';

const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const whole = (text: string) => ({ start: 0, end: text.length });

describe('languageFromOption', () => {
  it('reads rules, compromise, and compromise with some parts', () => {
    expect(languageFromOption('rules')).toBeUndefined();
    expect(languageFromOption('compromise')?.isVerb).toBeTypeOf('function');
    const verbsOnly = languageFromOption('compromise:verbs')!;
    expect(verbsOnly.isVerb).toBeTypeOf('function');
    expect(verbsOnly.nounPhrase).toBeUndefined();
  });
  it('names the part it does not know', () => {
    expect(() => languageFromOption('compromise:nouns')).toThrow(/no part "nouns"/);
    expect(() => languageFromOption('spacy')).toThrow(/--language takes rules, compromise/);
  });
});

describe('compromiseLanguage', () => {
  it('tells a verb from a noun by its tag', () => {
    const text = 'She reports that the reports were late.';
    const layer = compromiseLanguage(['verbs']);
    expect(layer.isVerb!(text, at(text, 'reports'), whole(text))).toBe(true);
    const second = { start: text.lastIndexOf('reports'), end: text.lastIndexOf('reports') + 7 };
    expect(layer.isVerb!(text, second, whole(text))).toBe(false);
  });
  it('gives the noun phrase around a name, without trailing punctuation', () => {
    const text = 'Acme Power officials said 40 boats sank.';
    const chunk = compromiseLanguage(['phrases']).nounPhrase!(text, at(text, 'officials'), whole(text));
    expect(chunk && text.slice(chunk.start, chunk.end)).toBe('Acme Power officials');
  });
  it('answers kinds only when asked for them', () => {
    const text = 'Dana Ortiz said 40 boats sank.';
    expect(compromiseLanguage(['kinds']).kindOfName(text, at(text, 'Dana Ortiz'), whole(text))).toBe('person');
    expect(compromiseLanguage(['verbs']).kindOfName(text, at(text, 'Dana Ortiz'), whole(text))).toBeNull();
  });
});
