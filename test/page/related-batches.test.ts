/**
 * A page of thousands of claims asks the background for their history and pack facts in batches: each
 * message is copied on the page's thread, so one message for all of them would be one long task.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryFact, RelatedFact } from '../../src/core/related/types';
import type { Claim } from '../../src/core/types';
import { claim } from '../core/related/make-claim';

const sendMessage = vi.fn<(message: { claims: Claim[] }) => Promise<unknown>>();
vi.mock('../../src/browser', () => ({ browser: { runtime: { sendMessage: (m: { claims: Claim[] }) => sendMessage(m) } } }));

const { addBackgroundFacts } = await import('../../src/page/related-client');

const info = { url: 'https://news.test/a', title: null, publisher: null, published: null };
const claims = Array.from({ length: 2500 }, (_, i) => ({
  ...claim({ phrase: `${i} shells`, kind: 'count', value: i, unit: 'shell', subject: 'shells' }),
  id: `c${i}`,
}));

function remembered(id: string): HistoryFact {
  return {
    origin: 'history',
    id: `history:${id}`,
    text: '45 shells',
    subject: 'shells',
    kind: 'count',
    figure: { value: 45, range: null, unit: 'shell', change: '=' },
    source: { name: 'other.test', url: 'https://other.test/', title: null, date: null },
    seen: 0,
    agreement: null,
  };
}

const emptyFacts = () => new Map<string, RelatedFact[]>(claims.map((c) => [c.id, []]));

beforeEach(() => {
  sendMessage.mockReset();
});

describe('addBackgroundFacts on a big page', () => {
  it('asks in batches of at most a thousand claims and merges every answer', async () => {
    sendMessage.mockImplementation(async ({ claims: asked }) => ({
      facts: Object.fromEntries(asked.map((c) => [c.id, [remembered(c.id)]])),
      problem: null,
    }));
    const { facts, problem } = await addBackgroundFacts(emptyFacts(), claims, info, info.url);
    expect(sendMessage).toHaveBeenCalledTimes(3);
    expect(sendMessage.mock.calls.map(([m]) => m.claims.length)).toEqual([1000, 1000, 500]);
    expect(problem).toBeNull();
    expect(claims.every((c) => facts.get(c.id)?.length === 1)).toBe(true);
  });

  it('keeps the facts of the batches that were answered and says why the others are missing', async () => {
    let call = 0;
    sendMessage.mockImplementation(async ({ claims: asked }) => {
      if (call++ === 1) throw new Error('the background was restarted');
      return { facts: Object.fromEntries(asked.map((c) => [c.id, [remembered(c.id)]])), problem: null };
    });
    const { facts, problem } = await addBackgroundFacts(emptyFacts(), claims, info, info.url);
    expect(problem).toMatch(/unavailable: the background did not answer \(the background was restarted\)/);
    expect(facts.get('c0')).toHaveLength(1);
    expect(facts.get('c1500')).toHaveLength(0);
    expect(facts.get('c2400')).toHaveLength(1);
  });
});
