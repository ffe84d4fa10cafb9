/**
 * The relevance rules stay near-linear: the work (counted in steps, and in relations proposed) of an
 * article four times as long is about four times as much, however many of its figures share a subject, a
 * value or a word. Counted, not timed, so the test says the same on any machine.
 */
import { describe, expect, it } from 'vitest';
import { articleRelevanceSteps } from '../../../src/core/related/relevance';
import type { Claim } from '../../../src/core/types';
import { claimIn } from './make-claim';

/** n sentences, each with two shell counts listed together and a price of the same value. */
function article(n: number): { text: string; claims: Claim[] } {
  const sentence = 'The army fired 300 shells, 300 shells and paid $5 each for shells at the front. ';
  const text = sentence.repeat(n);
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const at = i * sentence.length;
    const within = (c: Claim): Claim => ({ ...c, sentence: { start: at, end: at + sentence.length } });
    claims.push(within(claimIn(text, { phrase: '300 shells', kind: 'count', value: 300, unit: 'shell', subject: 'shells' }, at)));
    claims.push(within(claimIn(text, { phrase: '300 shells', kind: 'count', value: 300, unit: 'shell', subject: 'shells' }, at + 27)));
    claims.push(within(claimIn(text, { phrase: '$5 each', kind: 'money', value: 5, unit: 'dollar', per: 'each', subject: 'shells' }, at)));
  }
  return { text, claims };
}

function stepsFor(n: number): { steps: number; listed: number } {
  const { text, claims } = article(n);
  const run = articleRelevanceSteps(claims, text);
  let steps = 0;
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { steps, listed: [...step.value.related.values()].reduce((sum, list) => sum + list.length, 0) };
    steps++;
  }
}

describe('relevance at scale', () => {
  it('costs about four times the steps for four times the figures', () => {
    const small = stepsFor(200);
    const large = stepsFor(800);
    expect(large.steps / small.steps).toBeLessThan(5);
    expect(large.listed / small.listed).toBeLessThan(5);
  });
});
