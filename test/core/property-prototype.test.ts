import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/table';
import { analyse } from '../../src/core/analyse';
import { relatedInArticle } from '../../src/core/related';
import { matchStored, probeFor, storedFigureOf } from '../../src/core/related/stored';
import type { Claim, DocumentInfo } from '../../src/core/types';
import { announcement, firmnessText, plainValue, sourceChainText } from '../../src/view/claim';

/**
 * Page text must never index a plain object: a word such as "constructor" or "toString" read as a key of a
 * lookup table reaches Object.prototype and turns into NaN figures or function source in the card. Every
 * name Object.prototype carries (and "__proto__", which is an accessor rather than a listed name on some
 * engines) goes through the whole engine, alone and inside sentences with numbers and cues.
 */
const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
const spellings = (name: string): string[] => [name, name.toLowerCase(), name[0]!.toUpperCase() + name.slice(1)];
const NAME = fc.constantFrom(...PROTOTYPE_NAMES.flatMap(spellings));

/** Sentence shapes that put a word where the engine looks up number words, scales, units, nouns and cues. */
const TEMPLATES: ((w: string, n: string) => string)[] = [
  (w) => w,
  (w, n) => `${w} said ${n} ${w}.`,
  (w, n) => `${n} ${w}`,
  (w, n) => `${n}${w} ${w}`,
  (w, n) => `$${n} ${w}`,
  (w, n) => `${n} ${w} dollars`,
  (w, n) => `It rose ${n} ${w}, ${w} said.`,
  (w, n) => `${w} ${w} ${n} ${w} people were counted, according to ${w}.`,
  (w, n) => `Between ${n} and ${n} ${w} of ${w} fell, police said.`,
  (w, n) => `one ${w} and a half ${w}, ${n} ${w} a year`,
  (w, n) => `${w}-${w} ${n}½ ${w} per ${w}`,
  (w) => `tens of ${w} of people; ${w} dozen ${w}; half a ${w}`,
  (w) => `two ${w}-three ${w} thousand ${w}, a ${w} million ${w}`,
  (w, n) => `The ${w} Ministry reported ${n} per cent of ${w} ${w}s.`,
];
const TEMPLATE = fc.constantFrom(...TEMPLATES);
const NUMBER = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map(String), fc.constantFrom('5', '2.5', '1,000', 'three'));

/** Text made of prototype names, numbers and cue words in any order. */
const mixed = fc
  .array(fc.oneof(NAME, NUMBER, fc.constantFrom(' ', ', ', '. ', ' said ', ' million ', ' of ', ' per ', '%', '$', '-')), {
    maxLength: 24,
  })
  .map((parts) => parts.join(' '));

const NO_INFO: DocumentInfo = { title: null, url: null, publisher: null, published: null };
const FUNCTION_TEXT = /native code|function\s*\w*\s*\(|=>|\[object |NaN|undefined/;

/** Every value in a record is a finite number, string, boolean or null, or a plain array or object of such. */
function expectPlainData(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    if (typeof value === 'string') expect(value, path).not.toMatch(/native code|\[object /);
    return;
  }
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
    return;
  }
  expect(typeof value, path).toBe('object');
  const proto = Object.getPrototypeOf(value);
  expect(proto === Object.prototype || proto === Array.prototype, `${path} is a plain object or array`).toBe(true);
  for (const key of Object.keys(value as object)) expectPlainData((value as Record<string, unknown>)[key], `${path}.${key}`);
}

/** The whole engine on one text: claims, related facts, a stored-figure match, and every text shown for a claim. */
function runEverything(text: string): void {
  const claims: Claim[] = analyse(text, { publisher: 'The Daily' });
  expectPlainData(claims, 'claims');
  for (const claim of claims) {
    expect(claim.quantity.value === null || typeof claim.quantity.value === 'number').toBe(true);
    for (const shown of [plainValue(claim), firmnessText(claim), sourceChainText(claim.source), announcement(claim, 1, 1)]) {
      expect(shown).not.toMatch(FUNCTION_TEXT);
    }
    const probe = probeFor(claim, 0);
    if (probe) {
      const stored = storedFigureOf({ kind: claim.kind, subject: claim.subject, figure: probe.figure, per: claim.per, date: null });
      if (stored) expectPlainData(matchStored(probe, stored), 'match');
    }
  }
  const related = relatedInArticle(claims, text);
  for (const [id, facts] of related) expectPlainData(facts, `related ${id}`);
  expect(formatTable(NO_INFO, claims)).not.toMatch(FUNCTION_TEXT);
}

describe('page words that name Object.prototype members', () => {
  it('are no lookup keys, alone or in any sentence shape', () => {
    for (const name of PROTOTYPE_NAMES.flatMap(spellings)) {
      for (const template of TEMPLATES) {
        for (const n of ['5', '2.5', 'three']) expect(() => runEverything(template(name, n)), template(name, n)).not.toThrow();
      }
    }
  });

  it('are no lookup keys in random sentences with numbers and cues', () => {
    fc.assert(
      fc.property(TEMPLATE, NAME, NUMBER, mixed, (template, name, n, noise) => {
        runEverything(`${template(name, n)} ${noise}`);
      }),
      { numRuns: 300 },
    );
  });

  it('do not read as number words: "constructor said 5 toString" counts 5 of nothing more', () => {
    const [claim] = analyse('The constructor said 5 toString were built.');
    expect(claim?.quantity.value).toBe(5);
  });
});
