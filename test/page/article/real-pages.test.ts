import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/article';
import { expectRoundTrip, fixture } from './dom';

// Saved pages from mozilla/readability's test suite (see test/fixtures/pages/readability/NOTICE.md).
describe('real article pages', () => {
  it('ars-1: the article body marked with itemprop, inline code kept inside its sentence', () => {
    const extraction = extractArticle(fixture('readability/ars-1.html'))!;
    expect(extraction.foundBy).toBe('itemprop');
    const { text } = extraction;
    expect(text.startsWith('Just-released Minecraft exploit makes it easy to crash game servers\n')).toBe(true);
    expect(text).toContain('A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game');
    expect(text).toContain('Just the nbt data for this payload is 26.6 megabytes.');
    expect(text).toContain('The root of the object, rekt, contains 300 lists.');
    expect(text).toContain('These were the fixes that I recommended to Mojang 2 years ago.');
    for (const furniture of ['Dan Goodin', 'Apr 16, 2015', 'Share this story', 'Reader comments', 'Ars Technica Addendum']) {
      expect(text).not.toContain(furniture);
    }
    expect(extraction.info.publisher).toBe('Ars Technica');
    expectRoundTrip(extraction);
  });

  it('citylab-1: the headline inside the article meta block, the author box left out', () => {
    const extraction = extractArticle(fixture('readability/citylab-1.html'))!;
    expect(extraction.foundBy).toBe('article');
    const { text } = extraction;
    // The lead picture comes before the headline in the page, and so does its caption in the text.
    expect(text.split('\n').slice(0, 2)).toEqual(['The Moulin Rouge cabaret in Paris', 'Why Neon Is the Ultimate Symbol of the 20th Century']);
    expect(text).toContain('In the summer of 1898, the Scottish chemist Sir William Ramsay made a discovery');
    expect(text).toContain('Amid this artistic groundswell, Georges Claude premiered his neon lights at the Paris Motor Show');
    for (const furniture of ['About the Author', 'Benoit Tessier/Reuters', 'Most Popular', 'Newsletter']) {
      expect(text).not.toContain(furniture);
    }
    expect(extraction.info.published).toBe('2019-04-30T13:39:00-04:00');
    expectRoundTrip(extraction);
  });

  it('bbc-1: no <article>, found by paragraph density, related stories left out', () => {
    const extraction = extractArticle(fixture('readability/bbc-1.html'))!;
    expect(extraction.foundBy).toBe('density');
    const { text } = extraction;
    expect(text.startsWith("Obama admits US gun laws are his 'biggest frustration'\n")).toBe(true);
    expect(text).toContain('President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.');
    expect(text).toContain('Mr Obama will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.');
    for (const furniture of ['More on this story', 'US military wary of civilian guards', 'Share this with', 'From the section', 'Top Stories']) {
      expect(text).not.toContain(furniture);
    }
    expect(extraction.info).toMatchObject({ url: 'http://www.bbc.com/news/world-us-canada-33646704', publisher: 'BBC News' });
    expectRoundTrip(extraction);
  });
});
