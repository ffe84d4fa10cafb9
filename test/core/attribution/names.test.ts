import { describe as group, expect, it } from 'vitest';
import { describe } from './describe-helper';

const nameOf = (text: string, phrase: string): string | null => describe(text, [{ phrase }])[0]!.source.name;

group('a source is named by its proper name, not its descriptor', () => {
  it('drops a common-noun descriptor before a name after "according to"', () => {
    expect(nameOf('Ticket sales reached 9,000, according to market research firm Quillstat.', '9,000')).toBe('Quillstat');
  });

  it('reads a capitalised word that could be a verb as part of the name', () => {
    const [claim] = describe('Nests fell to 12, according to bird rescue group Project Heron.', [{ phrase: '12' }]);
    expect(claim!.source).toMatchObject({ kind: 'organisation', name: 'Project Heron' });
  });

  it('reads a name that starts with digits as the name', () => {
    expect(nameOf('Visits rose by 7%, according to web analytics company 4sight.', '7%')).toBe('4sight');
  });

  it('drops a descriptor before a name in front of the verb', () => {
    expect(nameOf('The river charity Clearwater Trust said 25 weirs were removed.', '25 weirs')).toBe('Clearwater Trust');
  });

  it('keeps a name set off by an apposition', () => {
    expect(nameOf('Clearwater Trust, a river charity, said 25 weirs were removed.', '25 weirs')).toBe('Clearwater Trust');
  });

  it('keeps a possessive owner and an "of" complement that belong to the name', () => {
    expect(nameOf("Oslo University's Institute of Marine Studies estimated 80 species were at risk.", '80 species')).toBe(
      "Oslo University's Institute of Marine Studies",
    );
  });

  it('keeps a name followed by its common noun, and a body named by a preposition', () => {
    expect(nameOf("As per Norway's Aftenpost newspaper, 14 ferries were idle.", '14 ferries')).toBe("Norway's Aftenpost newspaper");
    expect(nameOf('A trade group in Lisbon said 60 shops closed.', '60 shops')).toBe('A trade group in Lisbon');
  });
});
