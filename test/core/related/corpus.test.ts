/**
 * On every saved real page: no related list repeats the claim's own figure, and every related figure of the
 * same article comes with the words that say what it is about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../src/cli/html';
import { analyse } from '../../../src/core/analyse';
import { relatedInArticle } from '../../../src/core/related';
import type { RelatedFact } from '../../../src/core/related/types';

const dir = new URL('../../fixtures/pages/readability/', import.meta.url);
const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));

describe.each(pages)('related facts on %s', (name) => {
  const article = articleFromHtml(readFileSync(new URL(name, dir), 'utf8'), `https://${name}.example/`);
  const claims = article ? analyse(article.text, article.info) : [];
  const related: Map<string, RelatedFact[]> = article ? relatedInArticle(claims, article.text, article.info) : new Map();

  it('never lists the claim itself or another mention of its figure', () => {
    for (const claim of claims) {
      for (const fact of related.get(claim.id) ?? []) {
        if (fact.origin !== 'article') continue;
        expect(fact.claim.id).not.toBe(claim.id);
        const sameFigure = fact.claim.quantity.value === claim.quantity.value && fact.claim.quantity.unit === claim.quantity.unit;
        const sameWords = fact.claim.text === claim.text && fact.context.before === '' && fact.context.after === '';
        expect(sameFigure && sameWords, `${claim.text} lists ${fact.claim.text}`).toBe(false);
      }
      const listed = (related.get(claim.id) ?? []).flatMap((f) => (f.origin === 'article' ? [f.claim.id] : []));
      const repeats = (related.get(claim.id) ?? []).flatMap((f) => (f.origin === 'repeat' ? [f.claim.id] : []));
      expect(listed.filter((id) => repeats.includes(id))).toEqual([]);
    }
  });

  it('shows each related figure with its subject or the words around it', () => {
    for (const claim of claims) {
      for (const fact of related.get(claim.id) ?? []) {
        if (fact.origin !== 'article') continue;
        const words = `${fact.context.before} ${fact.context.after} ${fact.claim.subject ?? ''}`.trim();
        expect(words.length, `${fact.claim.text} beside ${claim.text}`).toBeGreaterThan(0);
      }
    }
  });
});
