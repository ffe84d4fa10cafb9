import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { findQuantities } from '../../src/core/quantity';
import { splitSentences } from '../../src/core/sentences';

/** Text made of the pieces quantities are written with, so the finder's paths are all exercised. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '$', '€', '£', 'US$', '%', ' per cent', ' million', 'bn', 'm', 'k', ' km', ' mm', '-', '–', ' to ', ' and ',
        'between ', 'about ', 'over ', 'up to ', 'rose ', 'fell ', 'a dozen', 'half a ', 'two-thirds', 'tens of thousands of ',
        'dozens of ', ' one', ' three', ' each', ' per day', ' a year', '.', ', ', '\n', '"', '(', ')', 'Mr. ', 'U.S. ',
        'May ', '2023', '10:30', '22nd', 'COVID-19', ' people', ' shells', '…', '?', ' ', 'minus ', '+', '.5',
      ),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('finder properties', () => {
  it('never throws and keeps every offset inside the sentence it was given', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        for (const sentence of splitSentences(text)) {
          expect(sentence.start).toBeGreaterThanOrEqual(0);
          expect(sentence.end).toBeLessThanOrEqual(text.length);
          expect(sentence.start).toBeLessThan(sentence.end);
          for (const f of findQuantities(text, sentence)) {
            const { quantity: q, phrase } = f;
            expect(q.start).toBeGreaterThanOrEqual(sentence.start);
            expect(q.end).toBeLessThanOrEqual(sentence.end);
            expect(q.start).toBeLessThan(q.end);
            expect(q.text).toBe(text.slice(q.start, q.end));
            expect(phrase.start).toBeLessThanOrEqual(q.start);
            expect(phrase.end).toBeGreaterThanOrEqual(q.end);
            expect(phrase.end).toBeLessThanOrEqual(sentence.end);
            expect(q.value === null).toBe(q.range !== null);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps sentences in order and apart', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('runs the whole analysis without throwing', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        for (const claim of analyse(text)) {
          expect(claim.quantity.start).toBeGreaterThanOrEqual(0);
          expect(claim.quantity.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Linearity on hostile input, judged by comparing sizes rather than by a clock threshold: a megabyte
 * must cost about what sixteen 64 KB pieces of the same text cost together (a quadratic finder would
 * take sixteen times longer), with a generous factor and a floor so timer noise on tiny runs cannot fail
 * it; and what is found grows no faster than the text.
 */
describe('hostile input', () => {
  const run = (text: string): { ms: number; found: number } => {
    const t0 = performance.now();
    let found = 0;
    for (const s of splitSentences(text)) found += findQuantities(text, s).length;
    return { ms: performance.now() - t0, found };
  };
  const hostile: [string, (n: number) => string][] = [
    ['digits and commas', (n) => '1,2,3,000,'.repeat(n / 10)],
    ['one one one', (n) => 'one '.repeat(n / 4)],
    ['dots', (n) => '1.'.repeat(n / 2)],
    ['a dozen dozen', (n) => 'a dozen '.repeat(n / 8)],
    ['numbers and units', (n) => '5 km 3 to 4 $5bn-$6bn '.repeat(n / 22)],
  ];
  for (const [name, make] of hostile) {
    it(`stays linear on ${name}`, () => {
      const piece = make(64 * 1024);
      const whole = piece.repeat(16);
      run(piece); // warm up
      let pieces = 0;
      let piecesFound = 0;
      for (let k = 0; k < 16; k++) {
        const r = run(piece);
        pieces += r.ms;
        piecesFound += r.found;
      }
      const all = run(whole);
      // Joining the pieces may merge or split a quantity at each of the 15 seams, no more.
      expect(all.found).toBeLessThanOrEqual(piecesFound + 32);
      expect(all.ms).toBeLessThan(pieces * 4 + 250);
    });
  }
});
