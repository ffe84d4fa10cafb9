import { describe as group, expect, it } from 'vitest';
import { describe } from './describe-helper';

group('people keep the office the article gave them', () => {
  it('a president named again as "Ms" still speaks for government', () => {
    const [claim] = describe(
      'President Lena Varga opened the new bridge on Tuesday. "We built it in 14 months," Ms Varga said.',
      [{ phrase: '14 months' }],
    );
    expect(claim!.source).toMatchObject({ kind: 'government', name: 'Ms Varga' });
  });

  it('an office given in an apposition carries to a bare surname', () => {
    const [claim] = describe(
      'Tomas Riel, the transport minister, visited the depot. Riel later said 240 buses would be replaced.',
      [{ phrase: '240 buses' }],
    );
    expect(claim!.source).toMatchObject({ kind: 'government', name: 'Riel' });
  });

  it('a military title makes later mentions military', () => {
    const [claim] = describe('General Ida Brandt toured the base. Mrs. Brandt said 600 troops had arrived.', [{ phrase: '600 troops' }]);
    expect(claim!.source.kind).toBe('military');
  });

  it('a person introduced without an office stays a person', () => {
    const [claim] = describe('Nora Vik runs a bakery in the old town. Vik said 30 loaves sell before noon.', [{ phrase: '30 loaves' }]);
    expect(claim!.source).toMatchObject({ kind: 'person', name: 'Vik' });
  });

  it('a role at a public body is not an office', () => {
    const [claim] = describe(
      '"It will pass," said Omar Teele, a research fellow at the Council on Trade Policy.\nLater, Teele said 70 votes were counted.',
      [{ phrase: '70 votes' }],
    );
    expect(claim!.source).toMatchObject({ kind: 'person', name: 'Teele' });
  });
});
