/** Shared pieces of the history and pack storage tests (fake-indexeddb stands in for the browser's). */
import { readFileSync } from 'node:fs';
import type { Claim, DocumentInfo } from '../../src/core/types';
import { claim } from '../core/related/make-claim';

let counter = 0;
/** A fresh database name per test, so tests never see each other's data. */
export function freshDbName(): string {
  counter++;
  return `claimlens-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export const DAY = 86_400_000;
export const NOW = Date.parse('2023-11-25T12:00:00Z');

export function page(url: string, published: string | null, claims: Claim[], title = 'A page'): { url: string; info: DocumentInfo; claims: Claim[] } {
  return { url, info: { url, title, publisher: null, published }, claims };
}

export const shellsClaim = (value: number, change: Claim['quantity']['change'] = '=', subject = 'artillery shells') =>
  claim({ phrase: `${change === '>' ? 'over ' : ''}${value} ${subject}`, kind: 'count', value, change, unit: 'shell', subject });

export function examplePackText(): string {
  return readFileSync(new URL('../../src/background/packs/example.json', import.meta.url), 'utf8');
}

export function packText(facts: object[], id = 'test-pack', name = 'Test pack'): string {
  return JSON.stringify({ format: 'claimlens-fact-pack', version: 1, id, name, facts });
}

export const shellFact = (value: number, date = '2023-10-01') => ({
  subject: 'artillery shells',
  kind: 'count',
  value,
  unit: 'shell',
  date,
  source: { name: 'Reference agency', url: 'https://example.org/shells' },
});
