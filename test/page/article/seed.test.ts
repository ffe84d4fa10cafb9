import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/article';
import { expectRoundTrip, fixture } from './dom';

describe('the seed article', () => {
  const extraction = extractArticle(fixture('seed/article.html'))!;

  it('finds the <article> element', () => {
    expect(extraction.foundBy).toBe('article');
    expect(extraction.root.localName).toBe('article');
  });

  it('reads the headline and the four paragraphs, each on its own line', () => {
    const lines = extraction.text.split('\n');
    expect(lines[0]).toBe('Kim Jong Un sees bigger cash-cow in Russia arms than embassies');
    expect(lines[1]).toMatch(/^Leader Kim Jong Un is embarking on the most significant reduction/);
    expect(lines[2]).toMatch(/^While North Korea has increased its diplomatic engagement/);
    expect(lines[2]).toMatch(/North Korea has 47 embassies, three consulates, and three representative offices, according to the South Korean ministry\.$/);
    expect(lines[3]).toMatch(/^North Korea's embassies have been associated with unorthodox activities/);
    expect(lines[4]).toMatch(/priced at approximately \$3,000 each\.$/);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });

  it('leaves out navigation, byline, the Most read box, comments and the footer', () => {
    for (const furniture of ['Live: 24 updates', 'Home', '4 min read', 'By Staff Reporter', 'Most read', 'Top 10 cities', 'Markets close 2% higher', 'Comments (12)', 'refrain from using', '© 2023']) {
      expect(extraction.text).not.toContain(furniture);
    }
  });

  it('decodes entities and keeps the text as written', () => {
    expect(extraction.text).toContain("North Korea's diplomatic presence");
    expect(extraction.text).toContain('over 1 million artillery shells');
  });

  it('maps every stretch of text back to its Text node', () => {
    expectRoundTrip(extraction);
  });

  it('reads what the page says about itself', () => {
    expect(extraction.info).toEqual({
      title: 'Kim Jong Un sees bigger cash-cow in Russia arms than embassies',
      url: null,
      publisher: 'Cnews Live',
      published: '2023-11-20T08:30:00Z',
    });
  });
});
