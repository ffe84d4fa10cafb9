/**
 * The background reads a page's outline with Readability for the content script. The outline is the page's
 * markup written down by a content script, so it is untrusted input: its shapes and sizes are checked, a
 * malformed one is refused with why, and a good one gets the ordinals Readability keeps in-process.
 */
import { describe, expect, it, vi } from 'vitest';
import { runToEnd } from '../../src/core/steps';
import { readableOutlineSteps } from '../../src/page/article';
import { MAX_READABLE_ELEMENTS, type OutlineNode } from '../../src/page/article/outline';
import { readOutline } from '../../src/page/article/readable';
import { page } from '../page/article/dom';

type Listener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => true | undefined;
const listeners: Listener[] = [];

vi.mock('../../src/browser', () => ({
  browser: { runtime: { id: 'claimlens-test', getURL: (path: string) => `chrome-extension://claimlens-test/${path}`, onMessage: { addListener: (listener: Listener) => listeners.push(listener) } } },
}));

const { answerReading, listenForReadings } = await import('../../src/background/readable-host');

/** Prose of our own invention, with a box of links beside it that Readability leaves out. */
const STORY = [1, 2, 3, 4, 5]
  .map((n) => `<p>Paragraph ${n}: the ferry company said on Monday that ${n * 300} passengers, about ${n} percent more than a year ago, crossed the strait in March, and that fares would rise.</p>`)
  .join('');
const PAGE = `<div class="menu"><a href="/a">Home</a> <a href="/b">Sport</a></div><div class="story">${STORY}</div>`;

function outlineOf(body: string) {
  return runToEnd(readableOutlineSteps(page(body)))!.outline;
}

/** The request as it crosses: messages are copied as JSON. */
function request(nodes: unknown): unknown {
  return JSON.parse(JSON.stringify({ type: 'readable-request', outline: { nodes } }));
}

describe("the background's reading of an outline", () => {
  it('keeps the ordinals Readability keeps when the page reads it in-process', () => {
    const outline = outlineOf(PAGE);
    const inProcess = readOutline(outline, page('').cloneNode(false) as Document)!;
    const answer = answerReading(request(outline.nodes));
    expect(answer).toMatchObject({ ok: true, kept: inProcess });
    expect(answer.ok && answer.kept.length).toBe(5);
    expect(answer.ok && answer.readMs).toBeGreaterThanOrEqual(0);
  });

  it('says when Readability finds no article', () => {
    expect(answerReading(request(outlineOf('<div></div>').nodes))).toEqual({ ok: false, error: 'Readability found no article' });
  });

  it.each<[string, unknown, RegExp]>([
    ['a parent that comes later', [{ parent: -1, tag: 'html', attributes: [] }, { parent: 2, text: 'x' }, { parent: 0, tag: 'body', attributes: [] }], /node 1: its parent/],
    ['a Text node as a parent', [{ parent: -1, tag: 'html', attributes: [] }, { parent: 0, text: 'x' }, { parent: 1, tag: 'p', attributes: [] }], /node 2: its parent/],
    ['a Text node as the root', [{ parent: -1, text: 'x' }], /node 0: its parent/],
    ['markup for a tag', [{ parent: -1, tag: 'html', attributes: [] }, { parent: 0, tag: 'p onclick=x', attributes: [] }], /not a tag name/],
    ['an attribute without its value', [{ parent: -1, tag: 'html', attributes: ['class'] }], /name, value pairs/],
    ['an attribute name that is markup', [{ parent: -1, tag: 'html', attributes: ['"><b', 'x'] }], /not an attribute name/],
    ['a field of its own', [{ parent: -1, tag: 'html', attributes: [], html: '<b>' }], /outline refused/],
    ['no nodes', [], /outline refused: outline\.nodes/],
  ])('refuses an outline with %s, saying why', (_, nodes, why) => {
    const answer = answerReading(request(nodes));
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(why);
  });

  it('refuses more elements than Readability may read', () => {
    const nodes: OutlineNode[] = [{ parent: -1, tag: 'html', attributes: [] }];
    for (let i = 0; i < MAX_READABLE_ELEMENTS; i++) nodes.push({ parent: 0, tag: 'p', attributes: [] });
    expect(answerReading(request(nodes))).toEqual({ ok: false, error: `outline refused: more than ${MAX_READABLE_ELEMENTS} elements` });
  });

  it("answers ClaimLens's own content scripts only", () => {
    listenForReadings();
    const listener = listeners.at(-1)!;
    const message = request(outlineOf(PAGE).nodes);
    const respond = vi.fn();
    expect(listener(message, { id: 'claimlens-test' }, respond)).toBeUndefined();
    expect(listener(message, { id: 'another-extension', url: 'https://news.example.com/story', tab: { id: 1 } }, respond)).toBeUndefined();
    expect(listener({ type: 'scan-request' }, { id: 'claimlens-test', url: 'https://news.example.com/story', tab: { id: 1 } }, respond)).toBeUndefined();
    expect(respond).not.toHaveBeenCalled();
    expect(listener(message, { id: 'claimlens-test', url: 'https://news.example.com/story', tab: { id: 1 } }, respond)).toBe(true);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ ok: true }));
  });
});
