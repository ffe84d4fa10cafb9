import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/article';
import { MAX_READABLE_ELEMENTS, readableArticle } from '../../../src/page/article/readable';
import { expectRoundTrip, page } from './dom';

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
    // Its strict reading drops a container whose class looks unlikely ("extra"), finds too little, re-parses
    // the markup and reads it again without that rule: the nodes of that pick are not the page's.
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
});
