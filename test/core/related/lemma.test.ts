import { describe, expect, it } from 'vitest';
import { lemmatise } from '../../../src/core/related/lemma';

describe('lemmatise', () => {
  it.each([
    ['shells', 'shell'],
    ['missiles', 'missile'],
    ['casualties', 'casualty'],
    ['countries', 'country'],
    ['boxes', 'box'],
    ['churches', 'church'],
    ['classes', 'class'],
    ['volcanoes', 'volcano'],
    ['people', 'person'],
    ['children', 'child'],
    ['women', 'woman'],
    ['lives', 'life'],
    ['archives', 'archive'],
    ['houses', 'house'],
    ['Embassies', 'embassy'],
    ['munitions', 'munition'],
  ])('%s → %s', (plural, singular) => {
    expect(lemmatise(plural)).toBe(singular);
  });

  it.each(['shell', 'crisis', 'bus', 'news', 'status', 'dangerous', 'aircraft', 'species', 'glass'])(
    'leaves the singular or uncountable %s alone',
    (word) => {
      expect(lemmatise(word)).toBe(word);
    },
  );

  it('is idempotent on what it produces', () => {
    for (const word of ['shells', 'casualties', 'boxes', 'people', 'heroes', 'offices']) {
      const once = lemmatise(word);
      expect(lemmatise(once)).toBe(once);
    }
  });

  it('never reads Object.prototype for words like "constructor"', () => {
    expect(lemmatise('constructor')).toBe('constructor');
    expect(lemmatise('toString')).toBe('tostring');
    expect(lemmatise('__proto__')).toBe('__proto__');
  });
});
