import { describe, expect, it } from 'vitest';
import { plural, singular } from '../../../src/core/quantity/nouns';

describe('plural', () => {
  it('pluralises the units and nouns the engine names', () => {
    expect(plural('shell')).toBe('shells');
    expect(plural('embassy')).toBe('embassies');
    expect(plural('inch')).toBe('inches');
    expect(plural('foot')).toBe('feet');
  });

  it('reads irregular and unchanging plurals from the same table as singular()', () => {
    expect(plural('people')).toBe('people');
    expect(plural('person')).toBe('people');
    expect(plural('woman')).toBe('women');
    expect(plural('series')).toBe('series');
    expect(plural('bus')).toBe('buses');
    for (const noun of ['children', 'men', 'geese', 'aircraft', 'viruses']) expect(plural(singular(noun))).toBe(noun);
  });
});
