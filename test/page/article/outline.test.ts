/**
 * The outline the content script sends for Readability's reading: what it writes down of the page, and how
 * the ordinals Readability keeps turn back into the page's own Text nodes.
 */
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../../src/core/steps';
import { MAX_ATTRIBUTE_LENGTH, outlineSteps, pickFromKept } from '../../../src/page/article/outline';
import { page } from './dom';

const outlined = (doc: Document) => runToEnd(outlineSteps(doc))!;

describe('the outline of a page', () => {
  it('leaves out machinery, landmarks and hidden elements, and the attributes Readability does not read', () => {
    const doc = page(
      `<nav><a href="/">Home</a></nav><script>var x = 1;</script><div class="story" data-tracking="${'t'.repeat(50)}" onclick="go()"><p id="p1" hidden>Old text</p><p style="color: red">New text</p></div><footer>Footer text</footer>`,
    );
    const { outline, texts } = outlined(doc);
    const tags = outline.nodes.flatMap((node) => ('tag' in node ? [node.tag] : []));
    expect(tags).toEqual(['html', 'head', 'body', 'div', 'p']);
    const story = outline.nodes.find((node) => 'tag' in node && node.tag === 'div');
    expect(story).toEqual({ parent: 2, tag: 'div', attributes: ['class', 'story'] });
    expect(outline.nodes.find((node) => 'tag' in node && node.tag === 'p')).toMatchObject({ attributes: ['style', 'color: red'] });
    expect(texts.map((text) => text.data)).toEqual(['New text']);
  });

  it('pairs each Text node of the outline, by ordinal, with the live node it copies', () => {
    const doc = page('<div><p>One</p> <p>Two <b>and a half</b></p></div>');
    const { outline, texts } = outlined(doc);
    const copied = outline.nodes.flatMap((node) => ('text' in node ? [node.text] : []));
    expect(copied).toEqual(texts.map((text) => text.data));
    expect(texts.every((text) => doc.body.contains(text))).toBe(true);
    // Every node's parent is an earlier element.
    outline.nodes.forEach((node, index) => {
      if (index === 0) return expect(node.parent).toBe(-1);
      expect(node.parent).toBeLessThan(index);
      expect('tag' in outline.nodes[node.parent]!).toBe(true);
    });
  });

  it('cuts an attribute value longer than Readability needs', () => {
    const { outline } = outlined(page(`<div class="${Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')}"><p>Text</p></div>`));
    const div = outline.nodes.find((node) => 'tag' in node && node.tag === 'div') as { attributes: string[] };
    expect(div.attributes[1]!.length).toBe(MAX_ATTRIBUTE_LENGTH);
  });

  it('turns kept ordinals into the live nodes and their smallest common element', () => {
    const doc = page('<div id="a"><section id="s"><p>One</p><p>Two</p></section><p>Three</p></div>');
    const found = outlined(doc);
    const picked = pickFromKept([0, 1], found)!;
    expect(picked.root.id).toBe('s');
    expect([...picked.texts].map((text) => text.data)).toEqual(['One', 'Two']);
  });

  it('gives no pick for an ordinal the outline does not have, or for what the page removed meanwhile', () => {
    const doc = page('<div><section id="s"><p>One</p><p>Two</p></section></div>');
    const found = outlined(doc);
    expect(pickFromKept([0, 7], found)).toBeNull();
    expect(pickFromKept([], found)).toBeNull();
    doc.getElementById('s')!.parentNode!.removeChild(doc.getElementById('s')!);
    expect(pickFromKept([0, 1], found)).toBeNull();
  });
});
