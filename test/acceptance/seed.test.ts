/**
 * The seed page, through the scanner as a reader runs it (`claimlens scan article.html --json`):
 * every claim expected.json lists is found with each field it gives, and nothing else is highlighted.
 * A claim matches when its highlighted phrase overlaps the listed 'text' and every listed field agrees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import type { Claim } from '../../src/core/types';

const SEED = path.resolve(import.meta.dirname, '../fixtures/pages/seed');

interface Expected {
  claims: ({ text: string } & Record<string, unknown>)[];
  notClaims: string[];
}

const expected = JSON.parse(readFileSync(path.join(SEED, 'expected.json'), 'utf8')) as Expected;

interface Scan {
  text: string;
  claims: Claim[];
}

async function* noInput(): AsyncGenerator<string> {}

async function scan(file: string): Promise<Scan> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const status = await run(['scan', file, '--json'], { stdin: noInput(), stdout, stderr, cwd: SEED });
  expect(status).toBe(0);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Scan;
}

/** Every field `want` gives agrees with `have`, recursively; fields `want` leaves out are free. */
function agrees(have: unknown, want: unknown): boolean {
  if (want === null || typeof want !== 'object') return have === want;
  if (have === null || typeof have !== 'object') return false;
  return Object.entries(want).every(([key, value]) => agrees((have as Record<string, unknown>)[key], value));
}

function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the article text`);
  return { start, end: start + phrase.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

describe('seed page through the scanner', () => {
  let result: Scan;
  beforeAll(async () => {
    result = await scan('article.html');
  });

  for (const want of expected.claims) {
    it(`finds "${want.text}" with every field expected.json gives`, () => {
      const where = spanOf(result.text, want.text);
      const candidates = result.claims.filter((c) => overlaps(c, where));
      expect(candidates.length, `no claim overlaps "${want.text}"`).toBeGreaterThan(0);
      const { text: _text, ...fields } = want;
      const match = candidates.find((c) => agrees(c, fields));
      // On failure, show the nearest candidate against what was expected.
      if (!match) expect(candidates[0]).toMatchObject(fields);
    });
  }

  it('highlights nothing but the expected claims', () => {
    const wanted = expected.claims.map((c) => spanOf(result.text, c.text));
    const extra = result.claims.filter((c) => !wanted.some((w) => overlaps(c, w))).map((c) => c.text);
    expect(extra).toEqual([]);
    expect(result.claims).toHaveLength(expected.claims.length);
  });

  it('highlights none of the page furniture, dates and time qualifiers', () => {
    for (const phrase of expected.notClaims) {
      for (let at = result.text.indexOf(phrase); at >= 0; at = result.text.indexOf(phrase, at + 1)) {
        const hit = result.claims.find((c) => overlaps(c, { start: at, end: at + phrase.length }));
        expect(hit?.text, `"${phrase}" is highlighted`).toBeUndefined();
      }
    }
  });
});
