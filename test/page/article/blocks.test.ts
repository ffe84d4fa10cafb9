import { describe, expect, it } from 'vitest';
import { extractArticle, extractBlocks } from '../../../src/page/article';
import { expectRoundTrip, page } from './dom';

describe('content added after the first extraction', () => {
  function setup() {
    const doc = page('<article><p>First paragraph of the story.</p><div class="live"></div></article><aside>Most read</aside>');
    const root = extractArticle(doc)!.root;
    return { doc, root, live: root.querySelector('.live')! };
  }

  it('reads each added block with its own offset map', () => {
    const { doc, root, live } = setup();
    const added = doc.createElement('p');
    added.textContent = 'Update: 3,000 more shells arrived.';
    live.appendChild(added);
    const [block, ...rest] = extractBlocks(root, [added]);
    expect(rest).toHaveLength(0);
    expect(block!.root).toBe(added);
    expect(block!.text).toBe('Update: 3,000 more shells arrived.\n');
    expectRoundTrip(block!);
  });

  it('reads a node inside another added node only once, with it', () => {
    const { doc, root, live } = setup();
    const section = doc.createElement('section');
    section.innerHTML = '<p>One.</p><p>Two.</p>';
    live.appendChild(section);
    const blocks = extractBlocks(root, [section.firstChild!, section]);
    expect(blocks.map((b) => b.text)).toEqual(['One.\nTwo.\n']);
  });

  it('reads added text inside a paragraph as that whole paragraph', () => {
    const { doc, root } = setup();
    const paragraph = root.querySelector('p')!;
    const text = doc.createTextNode(' Now 12 more.');
    paragraph.appendChild(text);
    expect(extractBlocks(root, [text]).map((b) => b.text)).toEqual(['First paragraph of the story. Now 12 more.\n']);
  });

  it('ignores nodes outside the article and inside furniture or hidden elements', () => {
    const { doc, root, live } = setup();
    const outside = doc.querySelector('aside')!;
    const box = doc.createElement('div');
    box.className = 'related-stories';
    box.innerHTML = '<p>Top 10 cities</p>';
    live.appendChild(box);
    const hidden = doc.createElement('p');
    hidden.setAttribute('hidden', '');
    hidden.textContent = 'Hidden 5';
    live.appendChild(hidden);
    expect(extractBlocks(root, [outside, box.firstChild!, hidden])).toEqual([]);
  });
});
