import { describe as group, expect, it } from 'vitest';
import { relativeMention } from '../../../src/core/attribution/antecedents';
import { describe } from './describe-helper';

group('bare definite mentions take their antecedent', () => {
  it('"the company" continues the company the paragraph is about', () => {
    const claims = describe(
      'Northwind Grocers has been cutting prices all spring. Shoppers noticed. The company said its deals saved families 40 dollars a month.',
      [{ phrase: '40 dollars' }],
    );
    expect(claims[0]!.source).toMatchObject({ kind: 'organisation', name: 'Northwind Grocers', cue: 'said' });
  });

  it('"The report" continues the author of a report named before, however many sentences back', () => {
    const text =
      'A study published on Friday by the Lakeside Institute for Housing looks at rents. Rents rose everywhere. Landlords disagree. Tenants were not surprised. The study found 12 cities where rents doubled.';
    const [claim] = describe(text, [{ phrase: '12 cities' }]);
    expect(claim!.source).toMatchObject({ kind: 'organisation', name: 'the Lakeside Institute for Housing', cue: 'found' });
    // The span is where the article names the source for this claim; the name is who that is.
    expect(text.slice(claim!.source.start!, claim!.source.end!)).toBe('The study');
  });

  it('"the ministry" takes the ministry named before, not a company named since', () => {
    const claims = describe(
      'The Ministry of Water said the dam was safe. Coastal Concrete, which built it, said repairs were done. The ministry added that 8 gates had been replaced.',
      [{ phrase: '8 gates' }],
    );
    expect(claims[0]!.source).toMatchObject({ kind: 'government', name: 'The Ministry of Water' });
  });

  it('a qualified definite mention keeps its own wording', () => {
    const [claim] = describe('Tokyo said trade was steady. The Japanese ministry said 15 ships were inspected.', [{ phrase: '15 ships' }]);
    expect(claim!.source).toMatchObject({ kind: 'government', name: 'The Japanese ministry' });
  });

  it('a quoted person is not taken for "the company"', () => {
    const [claim] = describe(
      'Acme Tools has closed its warehouse. "It was a hard year," Ada Lund said. Lund has run the shop for a decade. The company said 9 stores would close.',
      [{ phrase: '9 stores' }],
    );
    expect(claim!.source).toMatchObject({ kind: 'organisation', name: 'Acme Tools' });
  });
});

group('the relative pronoun between a name and its verb', () => {
  const at = (text: string, name: string, verb: string): string | null => {
    const start = text.indexOf(name);
    const span = relativeMention(text, { start, end: start + name.length }, text.indexOf(verb));
    return span ? text.slice(span.start, span.end) : null;
  };

  it('finds "who" and "which", auxiliaries and adverbs between it and the verb allowed', () => {
    expect(at('Ana Ruiz, who announced a plan, left.', 'Ana Ruiz', 'announced')).toBe('who');
    expect(at('Harbor Events Group, which has also reported losses, closed.', 'Harbor Events Group', 'reported')).toBe('which');
  });

  it('finds none when the verb follows the name directly or a clause stands between', () => {
    expect(at('Ana Ruiz announced a plan.', 'Ana Ruiz', 'announced')).toBeNull();
    expect(at('Ana Ruiz, who met the mayor, announced a plan.', 'Ana Ruiz', 'announced')).toBeNull();
  });
});
