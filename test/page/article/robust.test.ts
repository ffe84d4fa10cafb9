import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/article';
import { expectRoundTrip, parse } from './dom';

describe('pages that are not well made', () => {
  it('walks a DOM nested far deeper than the call stack allows recursion', () => {
    const depth = 20_000;
    const doc = parse(`<html><body>${'<div>'.repeat(depth)}<p>Deep down, 40 divers waited.</p>${'</div>'.repeat(depth)}</body></html>`);
    const extraction = extractArticle(doc)!;
    expect(extraction.text).toBe('Deep down, 40 divers waited.\n');
    expectRoundTrip(extraction);
  });

  it('reads unclosed and misnested tags', () => {
    const doc = parse('<html><body><article><p>One <b>two <i>three</b> four</i><p>Five, six<div>seven');
    expect(extractArticle(doc)!.text.split('\n').filter(Boolean)).toEqual(['One two three four', 'Five, six', 'seven']);
  });

  it('reads a document with no <body> element', () => {
    const doc = parse('<p>Only a paragraph with 3 numbers, 4 and 5.</p>');
    expect(extractArticle(doc)!.text).toBe('Only a paragraph with 3 numbers, 4 and 5.\n');
  });

  it('gives null for a document with no element at all', () => {
    expect(extractArticle(parse(''))).toBeNull();
    expect(extractArticle(parse('just text'))).toBeNull();
  });

  it('falls back on the body when nothing reads like an article', () => {
    const doc = parse('<html><body><div>Short</div><div>Bits</div></body></html>');
    const extraction = extractArticle(doc)!;
    expect(extraction.foundBy).toBe('body');
    expect(extraction.text).toBe('Short\nBits\n');
  });

  it('prefers the <article> that holds the story over teaser articles', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, with enough words, commas, and clauses to read as prose for a while.</p>`).join('');
    const doc = parse(`<html><body><article><h2><a href="/t1">Teaser one</a></h2></article><article>${story}</article><article><p>Teaser two, short.</p></article></body></html>`);
    const extraction = extractArticle(doc)!;
    expect(extraction.foundBy).toBe('article');
    expect(extraction.text).toContain('Paragraph 5 of the story');
    expect(extraction.text).not.toContain('Teaser');
  });

  it('widens the densest block to a story split in chunks between ads', () => {
    const chunk = (n: number) => `<div class="chunk">${Array.from({ length: 3 }, (_, i) => `<p>Chunk ${n}, paragraph ${i}: prose, with commas, long enough to score as a paragraph.</p>`).join('')}</div>`;
    const doc = parse(`<html><body><div id="page">${chunk(1)}<div class="ad-slot">Buy now</div>${chunk(2)}</div><div id="nav"><a href="/">Home</a></div></body></html>`);
    const extraction = extractArticle(doc)!;
    expect(extraction.foundBy).toBe('density');
    expect(extraction.text).toContain('Chunk 1, paragraph 0');
    expect(extraction.text).toContain('Chunk 2, paragraph 2');
    expect(extraction.text).not.toContain('Buy now');
  });
});
