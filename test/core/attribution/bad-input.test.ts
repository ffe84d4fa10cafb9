import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { createDescriber, type DescribedClaim } from '../../../src/core/attribution';
import type { QuantityFinding } from '../../../src/core/quantity';
import type { Span } from '../../../src/core/types';
import { splitSentences as sentencesOf } from '../../../src/core/text';

/** Words that exercise every rule: cues, names, quotes, hedges, times, denials, numbers. */
const VOCABULARY = [
  'said', 'says', 'according', 'to', 'as', 'per', 'citing', 'reportedly', 'allegedly', 'the', 'a', 'ministry', 'Reuters',
  'officials', 'who', 'asked', 'not', 'be', 'named', 'familiar', 'with', 'It', 'added', 'He', 'denied', 'figure', 'may',
  'have', 'since', 'August', 'in', 'last', 'year', 'priced', 'at', 'each', 'of', 'shells', 'John', 'Smith', 'army', 'newspaper',
  '"', '“', '”', ',', ';', ':', '.', '—', '(', ')', '12', '3,000', '$5', '40%', 'and', 'but', 'while', '\n', "'s", 'Times',
];

/** Findings on every number of the text, as the finder would report them. */
function findingsIn(text: string, sentence: Span): QuantityFinding[] {
  const findings: QuantityFinding[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(/[$]?\d[\d,]*%?/g)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    findings.push({
      quantity: { text: m[0], start, end, value: null, range: null, unit: null, change: '=' },
      kind: 'count',
      per: null,
      phrase: { start, end },
    });
  }
  return findings;
}

function run(text: string, sentences: Span[]): DescribedClaim[] {
  const describe = createDescriber(text, { publisher: 'Test Post' });
  return sentences.flatMap((s) => describe(s, findingsIn(text, s)));
}

function expectWellFormed(text: string, claims: DescribedClaim[]): void {
  for (const claim of claims) {
    expect(claim.text).toBe(text.slice(claim.start, claim.end));
    for (let source = claim.source as DescribedClaim['source'] | null; source; source = source.via) {
      if (source.start !== null && source.end !== null) {
        expect(source.start).toBeLessThanOrEqual(source.end);
        expect(source.text).toBe(text.slice(source.start, source.end));
      }
      if (source.kind === 'reported') expect(source.name).toBeNull();
    }
  }
}

group('bad input', () => {
  it('describes any run of words, marks and numbers without throwing, one claim per finding', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 120 }), (words) => {
        const text = words.join(' ');
        const sentences = sentencesOf(text);
        const claims = run(text, sentences);
        const findings = sentences.reduce((n, s) => n + findingsIn(text, s).length, 0);
        expect(claims).toHaveLength(findings);
        expectWellFormed(text, claims);
      }),
      { numRuns: 300 },
    );
  });

  it('describes arbitrary text as one sentence without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(text, run(text, [{ start: 0, end: text.length }]));
      }),
      { numRuns: 300 },
    );
  });

  it('describes findings anywhere in a sentence, whatever the words around them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 6 }),
        (words, spans) => {
          const text = words.join(' ');
          const findings: QuantityFinding[] = spans
            .map(([at, length]) => ({ start: at % text.length, end: Math.min(text.length, (at % text.length) + length + 1) }))
            .sort((a, b) => a.start - b.start)
            .map((phrase) => ({
              quantity: { text: text.slice(phrase.start, phrase.end), ...phrase, value: 1, range: null, unit: null, change: '=' },
              kind: 'count',
              per: null,
              phrase,
            }));
          const claims = createDescriber(text, {})({ start: 0, end: text.length }, findings);
          expect(claims).toHaveLength(findings.length);
          expectWellFormed(text, claims);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a 10,000-word sentence of cues, quotes and numbers through', () => {
    const words: string[] = [];
    for (let i = 0; i < 10_000; i++) words.push(VOCABULARY[(i * 7919) % VOCABULARY.length]!.replace('\n', 'x'));
    const text = words.join(' ');
    const claims = run(text, [{ start: 0, end: text.length }]);
    expect(claims).toHaveLength(findingsIn(text, { start: 0, end: text.length }).length);
    expectWellFormed(text, claims);
  });

  it('gives a table of numbers without verbs the article as source', () => {
    const text = 'Region 12 40% 3,000 North 15 22% 4,100 South 9 31% 2,700';
    const claims = run(text, [{ start: 0, end: text.length }]);
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((c) => c.source.kind))).toEqual(new Set(['article']));
  });

  it('keeps unbalanced and nested quotation marks from leaking past the paragraph', () => {
    const text = 'He said: “They told us “12 boats” and then “more.\nThe port has 40 berths.';
    const claims = run(text, sentencesOf(text));
    expect(claims.find((c) => c.text === '40')!.source.kind).toBe('article');
  });
});
