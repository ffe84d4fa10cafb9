/**
 * The examples on the real pipeline: the seed article, analysed as the CLI and content script
 * analyse it, gets the computed facts the related-facts core promises.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../src/cli/html';
import { analyse } from '../../../src/core/analyse';
import { relatedInArticle } from '../../../src/core/related';
import type { ArticleFact, ComputedFact } from '../../../src/core/related/types';
import { articleFactWords } from '../../../src/view/related';

const html = readFileSync(new URL('../../fixtures/pages/seed/article.html', import.meta.url), 'utf8');
const article = articleFromHtml(html, 'https://cnews.example/kim-embassies');
if (!article) throw new Error('the seed article has no text');
const claims = analyse(article.text, article.info);
const related = relatedInArticle(claims, article.text);

function computedFor(phrase: string, method: ComputedFact['method']): ComputedFact[] {
  const claim = claims.find((c) => c.text.includes(phrase));
  if (!claim) throw new Error(`no claim reads "${phrase}"`);
  return (related.get(claim.id) ?? []).filter((f): f is ComputedFact => f.origin === 'computed' && f.method === method);
}

describe('related facts on the seed article', () => {
  it('converts 155 mm to inches', () => {
    expect(computedFor('155 mm', 'conversion').map((f) => f.text)).toEqual(['155 mm ≈ 6.1 in']);
  });

  it('sums the missions stated together', () => {
    for (const part of ['47 embassies', 'three consulates', 'three representative offices']) {
      expect(computedFor(part, 'sum').map((f) => f.figure.value)).toEqual([53]);
    }
  });

  it('totals the shells at the stated unit price', () => {
    const [total] = computedFor('1 million artillery shells', 'total');
    expect(total?.figure).toMatchObject({ value: 3e9, unit: 'dollar' });
    expect(total?.arithmetic).toBe('over 1 million shells × ≈ $3,000 = ≈ $3 billion');
  });

  it('relates the shell count to the shell price without comparing their figures', () => {
    const shells = claims.find((c) => c.text.includes('1 million artillery shells'));
    const price = (related.get(shells?.id ?? '') ?? []).find((f) => f.origin === 'article' && f.claim.text.includes('$3,000'));
    expect(price).toMatchObject({ relation: 'same-subject', agreement: null });
  });
});

describe('what the seed card says about its related figures', () => {
  const shells = claims.find((c) => c.text.includes('1 million artillery shells'));
  const articleFacts = (related.get(shells?.id ?? '') ?? []).filter((f): f is ArticleFact => f.origin === 'article');

  it('shows the shipments and the price per shell, each with the words around it', () => {
    const shipments = articleFacts.find((f) => f.claim.text.includes('2,000 shipments'));
    const price = articleFacts.find((f) => f.claim.text.includes('$3,000'));
    expect(shipments?.context.after).toMatch(/^of military equipment/);
    expect(price?.context.before).toMatch(/NATO forces, priced at$/);
    expect(price && articleFactWords(price).about).toBe('155 mm shells');
    expect(price).toMatchObject({ role: 'unit-price' });
  });
});
