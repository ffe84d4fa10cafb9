import { afterEach, describe, expect, it } from 'vitest';
import { relatedInArticle } from '../../../src/core/related';
import type { HistoryFact, PackFact, RelatedFact } from '../../../src/core/related/types';
import { RelatedFacts } from '../../../src/page/overlay/RelatedFacts';
import { claimIn } from '../../core/related/make-claim';
import { h, renderToDom } from './dom';

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

const TEXT = 'It sold over 1 million artillery shells. Rivals sold 800,000 shells.';
const shells = claimIn(TEXT, { phrase: 'over 1 million artillery shells', kind: 'count', value: 1e6, change: '>', unit: 'shell', subject: 'artillery shells' });
const rival = claimIn(TEXT, { phrase: '800,000 shells', kind: 'count', value: 8e5, unit: 'shell', subject: 'shells' });

const history: HistoryFact = {
  origin: 'history',
  id: 'history:1',
  text: '1.2 million shells',
  subject: 'shells',
  kind: 'count',
  figure: { value: 1.2e6, range: null, unit: 'shell', change: '=' },
  source: { name: 'one.test', url: 'http://one.test/a', title: 'First', date: '2023-11-20' },
  seen: Date.parse('2023-11-21T10:00:00Z'),
  agreement: { verdict: 'agrees', relative: 0.2, summary: 'agrees within the stated firmness (20% higher)' },
};

const hostilePack: PackFact = {
  origin: 'pack',
  id: 'pack:x:1',
  text: '<img src=x onerror=alert(1)>',
  subject: '<b>shells</b>',
  kind: 'count',
  figure: { value: 9e5, range: null, unit: 'shell', change: '=' },
  source: { name: 'Evil <script>', url: 'javascript:alert(1)', title: null, date: '2023' },
  packName: 'Pack',
  agreement: { verdict: 'differs', relative: -0.1, summary: 'differs: 10% lower' },
};

describe('RelatedFacts', () => {
  it('says it is looking while the facts are loading', () => {
    const root = renderToDom(h(RelatedFacts, { claim: shells, facts: null }));
    expect(root.querySelector('[aria-busy="true"]')?.textContent).toContain('Looking for related facts');
  });

  it('groups the facts by kind, with source, date and verdict, and draws a chart of the comparable ones', () => {
    const facts: RelatedFact[] = [...(relatedInArticle([shells, rival], TEXT).get(shells.id) ?? []), history];
    const root = renderToDom(h(RelatedFacts, { claim: shells, facts }));
    const groups = [...root.querySelectorAll('.cl-related-group')].map((g) => g.getAttribute('data-origin'));
    expect(groups).toEqual(['article', 'history']);
    const historyItem = root.querySelector('[data-origin="history"] li');
    expect(historyItem?.textContent).toContain('“1.2 million shells”');
    expect(historyItem?.querySelector('a')?.getAttribute('href')).toBe('http://one.test/a');
    expect(historyItem?.textContent).toContain('one.test');
    expect(historyItem?.textContent).toContain('agrees within the stated firmness');
    const chart = root.querySelector('svg.cl-related-chart');
    expect(chart?.querySelectorAll('rect.cl-bar').length).toBe(3);
    expect(chart?.querySelector('[data-claim="true"]')?.textContent).toContain('this page');
  });

  it('shows pack text as text, never as markup, and links only web addresses', () => {
    const root = renderToDom(h(RelatedFacts, { claim: shells, facts: [hostilePack] }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('Evil <script>');
    expect(root.textContent).toContain('900,000 <b>shells</b>');
  });

  it('labels ClaimLens’s own arithmetic as computed and writes it out', () => {
    const text = 'The barrel is 155 mm wide.';
    const calibre = claimIn(text, { phrase: '155 mm', kind: 'measure', value: 155, unit: 'millimetre' });
    const root = renderToDom(h(RelatedFacts, { claim: calibre, facts: relatedInArticle([calibre], text).get(calibre.id) ?? [] }));
    const group = root.querySelector('[data-origin="computed"]');
    expect(group?.querySelector('h4')?.textContent).toBe('Computed by ClaimLens');
    expect(group?.querySelector('li')?.textContent).toBe('155 mm ÷ 25.4 mm/in = 6.1 in');
  });

  it('draws no chart for a single figure', () => {
    const root = renderToDom(h(RelatedFacts, { claim: shells, facts: [{ ...history, agreement: null }] }));
    expect(root.querySelector('svg')).toBeNull();
  });
});

describe('RelatedFacts: figures of the same article', () => {
  const text = 'Officials said <b>the plant</b> made 4,000 drones in May. Rivals made 1,500 drones. The plant made 4,000 drones.';
  const made = claimIn(text, { phrase: '4,000 drones', kind: 'count', value: 4000, unit: 'drone', subject: 'drones', source: { kind: 'media', name: 'example.com' } });
  const rivals = claimIn(text, { phrase: '1,500 drones', kind: 'count', value: 1500, unit: 'drone', subject: 'drones' });

  it('shows each with the words around it as text, who says it, and how it compares; the claim again only as a note', () => {
    const again = claimIn(text, { phrase: '4,000 drones', kind: 'count', value: 4000, unit: 'drone', subject: 'drones' }, text.lastIndexOf('4,000 drones'));
    const facts = relatedInArticle([made, rivals, again], text).get(rivals.id) ?? [];
    const root = renderToDom(h(RelatedFacts, { claim: rivals, facts }));
    const items = [...root.querySelectorAll('li[data-origin="article"]')];
    expect(items).toHaveLength(1);
    expect(items[0]?.querySelector('.cl-related-number')?.textContent).toBe('4,000 drones');
    expect(items[0]?.querySelector('.cl-related-context')?.textContent).toContain('<b>the plant</b> made');
    expect(root.querySelector('b')).toBeNull();
    expect(items[0]?.querySelector('.cl-related-source')?.textContent).toBe(' — example.com');
    expect(items[0]?.textContent).toMatch(/2\.67 times as high|167% higher/);
    const own = relatedInArticle([made, rivals, again], text).get(made.id) ?? [];
    const ownRoot = renderToDom(h(RelatedFacts, { claim: made, facts: own }));
    expect(ownRoot.querySelector('.cl-related-repeat')?.textContent).toBe('Stated once more in the article');
    expect([...ownRoot.querySelectorAll('li[data-origin="article"]')].map((li) => li.querySelector('.cl-related-number')?.textContent)).toEqual(['1,500 drones']);
  });
});
