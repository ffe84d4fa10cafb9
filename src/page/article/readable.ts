import { Readability } from '@mozilla/readability';

const TEXT_NODE = 3;
/**
 * Never article text, and what ClaimLens leaves out wherever it stands: taken out of the copy before
 * Readability reads it, which saves Readability most of its work on a page heavy with furniture.
 */
const NOT_ARTICLE = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'link', 'meta',
  'select', 'textarea', 'nav', 'aside', 'footer', '[hidden]', '[aria-hidden="true"]',
  '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]', '[role="dialog"]',
].join(', ');

/**
 * Readability reads the page several times over, in one task that cannot be sliced, and recurses
 * down the tree. On pages with more elements than this once machinery and landmarks are out (or
 * nested deeper than the stack), ClaimLens's own one-walk scoring is used: the content script's
 * extraction must stay under 50 ms (`bench:extract-browser` times both ways in Chromium).
 */
export const MAX_READABLE_ELEMENTS = 1500;

/** What mozilla/readability takes for the article, in terms of the live document's own nodes. */
export interface ReadableArticle {
  /** The smallest element holding every Text node Readability kept. */
  root: Element;
  /** The live Text nodes Readability kept; the rest of `root` is what it cleaned away. */
  texts: Set<Text>;
}

/** Pairs every Text node of a deep clone with the node it was cloned from (the trees are alike). */
function textCloneMap(live: Node, copy: Node): Map<Node, Text> {
  const map = new Map<Node, Text>();
  let a: Node | null = live;
  let b: Node | null = copy;
  while (a && b) {
    if (a.nodeType === TEXT_NODE) map.set(b, a as Text);
    if (a.firstChild && b.firstChild) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    while (a && b && a !== live && !a.nextSibling) {
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || !b || a === live) break;
    a = a.nextSibling;
    b = b.nextSibling;
  }
  return map;
}

/**
 * The live Text nodes of Readability's article, or null when its nodes are not the clone's: when
 * its first, strict reading finds too little text it re-parses the page's markup and reads it again
 * with its rules relaxed. That last-resort pick is left to ClaimLens's own scoring, which does better
 * there (bench:extract on the development pages: F1 0.965 against 0.963 when the relaxed pick is
 * matched back to the page by its text).
 */
function liveTexts(content: Node, origins: Map<Node, Text>): Set<Text> | null {
  const texts = new Set<Text>();
  const walker = content.ownerDocument!.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.trim().length === 0) continue;
    const origin = origins.get(node);
    if (!origin) return null;
    texts.add(origin);
  }
  return texts;
}

/** Readability's article element, or null when it finds none or fails (a tree deeper than the call stack). */
function parseSafely(clone: Document): Node | null {
  // Only which Text nodes it keeps matters: its JSON-LD metadata and class clean-up are work saved.
  try {
    return new Readability<Node>(clone, { serializer: (node) => node, disableJSONLD: true, keepClasses: true }).parse()?.content ?? null;
  } catch {
    return null;
  }
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
 * Runs Readability on a clone of the document (it rewrites the tree it reads) and maps the article
 * it hands back to the live document's Text nodes, so ClaimLens reads the page itself with its offset
 * map. Null when Readability finds no article.
 */
export function readableArticle(doc: Document): ReadableArticle | null {
  const top = doc.documentElement;
  if (!top) return null;
  const clone = doc.cloneNode(true) as Document;
  const cloneTop = clone.documentElement;
  if (!cloneTop) return null;
  const origins = textCloneMap(top, cloneTop);
  for (const element of cloneTop.querySelectorAll(NOT_ARTICLE)) element.remove();
  if (cloneTop.querySelectorAll('*').length > MAX_READABLE_ELEMENTS) return null;
  const content = parseSafely(clone);
  if (!content) return null;
  const texts = liveTexts(content, origins);
  const root = texts && commonAncestor(texts);
  return root ? { root, texts } : null;
}
