/**
 * The article's extraction on the page, with Readability's reading made elsewhere: the page outlines,
 * waits for the ordinals, and reads the article from the Text nodes kept; with no reading it falls back
 * to ClaimLens's own scoring, and a page that changes while it waits is read as it stands.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../src/page/article';
import type { PageOutline } from '../../src/page/article/outline';
import { readOutline } from '../../src/page/article/readable';
import { page } from './article/dom';

vi.mock('../../src/browser', () => ({ browser: { runtime: {} } }));
const { extractArticleOnPage } = await import('../../src/page/readable-client');

function paragraph(n: number): string {
  return `<p>Paragraph ${n}: the museum said on Friday that ${n * 1000} visitors came in the first week, ${n} percent more than it had planned for, and that it would stay open later.</p>`;
}
const STORY = [1, 2, 3, 4, 5, 6].map(paragraph).join('');
/** Other stories' teasers in a box with no telling name: Readability leaves them out, the own scoring does not. */
const TEASERS = `<div>${['Rates', 'Floods', 'Elections'].map((topic) => `<div><h4><a href="/${topic}">${topic} story headline here</a></h4><p><a href="/${topic}">Teaser about ${topic}.</a> Read on.</p></div>`).join('')}</div>`;
const PAGE = `<div id="wrap"><div>${STORY}${TEASERS}</div></div>`;

const readHere = (doc: Document) => (outline: PageOutline) => Promise.resolve(readOutline(outline, doc.cloneNode(false) as Document));

describe('the extraction on the page', () => {
  it('finds what the extraction in one go finds, the reading made elsewhere', async () => {
    const doc = page(PAGE);
    const read = vi.fn(readHere(doc));
    const extraction = await extractArticleOnPage(doc, {}, { read });
    expect(read).toHaveBeenCalledTimes(1);
    expect(extraction!.text).toBe(extractArticle(doc)!.text);
    expect(extraction!.text).not.toContain('Teaser about');
  });

  it('reads by its own scoring when the reading does not come', async () => {
    const doc = page(PAGE);
    const extraction = await extractArticleOnPage(doc, {}, { read: () => Promise.resolve(null) });
    expect(extraction!.text).toBe(extractArticle(doc, { readability: false })!.text);
    expect(extraction!.text).toContain('Paragraph 6:');
  });

  it('reads the page as it stands when the page replaces what was read while it waited', async () => {
    const doc = page(PAGE);
    const read = async (outline: PageOutline) => {
      const kept = readOutline(outline, doc.cloneNode(false) as Document);
      doc.getElementById('wrap')!.innerHTML = `<div>${[7, 8, 9, 10, 11, 12].map(paragraph).join('')}</div>`;
      return kept;
    };
    const extraction = await extractArticleOnPage(doc, {}, { read });
    expect(extraction!.text).toContain('Paragraph 12:');
    expect(extraction!.text).not.toContain('Paragraph 1:');
  });

  it('asks for no reading when the page marks one articleBody', async () => {
    const doc = page(`<div class="kicker">Arts</div><div itemprop="articleBody">${STORY}</div>`);
    const read = vi.fn(readHere(doc));
    const extraction = await extractArticleOnPage(doc, {}, { read });
    expect(read).not.toHaveBeenCalled();
    expect(extraction!.foundBy).toBe('itemprop');
  });

  it("asks for no reading when the caller wants ClaimLens's own scoring alone", async () => {
    const doc = page(PAGE);
    const read = vi.fn(readHere(doc));
    const extraction = await extractArticleOnPage(doc, { readability: false }, { read });
    expect(read).not.toHaveBeenCalled();
    expect(extraction!.text).toContain('Teaser about');
  });

  it('stops when cancelled while it waits for the reading', async () => {
    const doc = page(PAGE);
    const state = { stopped: false };
    const read = (outline: PageOutline) => {
      state.stopped = true;
      return readHere(doc)(outline);
    };
    expect(await extractArticleOnPage(doc, {}, { read, cancelled: () => state.stopped })).toBeNull();
  });
});
