/**
 * The content script's door to related facts, with the background answering as an older history would: its
 * records still hold addresses with query strings and fragments, which the card must not show.
 */
import { describe, expect, it, vi } from 'vitest';
import type { HistoryFact, PackFact } from '../../src/core/related/types';
import type { RelatedLookupResult } from '../../src/messages';
import { claim } from '../core/related/make-claim';

const answer: { value: RelatedLookupResult | null } = { value: null };

vi.mock('../../src/browser', () => ({
  browser: { runtime: { sendMessage: () => Promise.resolve(answer.value) } },
}));

const { fetchRelatedFacts } = await import('../../src/page/related-client');

const figure = { value: 250, range: null, unit: 'tonne', change: '=' } as const;

function historyFact(url: string): HistoryFact {
  return {
    origin: 'history',
    id: 'h1',
    text: '250 tonnes of grain',
    subject: 'grain',
    kind: 'count',
    figure,
    source: { name: 'farm.example', url, title: 'Harvest report', date: null },
    seen: 0,
    agreement: null,
  };
}

describe('related facts from the background', () => {
  it('shows history and pack addresses as origin and path, whatever the records hold', async () => {
    const asked = claim({ phrase: '300 tonnes of grain', kind: 'count', value: 300, unit: 'tonne', subject: 'grain' });
    const pack: PackFact = {
      origin: 'pack',
      id: 'p1',
      text: 'Grain stock',
      subject: 'grain',
      kind: 'count',
      figure,
      source: { name: 'Grain board', url: 'https://board.example/stats/grain?utm_source=newsletter&member=4411#table', title: null, date: '2024' },
      packName: 'Board figures',
      agreement: null,
    };
    answer.value = {
      facts: { [asked.id]: [historyFact('https://farm.example/harvest/2024?session=9f8e7d&email=reader%40mail.example#comments'), pack] },
      problem: null,
    };
    const { facts } = await fetchRelatedFacts([asked], { title: null, url: 'https://news.example/', publisher: null, published: null }, 'https://news.example/');
    const urls = (facts.get(asked.id) ?? []).filter((fact) => fact.origin === 'history' || fact.origin === 'pack').map((fact) => ('source' in fact ? fact.source.url : null));
    expect(urls).toEqual(['https://farm.example/harvest/2024', 'https://board.example/stats/grain']);
  });
});
