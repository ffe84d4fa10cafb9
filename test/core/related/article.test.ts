import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { relatedInArticle, relatedInArticleSteps } from '../../../src/core/related';
import { analyse } from '../../../src/core/analyse';
import * as subjectModule from '../../../src/core/related/subject';
import type { ComputedFact, RelatedFact } from '../../../src/core/related/types';
import type { Claim } from '../../../src/core/types';
import { claim, claimIn } from './make-claim';

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

/** Claims as an article of `n` figures might hold them: few subjects, shared heads, several units. */
const HEADS = ['shells', 'embassies', 'people', 'facilities', 'prices'];
const MODIFIERS = ['', 'artillery ', 'military ', 'diplomatic ', 'civilian '];
const UNITS: [Claim['kind'], string | null][] = [
  ['count', null],
  ['money', 'dollar'],
  ['money', 'euro'],
  ['measure', 'millimetre'],
  ['measure', 'kilometre'],
  ['percent', 'percentage'],
];
const claimSpec = fc.record({
  gap: fc.integer({ min: 0, max: 40 }),
  head: fc.integer({ min: 0, max: HEADS.length - 1 }),
  modifier: fc.integer({ min: 0, max: MODIFIERS.length - 1 }),
  unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
  value: fc.integer({ min: 1, max: 5000 }),
  change: fc.constantFrom<Claim['quantity']['change']>('=', '~', '>', '<'),
  per: fc.constantFrom(null, 'each', 'a year'),
  subjectless: fc.boolean(),
});

type ClaimSpecValue = typeof claimSpec extends fc.Arbitrary<infer T> ? T : never;

function articleOf(specs: ClaimSpecValue[], from = 0): Claim[] {
  let at = from;
  return specs.map((spec, i) => {
    at += spec.gap;
    const [kind, unit] = UNITS[spec.unit]!;
    const subject = spec.subjectless ? null : `${MODIFIERS[spec.modifier]}${HEADS[spec.head]}`;
    const phrase = `${spec.value} ${subject ?? unit ?? ''}`;
    const made: Claim = {
      ...claim({ phrase, kind, value: spec.value, unit: kind === 'count' ? HEADS[spec.head]! : unit, change: spec.change, subject, per: spec.per }),
      id: `c${from}-${i}`,
    };
    return { ...made, start: at, end: at + phrase.length, sentence: { start: at, end: at + phrase.length } };
  });
}

describe('relatedInArticle at scale', () => {
  it("never lists a claim with itself, a fact twice, or a mention of the claim's own figure, on articles of ordinary size", () => {
    fc.assert(
      fc.property(fc.array(claimSpec, { maxLength: 60 }), (specs) => {
        const claims = articleOf(specs);
        for (const [id, facts] of relatedInArticle(claims)) {
          const listed = facts.flatMap((f) => (f.origin === 'article' ? [f.claim.id] : []));
          const repeats = facts.flatMap((f) => (f.origin === 'repeat' ? [f.claim.id] : []));
          expect(listed).not.toContain(id);
          expect(new Set(listed).size).toBe(listed.length);
          expect(listed.filter((other) => repeats.includes(other))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('runs stepwise to the same result', () => {
    const claims = articleOf(fc.sample(claimSpec, { numRuns: 200, seed: 7 }));
    const steps = relatedInArticleSteps(claims);
    let step = steps.next();
    let count = 0;
    for (; !step.done; step = steps.next()) count++;
    expect(step.value).toEqual(relatedInArticle(claims));
    // Small steps: a few per claim, so a slice can stop between any two.
    expect(count).toBeGreaterThanOrEqual(claims.length * 3);
  });

  /**
   * Judged by work done, not by a clock: the number of subject comparisons grows linearly when every claim
   * shares one head noun (the shape that made the old all-pairs code quadratic).
   */
  it('compares a bounded number of claims per claim, however many share a subject', () => {
    const sameSubject = (n: number) =>
      articleOf(Array.from({ length: n }, (_, i) => ({ gap: 5, head: 0, modifier: 1 + (i % 4), unit: 1, value: i + 1, change: '=' as const, per: null, subjectless: false })));
    const comparisons = (n: number): number => {
      const claims = sameSubject(n);
      let calls = 0;
      const spy = vi.spyOn(subjectModule, 'subjectsCompatible').mockImplementation((a, b) => {
        calls++;
        return a.head === b.head && (a.modifiers.length === 0 || b.modifiers.length === 0 || a.modifiers.some((m) => b.modifiers.includes(m)));
      });
      try {
        relatedInArticle(claims);
      } finally {
        spy.mockRestore();
      }
      return calls;
    };
    const small = comparisons(1000);
    const large = comparisons(8000);
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(small * 8 * 1.1);
  });

  it('multiplies each price by a bounded number of counts, the nearest ones', () => {
    const text = 'Shells cost $3,000 each. ';
    const counts = Array.from({ length: 2000 }, (_, i) => ({ ...claim({ phrase: `${i + 1} shells`, kind: 'count', value: i + 1, unit: 'shell', subject: 'shells' }), id: `n${i}`, start: 100 + i * 10 }));
    const price = claimIn(text, { phrase: '$3,000 each', kind: 'money', value: 3000, unit: 'dollar', per: 'each', subject: 'shells' });
    const totals = computed(relatedInArticle([price, ...counts]).get(price.id), 'total');
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.length).toBeLessThanOrEqual(16);
    expect(totals.map((t) => t.fromClaims[0])).toEqual(counts.slice(0, totals.length).map((c) => c.id));
  });
});

describe('counts of different things', () => {
  it('are related but never said to agree or differ, unless a rule says they state one thing', () => {
    const text = 'Since May the quarry has reportedly sent over 500,000 bricks to the coast, and around 900 shipments of timber have left since June.';
    const claims = analyse(text);
    const bricks = claims.find((c) => c.text.includes('bricks'))!;
    const shipments = claims.find((c) => c.text.includes('shipments'))!;
    const fact = relatedInArticle(claims, text).get(bricks.id)?.find((f) => f.origin === 'article' && f.claim.id === shipments.id);
    expect(fact).toMatchObject({ relation: 'coordinated', agreement: null });
  });
});
