/**
 * The part of the page Readability may pick from, as plain data. Readability's reading is one task that
 * cannot be sliced (50–66 ms on long articles with the CPU slowed 4×), so the content script does not make
 * it: it walks the page in slices, writes down the elements and Text nodes Readability would read, and the
 * background reads that outline (src/background/readable-host.ts); only the ordinals of the Text nodes
 * Readability keeps come back. Node reads the same outline in-process (in-process.ts), so the scanner, the
 * benchmarks and the extension pick the same nodes.
 */
import type { Steps } from '../../core/steps';
import {
  MAX_ATTRIBUTE_LENGTH,
  MAX_OUTLINE_CHARACTERS,
  MAX_OUTLINE_NODES,
  MAX_READABLE_ELEMENTS,
  type OutlineNode,
  type PageOutline,
} from '../../messages';
import { tagOf } from './skip';

// The outline's shape and bounds are part of the message the background checks (src/messages.ts).
export { MAX_ATTRIBUTE_LENGTH, MAX_OUTLINE_CHARACTERS, MAX_OUTLINE_NODES, MAX_READABLE_ELEMENTS, type OutlineNode, type PageOutline };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Never article text, and what ClaimLens leaves out wherever it stands: left out of the outline, which
 * saves writing them down and saves Readability most of its work on a page heavy with furniture.
 */
const NOT_ARTICLE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'link', 'meta',
  'select', 'textarea', 'nav', 'aside', 'footer',
]);
const NOT_ARTICLE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog']);

/**
 * The attributes Readability reads to decide what is article text (class and id against its word lists,
 * inline visibility, roles, link targets, bylines, data tables, media). The rest (data-*, srcset, event
 * handlers) can be long and tells Readability nothing, so it does not cross.
 */
const READ_ATTRIBUTES = new Set([
  'class', 'id', 'style', 'hidden', 'aria-hidden', 'aria-modal', 'role', 'href', 'rel', 'itemprop', 'lang', 'dir',
  'colspan', 'rowspan', 'summary', 'datatable', 'type', 'src', 'poster',
]);

/** Nodes written down between two yields (a few hundred take well under a millisecond). */
const NODES_PER_STEP = 200;

/** The outline, and the live Text node behind each Text node of it, by ordinal (the n-th Text node of the outline). */
export interface OutlinedPage {
  outline: PageOutline;
  texts: Text[];
}

function leftOutOfOutline(element: Element): boolean {
  return (
    NOT_ARTICLE_TAGS.has(tagOf(element)) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    NOT_ARTICLE_ROLES.has(element.getAttribute('role') ?? '')
  );
}

/**
 * The page's own marks for where its article stands, most telling first; the first that marks exactly
 * one element bounds what Readability reads (a page marking several — a list of teasers — says nothing).
 */
const SCOPE_MARKS = ['article', 'main, [role="main"]'];

function readingScope(doc: Document): Element | null {
  for (const mark of SCOPE_MARKS) {
    const marked = doc.querySelectorAll(mark);
    if (marked.length === 1) return marked[0]!;
  }
  return null;
}

/** One pass over the attributes the element has (most have one to three), rather than a lookup per name read. */
function readAttributes(element: Element): string[] {
  const attributes: string[] = [];
  for (const { name, value } of element.attributes) {
    // An empty value tells Readability what none does (an element with `hidden` is not written down at all).
    if (value && READ_ATTRIBUTES.has(name)) attributes.push(name, value.slice(0, MAX_ATTRIBUTE_LENGTH));
  }
  return attributes;
}

/** Where the walk stands: the live node next to write down and the outline index of the element it goes into. */
interface OutlineWalk {
  live: Node | null;
  parent: number;
  elements: number;
  characters: number;
  sinceYield: number;
}

/**
 * Writes down the document's elements and Text nodes, less what is never article text, in one walk
 * that yields every NODES_PER_STEP nodes. Null when the outline would pass its bounds, or the page moved
 * the node the walk stood on while it yielded.
 */
export function* outlineSteps(doc: Document): Steps<OutlinedPage | null> {
  const top = doc.documentElement;
  if (!top) return null;
  const nodes: OutlineNode[] = [{ parent: -1, tag: tagOf(top), attributes: readAttributes(top) }];
  const texts: Text[] = [];
  const scope = readingScope(doc);
  const walk: OutlineWalk = { live: top.firstChild, parent: 0, elements: 1, characters: 0, sinceYield: 0 };
  while (walk.live) {
    const live: Node = walk.live;
    const element = live.nodeType === ELEMENT_NODE ? (live as Element) : null;
    const written = live.nodeType === TEXT_NODE || (element !== null && !leftOutOfOutline(element) && (!scope || element.contains(scope) || scope.contains(element)));
    if (written) {
      if (element) {
        const attributes = readAttributes(element);
        nodes.push({ parent: walk.parent, tag: tagOf(element), attributes });
        walk.elements += 1;
        for (const value of attributes) walk.characters += value.length;
      } else {
        const text = live as Text;
        nodes.push({ parent: walk.parent, text: text.data });
        texts.push(text);
        walk.characters += text.data.length;
      }
      if (walk.elements > MAX_READABLE_ELEMENTS || nodes.length > MAX_OUTLINE_NODES || walk.characters > MAX_OUTLINE_CHARACTERS) return null;
    }
    if (written && element && live.firstChild) {
      walk.parent = nodes.length - 1;
      walk.live = live.firstChild;
    } else {
      let up: Node = live;
      while (up !== top && !up.nextSibling && up.parentNode) {
        up = up.parentNode;
        walk.parent = (nodes[walk.parent] as { parent: number }).parent;
      }
      walk.live = up === top ? null : up.nextSibling;
    }
    if (++walk.sinceYield < NODES_PER_STEP) continue;
    walk.sinceYield = 0;
    yield;
    if (walk.live && !walk.live.isConnected) return null;
  }
  return { outline: { nodes }, texts };
}

/** What mozilla/readability takes for the article, in terms of the live document's own nodes. */
export interface ReadableArticle {
  /** The smallest element holding every Text node Readability kept. */
  root: Element;
  /** The live Text nodes Readability kept; the rest of `root` is what it cleaned away. */
  texts: Set<Text>;
}

function commonAncestor(nodes: Iterable<Node>): Element | null {
  let ancestor: Element | null = null;
  for (const node of nodes) {
    if (!ancestor) {
      ancestor = node.parentElement;
      continue;
    }
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/**
 * The live Text nodes behind the ordinals Readability kept, or null when it kept none, an ordinal is not
 * the outline's, or the page removed what it picked while it was read.
 */
export function pickFromKept(kept: readonly number[], outlined: OutlinedPage): ReadableArticle | null {
  const texts = new Set<Text>();
  for (const ordinal of kept) {
    const text = outlined.texts[ordinal];
    if (!text) return null;
    texts.add(text);
  }
  const root = texts.size > 0 ? commonAncestor(texts) : null;
  return root?.isConnected ? { root, texts } : null;
}
