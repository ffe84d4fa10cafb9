import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { runToEnd } from '../../../src/core/steps';
import { extractArticle, extractArticleSteps, readableOutlineSteps } from '../../../src/page/article';
import { MAX_READABLE_ELEMENTS, pickFromKept, type ReadableArticle } from '../../../src/page/article/outline';
import { readOutline } from '../../../src/page/article/readable';
import { collectText } from '../../../src/page/article/collect';
import { NODES_PER_STEP } from '../../../src/page/article/walk';
import { expectRoundTrip, page } from './dom';

/** Readability's pick in the page's own nodes, its reading made in-process as Node makes it. */
function readableArticle(doc: Document): ReadableArticle | null {
  const outlined = runToEnd(readableOutlineSteps(doc));
  const kept = outlined && readOutline(outlined.outline, doc.cloneNode(false) as Document);
  return outlined && kept ? pickFromKept(kept, outlined) : null;
}

/** The extraction in steps, its two parts around Readability's reading, counting the yields. */
function* extractionInSteps(doc: Document): Generator<void, ReturnType<typeof extractArticle>, void> {
  const outlined = yield* readableOutlineSteps(doc);
  const kept = outlined && readOutline(outlined.outline, doc.cloneNode(false) as Document);
  // The content script waits here for the background's reading; the page may change meanwhile.
  yield;
  return yield* extractArticleSteps(doc, {}, outlined && kept ? pickFromKept(kept, outlined) : null);
}

/** A paragraph of news prose of our own invention, numbered so each can be found. */
function paragraph(n: number): string {
  return `<p>Paragraph ${n}: the council said on Tuesday that the new bridge, which cost $${n * 10} million, would open in spring, and that traffic on the old crossing had fallen by ${n} percent since the work began.</p>`;
}

const STORY = [1, 2, 3, 4, 5, 6].map(paragraph);

/** Headlines of other stories with a line of teaser each, in a box the site gives no telling name. */
const UNNAMED_TEASERS = `<div>${['Rates', 'Floods', 'Elections']
  .map((topic) => `<div><h4><a href="/${topic}">${topic} story headline here</a></h4><p><a href="/${topic}">Teaser about ${topic}.</a> Read on.</p></div>`)
  .join('')}</div>`;

describe("Readability's pick, read from the live page", () => {
  it('leaves out an unnamed box of other stories set between the paragraphs', () => {
    const doc = page(`<div id="wrap"><div>${STORY.slice(0, 3).join('')}${UNNAMED_TEASERS}${STORY.slice(3).join('')}</div></div>`);
    const { text } = extractArticle(doc)!;
    for (let n = 1; n <= 6; n++) expect(text).toContain(`Paragraph ${n}:`);
    expect(text).not.toMatch(/Teaser about|story headline here/);
    // ClaimLens's own scoring alone, the fallback, keeps the teasers: the reason Readability's pick is read first.
    expect(extractArticle(doc, { readability: false })!.text).toContain('Teaser about');
  });

  it("maps the pick to the live document's own Text nodes", () => {
    const doc = page(`<article>${STORY.join('')}</article>`);
    const readable = readableArticle(doc)!;
    expect(readable.texts.size).toBe(6);
    for (const node of readable.texts) expect(doc.body.contains(node)).toBe(true);
    const extraction = extractArticle(doc)!;
    expect(extraction.segments.every((segment) => doc.body.contains(segment.node))).toBe(true);
    expectRoundTrip(extraction);
  });

  it("still leaves out what the caller's hidden test and the furniture rules leave out", () => {
    const doc = page(`<article>${STORY.slice(0, 3).join('')}<p class="collapsed">Paragraph hidden by a stylesheet, with enough words to read as prose, 12 of them.</p><div class="byline">By A. Reporter, 5 May</div>${STORY.slice(3).join('')}</article>`);
    const { text } = extractArticle(doc, { isHidden: (el) => el.classList.contains('collapsed') })!;
    expect(text).toContain('Paragraph 6:');
    expect(text).not.toContain('hidden by a stylesheet');
    expect(text).not.toContain('A. Reporter');
  });

  it("believes the page's articleBody over a standfirst beside it", () => {
    const doc = page(`<article><h1>Bridge to open</h1><h2>The council's standfirst says what the story is about, at some length.</h2><div itemprop="articleBody">${STORY.join('')}</div></article>`, '<title>Bridge to open | The Daily Example</title>');
    const extraction = extractArticle(doc)!;
    expect(extraction.foundBy).toBe('itemprop');
    expect(extraction.text).not.toContain('standfirst');
    expect(extraction.text.startsWith('Bridge to open\n')).toBe(true);
    expect(extraction.headline).toEqual({ start: 0, end: 'Bridge to open'.length });
  });

  it('says where the headline lies when it is read inside the root', () => {
    const doc = page(`<article><p>Kicker line</p><h1>Bridge to open</h1>${STORY.join('')}</article>`, '<title>Bridge to open</title>');
    const { text, headline } = extractArticle(doc)!;
    expect(headline).not.toBeNull();
    expect(text.slice(headline!.start, headline!.end)).toBe('Bridge to open');
  });

  it('leaves a pick Readability reached only by re-reading with relaxed rules to the one-walk scoring', () => {
    // Its strict reading drops a container whose class looks unlikely ("extra") and finds next to nothing;
    // re-reading the markup without that rule would give nodes that are not the page's, so it is not made.
    const doc = page(`<div class="extra-wide">${STORY.join('')}</div>`);
    expect(readableArticle(doc)).toBeNull();
    const { text, foundBy } = extractArticle(doc)!;
    expect(foundBy).toBe('density');
    expect(text).toContain('Paragraph 6:');
  });

  it('leaves pages with more elements than it may read to the one-walk scoring', () => {
    const furniture = `<ul>${'<li><a href="/x">Section</a></li>'.repeat(MAX_READABLE_ELEMENTS)}</ul>`;
    const doc = page(`${furniture}<div id="story">${STORY.join('')}</div>`);
    expect(readableArticle(doc)).toBeNull();
    const { text, foundBy } = extractArticle(doc)!;
    expect(foundBy).toBe('density');
    expect(text).toContain('Paragraph 6:');
  });

  it('reads only inside the one element the page marks as its article', () => {
    // Longer prose beside the article (a letters page, say) outscores it when Readability reads the whole page.
    const letters = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
      .map((n) => `<p>Letter ${n}: a reader wrote that the ferry, which she has taken for years, is late, crowded, dear, and loud, and that nobody at the port has ever answered her, not once, in all that time.</p>`)
      .join('');
    const doc = page(`<div>${letters}</div><article>${STORY.slice(0, 4).join('')}</article>`);
    const { text } = extractArticle(doc)!;
    expect(text).toContain('Paragraph 4:');
    expect(text).not.toContain('Letter 1:');
  });
});

describe('the extraction in steps', () => {
  const FILLER = '<ul>' + '<li><span>Item</span></li>'.repeat(300) + '</ul>';

  it('yields between slices and ends with what the extraction in one go finds', () => {
    const doc = page(`${FILLER}<div id="story">${STORY.join('')}</div>`);
    const steps = extractionInSteps(doc);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(4);
    expect(step.value!.text).toBe(extractArticle(doc)!.text);
  });

  it("yields within ClaimLens's own scoring and the collection, every few hundred nodes, not once per walk", () => {
    // 1,200 paragraphs: two walks over about 2,400 nodes each (the scoring, the collection).
    const doc = page(`<div id="story">${Array.from({ length: 200 }, () => STORY.join('')).join('')}</div>`);
    const steps = extractArticleSteps(doc, {}, null);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual((2 * 2400) / NODES_PER_STEP);
    expect(step.value!.text).toBe(extractArticle(doc, { readability: false })!.text);
  });

  it("asks the caller's hidden test once per element, though the scoring, the headline and the collection all look", () => {
    const doc = page(`<h1>Bridge to open</h1><div id="story"><div class="collapsed"><p>Hidden paragraph with words enough to read as prose, 12 of them, and more.</p></div>${STORY.join('')}</div>`, '<title>Bridge to open</title>');
    const asked = new Map<Element, number>();
    const isHidden = (element: Element) => {
      asked.set(element, (asked.get(element) ?? 0) + 1);
      return element.classList.contains('collapsed');
    };
    const { text } = extractArticle(doc, { readability: false, isHidden })!;
    expect(text).toContain('Paragraph 6:');
    expect(text).not.toContain('Hidden paragraph');
    expect(asked.size).toBeGreaterThan(STORY.length);
    expect(Math.max(...asked.values())).toBe(1);
  });

  it('scores only the one articleBody a page marks, not the page around it', () => {
    const sidebar = `<div class="more">${[1, 2, 3].map((n) => `<p>Other story ${n}: long enough, with commas, to read as prose of its own, 40 words.</p>`).join('')}</div>`;
    const doc = page(`${sidebar}<div itemprop="articleBody">${STORY.join('')}</div>`);
    const asked: Element[] = [];
    const { text, foundBy } = extractArticle(doc, { isHidden: (element) => (asked.push(element), false) })!;
    expect(foundBy).toBe('itemprop');
    expect(text).toContain('Paragraph 6:');
    expect(text).not.toContain('Other story');
    const body = doc.querySelector('[itemprop="articleBody"]')!;
    expect(asked.filter((element) => !body.contains(element) && element.localName !== 'h1')).toEqual([]);
  });

  it('scores the whole page when the one articleBody a page marks holds no prose', () => {
    const doc = page(`<div itemprop="articleBody"><p>Short kicker.</p></div><div id="story">${STORY.join('')}</div>`);
    const { text, foundBy } = extractArticle(doc)!;
    expect(foundBy).not.toBe('itemprop');
    expect(text).toContain('Paragraph 6:');
  });

  it('reads the page as it stands when the page replaces its article while the extraction yields', () => {
    const doc = page(`${FILLER}<article id="old">${STORY.join('')}</article>`);
    const steps = extractionInSteps(doc);
    steps.next();
    const fresh = doc.createElement('article');
    fresh.innerHTML = [7, 8, 9, 10, 11, 12].map(paragraph).join('');
    doc.getElementById('old')!.replaceWith(fresh);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value!.text).toContain('Paragraph 12:');
    expect(step.value!.text).not.toContain('Paragraph 1:');
  });

  it("leaves a page that marks one articleBody to the one-walk scoring, without Readability's reading", () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    try {
      const doc = page(`<div class="kicker">Politics</div><div itemprop="articleBody">${STORY.join('')}</div>`);
      const { text, foundBy } = extractArticle(doc)!;
      expect(parse).not.toHaveBeenCalled();
      expect(foundBy).toBe('itemprop');
      expect(text).toContain('Paragraph 6:');
      // Two marked bodies (a live blog's entries, say) tell nothing: Readability reads the page.
      extractArticle(page(`<div itemprop="articleBody">${STORY[0]}</div><div itemprop="articleBody">${STORY.slice(1).join('')}</div>`));
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});

describe("the collection of Readability's pick", () => {
  it('asks nothing of the elements that hold none of the Text nodes Readability kept, and keeps their line breaks', () => {
    const doc = page(`<article><p>Kept first part.</p><div class="share"><span>Share</span><span>Print</span></div><p>Kept second part.</p><p>Left out.</p></article>`);
    const article = doc.querySelector('article')!;
    const [first, , , second] = [...article.querySelectorAll('p, span')].map((element) => element.firstChild as Text);
    const asked: Element[] = [];
    const { text } = collectText(article, { texts: new Set([first!, second!]), isHidden: (element) => (asked.push(element), false) });
    expect(text).toBe('Kept first part.\nKept second part.\n');
    expect(asked.map((element) => element.localName)).toEqual(['p', 'p']);
  });
});
