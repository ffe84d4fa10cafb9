import { describe, expect, it } from 'vitest';
import { relatedInArticle } from '../../../src/core/related';
import type { ComputedFact, RelatedFact } from '../../../src/core/related/types';
import { claimIn } from './make-claim';

const TEXT =
  'The country keeps 47 embassies, three consulates, and three representative offices abroad. ' +
  'It has reportedly sold over 1 million artillery shells since August. ' +
  'Demand has lifted prices for 155 mm shells, now sold at approximately $3,000 each. ' +
  'A rival supplier said it shipped 800,000 shells.';

const embassies = claimIn(TEXT, { phrase: '47 embassies', kind: 'count', value: 47, unit: 'embassy', subject: 'embassies' });
const consulates = claimIn(TEXT, { phrase: 'three consulates', kind: 'count', value: 3, unit: 'consulate', subject: 'consulates' });
const offices = claimIn(TEXT, {
  phrase: 'three representative offices',
  kind: 'count',
  value: 3,
  unit: 'office',
  subject: 'representative offices',
});
const shells = claimIn(TEXT, {
  phrase: 'over 1 million artillery shells',
  kind: 'count',
  value: 1_000_000,
  unit: 'shell',
  change: '>',
  subject: 'artillery shells',
});
const calibre = claimIn(TEXT, { phrase: '155 mm', kind: 'measure', value: 155, unit: 'millimetre' });
const price = claimIn(TEXT, {
  phrase: 'approximately $3,000 each',
  kind: 'money',
  value: 3000,
  unit: 'dollar',
  change: '~',
  per: 'each',
  subject: '155 mm shells',
});
const rival = claimIn(TEXT, { phrase: '800,000 shells', kind: 'count', value: 800_000, unit: 'shell', subject: 'shells' });
const claims = [embassies, consulates, offices, shells, calibre, price, rival];

const computed = (facts: RelatedFact[] | undefined, method: ComputedFact['method']) =>
  (facts ?? []).filter((f): f is ComputedFact => f.origin === 'computed' && f.method === method);

describe('relatedInArticle', () => {
  const related = relatedInArticle(claims, TEXT);

  it('relates claims about the same subject, comparing those in one dimension', () => {
    const facts = related.get(shells.id) ?? [];
    const rivalFact = facts.find((f) => f.origin === 'article' && f.claim.id === rival.id);
    expect(rivalFact).toMatchObject({ relation: 'same-subject', agreement: { verdict: 'differs' } });
    // The price of a shell is about shells too, but in dollars: related, not compared.
    const priceFact = facts.find((f) => f.origin === 'article' && f.claim.id === price.id);
    expect(priceFact).toMatchObject({ relation: 'same-subject', agreement: null, role: 'unit-price' });
  });

  it('relates the parts of a list to each other, and nothing about other subjects', () => {
    const facts = (related.get(embassies.id) ?? []).filter((f) => f.origin === 'article');
    expect(facts.map((f) => f.origin === 'article' && [f.claim.id, f.relation, f.role])).toEqual([
      [consulates.id, 'listed-together', 'part'],
      [offices.id, 'listed-together', 'part'],
    ]);
  });

  it('converts a measure and labels it as computed, with the arithmetic', () => {
    const [conversion] = computed(related.get(calibre.id), 'conversion');
    expect(conversion?.text).toBe('155 mm ≈ 6.1 in');
    expect(conversion?.arithmetic).toBe('155 mm ÷ 25.4 mm/in = 6.1 in');
    expect(conversion?.figure.value).toBeCloseTo(6.1024, 3);
  });

  it('sums the parts stated together, and shows the sum on each part', () => {
    for (const part of [embassies, consulates, offices]) {
      const [sum] = computed(related.get(part.id), 'sum');
      expect(sum?.figure.value).toBe(53);
      expect(sum?.arithmetic).toBe('47 embassies + three consulates + three representative offices = 53 in all');
    }
  });

  it('does not sum counts that are not listed together', () => {
    expect(computed(related.get(shells.id), 'sum')).toEqual([]);
    expect(computed(related.get(rival.id), 'sum')).toEqual([]);
  });

  it('multiplies a count by a unit price of the same thing', () => {
    const totals = computed(related.get(shells.id), 'total');
    const total = totals.find((t) => t.fromClaims.includes(price.id) && t.fromClaims.includes(shells.id));
    expect(total?.figure).toEqual({ value: 3_000_000_000, range: null, unit: 'dollar', change: '~' });
    expect(total?.arithmetic).toBe('over 1 million shells × ≈ $3,000 = ≈ $3 billion');
    // The price's card shows the same total (and the one for the rival's shells).
    expect(computed(related.get(price.id), 'total').map((t) => t.id)).toContain(total?.id);
  });

  it('keeps sums exact only when every part is exact', () => {
    const text = 'They own 12 trucks and about 30 vans.';
    const a = claimIn(text, { phrase: '12 trucks', kind: 'count', value: 12, unit: 'truck', subject: 'trucks' });
    const b = claimIn(text, { phrase: 'about 30 vans', kind: 'count', value: 30, unit: 'van', subject: 'vans', change: '~' });
    const [sum] = computed(relatedInArticle([a, b], text).get(a.id), 'sum');
    expect(sum?.figure).toMatchObject({ value: 42, change: '~' });
    expect(sum?.text).toBe('≈ 42 in all');
  });

  it('names the unit of a sum when every part counts the same thing', () => {
    const text = 'Police found 4 bodies in one house and 3 bodies in another.';
    const a = claimIn(text, { phrase: '4 bodies', kind: 'count', value: 4, unit: 'body', subject: 'bodies' });
    const b = claimIn(text, { phrase: '3 bodies', kind: 'count', value: 3, unit: 'body', subject: 'bodies' });
    // Not listed together: words other than a list join stand between them.
    expect(computed(relatedInArticle([a, b], text).get(a.id), 'sum')).toEqual([]);
    const listed = 'Police found 4 bodies and 3 bodies.';
    const c = claimIn(listed, { phrase: '4 bodies', kind: 'count', value: 4, unit: 'body', subject: 'bodies' });
    const d = claimIn(listed, { phrase: '3 bodies', kind: 'count', value: 3, unit: 'body', subject: 'bodies' });
    expect(computed(relatedInArticle([c, d], listed).get(c.id), 'sum')[0]?.text).toBe('7 bodies');
  });

  it('without the text, sums only claims separated by a list join', () => {
    const related2 = relatedInArticle(claims);
    expect(computed(related2.get(embassies.id), 'sum')[0]?.figure.value).toBe(53);
    expect(computed(related2.get(shells.id), 'sum')).toEqual([]);
  });

  it('does not list figures that only share a unit with the claim', () => {
    const text = 'Shells cost $3,000 each. The aid package is worth $5 billion. ' + 'Items cost $1. '.repeat(6);
    const price = claimIn(text, { phrase: '$3,000 each', kind: 'money', value: 3000, unit: 'dollar', per: 'each', subject: 'shells' });
    const aid = claimIn(text, { phrase: '$5 billion', kind: 'money', value: 5e9, unit: 'dollar', subject: 'aid package' });
    const small = [...text.matchAll(/\$1\./g)].map((m, i) =>
      claimIn(text, { phrase: '$1', kind: 'money', value: 1, unit: 'dollar', subject: `item${i} sales` }, m.index ?? 0),
    );
    const facts = relatedInArticle([aid, price, ...small], text).get(aid.id) ?? [];
    expect(facts.filter((f) => f.origin === 'article')).toEqual([]);
  });
});
