import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryFact } from '../../../src/core/related/types';
import { claimIn } from '../../core/related/make-claim';

const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
vi.mock('../../../src/browser', () => ({ browser: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));

const { fetchRelatedFacts } = await import('../../../src/page/related-client');

const TEXT = 'It has 47 embassies and 3 consulates.';
const embassies = claimIn(TEXT, { phrase: '47 embassies', kind: 'count', value: 47, unit: 'embassy', subject: 'embassies' });
const consulates = claimIn(TEXT, { phrase: '3 consulates', kind: 'count', value: 3, unit: 'consulate', subject: 'consulates' });
const info = { url: 'https://news.test/a', title: null, publisher: null, published: null };

const remembered: HistoryFact = {
  origin: 'history',
  id: 'history:x',
  text: '45 embassies',
  subject: 'embassies',
  kind: 'count',
  figure: { value: 45, range: null, unit: 'embassy', change: '=' },
  source: { name: 'other.test', url: 'https://other.test/', title: null, date: null },
  seen: 0,
  agreement: { verdict: 'differs', relative: -0.04, summary: 'differs: 4.3% lower' },
};

// A block body: a function returned from beforeEach would be run as the test's teardown.
beforeEach(() => {
  sendMessage.mockReset();
});

describe('fetchRelatedFacts', () => {
  it('adds the background’s facts after the article’s own', async () => {
    sendMessage.mockResolvedValue({ facts: { [embassies.id]: [remembered] }, problem: null });
    const { facts, problem } = await fetchRelatedFacts([embassies, consulates], info, info.url, TEXT);
    expect(problem).toBeNull();
    // The consulates are listed with the embassies: a part of the same whole, so an article fact.
    expect(facts.get(embassies.id)?.map((f) => f.origin)).toEqual(['article', 'computed', 'history']);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'related-lookup', url: info.url, info, claims: [embassies, consulates] });
  });

  it('keeps the article’s facts and says why when the background cannot answer', async () => {
    sendMessage.mockImplementation(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const { facts, problem } = await fetchRelatedFacts([embassies, consulates], info, info.url, TEXT);
    expect(facts.get(embassies.id)?.map((f) => f.origin)).toEqual(['article', 'computed']);
    expect(problem).toMatch(/unavailable: the background did not answer \(Could not establish connection/);
  });

  it('refuses an answer of the wrong shape, and says so when there is none', async () => {
    sendMessage.mockResolvedValue({ problem: null });
    const shapeless = await fetchRelatedFacts([embassies], info, info.url, TEXT);
    expect(shapeless.facts.get(embassies.id)).toEqual([]);
    expect(shapeless.problem).toMatch(/gave no related facts/);
    sendMessage.mockResolvedValue(undefined);
    expect((await fetchRelatedFacts([embassies], info, info.url, TEXT)).problem).toMatch(/unavailable: the background did not answer$/);
  });

  it('asks nothing for a page without claims', async () => {
    await fetchRelatedFacts([], info, info.url);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
