import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/article';
import { namesFurniture } from '../../../src/page/article/skip';
import { page } from './dom';

function textOf(body: string, isHidden?: (element: Element) => boolean): string {
  return extractArticle(page(`<article><p>Kept paragraph one.</p>${body}<p>Kept paragraph two.</p></article>`), { isHidden })!.text;
}

const KEPT = 'Kept paragraph one.\nKept paragraph two.\n';

describe('what the text leaves out', () => {
  it.each([
    ['the hidden attribute', '<p hidden>Hidden 1</p>'],
    ['aria-hidden', '<div aria-hidden="true">Hidden 2</div>'],
    ['inline display:none', '<p style="color:red; display: none">Hidden 3</p>'],
    ['inline visibility:hidden', '<p style="visibility:hidden;">Hidden 4</p>'],
    ['a desktop-hidden utility class', '<div class="md:hidden">Hidden 5</div>'],
    ['script, style, noscript, template', '<script>var n = 5;</script><style>p{}</style><noscript>Enable 7 scripts</noscript><template><p>T 8</p></template>'],
    ['svg and math', '<svg><text>12 px</text></svg><math><mn>3</mn></math>'],
    ['form controls', '<form><label>Email</label><input value="9"></form><textarea>10 words</textarea><select><option>11</option></select><button>Share 12</button>'],
    ['contenteditable regions', '<div contenteditable="true">Draft 13</div><div contenteditable>Draft 14</div>'],
    ['preformatted code', '<pre><code>x = 15</code></pre><code>y = 16</code>'],
    ['navigation, asides and footers', '<nav>Live: 24 updates</nav><aside>Most read</aside><footer>© 2023</footer>'],
    ['landmark roles', '<div role="navigation">Menu 17</div><div role="complementary">Sidebar 18</div>'],
    ['bylines and datelines', '<p class="byline">By Staff · 4 min read</p><div class="article-meta">20 Nov</div><span itemprop="author">A. Writer</span><div class="dateline">Seoul</div>'],
    ['share bars and related boxes', '<div class="share-tools">Share 19</div><section class="related-stories">Top 10 cities</section><div class="most-read">1. Story</div>'],
    ['comments and ads', '<section class="comments">Comments (12)</section><div id="disqus_thread">Reply</div><div class="ad-slot">Buy 2 get 1</div><div class="advertisement">Ad</div>'],
    ['lists of links', '<ul><li><a href="/a">Story one</a></li><li><a href="/b">Story two</a></li></ul>'],
    ['a dateline <time> outside prose', '<time datetime="2023-11-20">20 November 2023</time>'],
    ['footnote markers', '<sup><a href="#fn1">1</a></sup><sup>[2]</sup>'],
  ])('%s', (_label, markup) => {
    expect(textOf(markup)).toBe(KEPT);
  });

  it('asks the hidden test it is given, e.g. one reading computed style', () => {
    expect(textOf('<p class="collapsed">Hidden by a stylesheet</p>', (el) => el.getAttribute('class') === 'collapsed')).toBe(KEPT);
  });

  it('trusts the given hidden test over utility-class guesses', () => {
    expect(textOf('<div class="md:hidden">Mobile copy</div>', () => false)).toContain('Mobile copy');
  });

  it('reads a number without the footnote marker after it, but keeps other superscripts', () => {
    expect(textOf('<p>It has 47<sup><a href="#fn1">1</a></sup> embassies and 3[4] consulates<sup>[5]</sup>; area 12 km<sup>2</sup>.</p>')).toContain(
      'It has 47 embassies and 3[4] consulates; area 12 km2.',
    );
  });

  it('keeps inline code, times and links inside sentences', () => {
    const text = textOf('<p>It took <code>10^5</code> tries on <time>Monday</time>, <a href="/x">the report</a> says.</p>');
    expect(text).toContain('It took 10^5 tries on Monday, the report says.');
  });

  it('keeps prose whose class merely mentions a story word', () => {
    expect(textOf('<div class="story-body"><p>Inside 1.</p></div><div class="article-text">Inside 2.</div>')).toContain('Inside 1.\nInside 2.');
  });
});

describe('paywalls', () => {
  const story = 'The council approved the budget after a long debate that ran well past midnight on Tuesday.';
  it('leaves out a subscription prompt named paywall', () => {
    expect(textOf('<div class="paywall-prompt"><p>Subscribe for $1 a week to keep reading.</p></div>')).toBe(KEPT);
  });

  it('reads the part of the story a paywall container holds', () => {
    const text = textOf(`<div class="paywall"><p>${story}</p><p>${story.replace('Tuesday', 'Friday')}</p></div>`);
    expect(text).toContain('past midnight on Tuesday.');
    expect(text).toContain('past midnight on Friday.');
  });
});

describe('furniture names', () => {
  it.each(['byline', 'c-byline--article__hed', 'article-meta', 'ai2html-box-v5', 'toc', 'storytimestamp', 'share-bar', 'related-links', 'most-read', 'comments', 'ad', 'ad-slot', 'sr-only', 'newsletter-signup', 'addthis_toolbox', 'read-more', 'more-stories'])('%s names furniture', (name) => {
    expect(namesFurniture(name)).toBe(true);
  });

  it.each(['article-body', 'story', 'header', 'lead', 'shadow', 'readable', 'entry-content', 'headline', 'paragraph', 'entry-content-read-more', 'story-body-more'])('%s does not', (name) => {
    expect(namesFurniture(name)).toBe(false);
  });
});

describe('pages wrapped in a form', () => {
  it('reads the article inside a page-wide <form>', () => {
    const doc = page('<form id="aspnetForm"><article><p>One.</p><p>Two.</p></article><input name="q"></form>');
    expect(extractArticle(doc)!.text).toBe('One.\nTwo.\n');
  });
});

describe('promotions for other pages', () => {
  it('drops a paragraph or item that is one link and nothing else', () => {
    expect(textOf('<p><a href="/rich"><span>Related:</span> Rich are paying more in taxes</a></p><h3><a href="/t">Top 10 cities to visit in 2024</a></h3>')).toBe(KEPT);
  });

  it('keeps a paragraph with a link inside its prose, and a link without an address', () => {
    const text = textOf('<p>The <a href="/r">report</a> counted 47 embassies.</p><h2><a name="s2">Section two</a></h2>');
    expect(text).toContain('The report counted 47 embassies.\nSection two\n');
  });

  it('keeps a headline that links to its own page', () => {
    const doc = page('<article><h1><a href="/story">Exports rose 4% in May</a></h1><p>Body text of the story, long enough.</p></article>');
    expect(extractArticle(doc)!.text).toBe('Exports rose 4% in May\nBody text of the story, long enough.\n');
  });
});

describe('a page hidden while it loads', () => {
  it('falls back on the markup when the hidden test hides everything', () => {
    const doc = page('<article><p>Visible once loaded, 5 of them.</p></article>');
    expect(extractArticle(doc, { isHidden: () => true })!.text).toBe('Visible once loaded, 5 of them.\n');
  });
});
