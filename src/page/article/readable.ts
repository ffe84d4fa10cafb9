import { Readability } from '@mozilla/readability';
import { runToEnd, type Steps } from '../../core/steps';
import { tagOf } from './skip';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/**
 * Never article text, and what ClaimLens leaves out wherever it stands: left out of the copy Readability
 * reads, which saves copying them and saves Readability most of its work on a page heavy with furniture.
 */
const NOT_ARTICLE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'link', 'meta',
  'select', 'textarea', 'nav', 'aside', 'footer',
]);
const NOT_ARTICLE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog']);

/**
 * Readability's reading is one task that cannot be sliced, and it recurses
 * down the tree. On pages with more elements than this once machinery and landmarks are out (or
 * nested deeper than the stack), ClaimLens's own one-walk scoring is used: the content script's
 * extraction must stay under 50 ms (`bench:extract-browser` times both ways in Chromium).
 */
export const MAX_READABLE_ELEMENTS = 1500;

/**
 * Nodes copied between two yields: the copy is made in slices on the page's main thread
 * (a few hundred nodes take well under a millisecond).
 */
const NODES_PER_STEP = 200;

/** What mozilla/readability takes for the article, in terms of the live document's own nodes. */
export interface ReadableArticle {
  /** The smallest element holding every Text node Readability kept. */
  root: Element;
  /** The live Text nodes Readability kept; the rest of `root` is what it cleaned away. */
  texts: Set<Text>;
}

/** The document Readability reads (it rewrites the tree it reads), with where each of its Text nodes came from. */
interface ReadableCopy {
  document: Document;
  origins: Map<Node, Text>;
}

function leftOutOfCopy(element: Element): boolean {
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
 * A page marking one articleBody is not given to Readability at all (extract.ts).
 */
const SCOPE_MARKS = ['article', 'main, [role="main"]'];

function readingScope(doc: Document): Element | null {
  for (const mark of SCOPE_MARKS) {
    const marked = doc.querySelectorAll(mark);
    if (marked.length === 1) return marked[0]!;
  }
  return null;
}

/**
 * Copies the document's elements and Text nodes, less what is never article text, in one walk that
 * also pairs each copied Text node with its live one. Yields every NODES_PER_STEP nodes; null when
 * the copy would hold more than MAX_READABLE_ELEMENTS elements, or the page moved the node the walk
 * stood on while it yielded.
 */
function* copyForReadability(doc: Document): Steps<ReadableCopy | null> {
  const top = doc.documentElement;
  if (!top) return null;
  const copy = doc.cloneNode(false) as Document;
  const copyTop = copy.importNode(top, false);
  copy.appendChild(copyTop);
  const origins = new Map<Node, Text>();
  const scope = readingScope(doc);
  const walk = { live: top.firstChild as Node | null, into: copyTop as Node, elements: 0, sinceYield: 0 };
  while (walk.live) {
    const live: Node = walk.live;
    const copied = live.nodeType === TEXT_NODE || (live.nodeType === ELEMENT_NODE && !leftOutOfCopy(live as Element) && (!scope || live.contains(scope) || scope.contains(live))) ? copy.importNode(live, false) : null;
    if (copied) {
      walk.into.appendChild(copied);
      if (live.nodeType === TEXT_NODE) origins.set(copied, live as Text);
      else if (++walk.elements > MAX_READABLE_ELEMENTS) return null;
    }
    if (copied && live.firstChild) {
      walk.into = copied;
      walk.live = live.firstChild;
    } else {
      let up: Node = live;
      while (up !== top && !up.nextSibling && up.parentNode) {
        up = up.parentNode;
        walk.into = walk.into.parentNode!;
      }
      walk.live = up === top ? null : up.nextSibling;
    }
    if (++walk.sinceYield < NODES_PER_STEP) continue;
    walk.sinceYield = 0;
    yield;
    if (walk.live && !walk.live.isConnected) return null;
  }
  return { document: copy, origins };
}

/**
 * The live Text nodes of Readability's article, or null when one of its nodes is not the copy's
 * (Readability made it up).
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

/**
 * Readability's article element from its first, strict reading, or null when it finds none or fails
 * (a tree deeper than the call stack). With too little text (under its `charThreshold`) Readability
 * would re-parse the page's markup and read it up to three more times with its rules relaxed: those
 * picks are not made of the copy's nodes, so ClaimLens could never use them. The first reading is kept
 * whatever its length, and extractArticle judges it (bench:extract on the development pages: F1 0.965
 * as with the re-readings).
 */
function parseSafely(copy: Document): Node | null {
  // Only which Text nodes it keeps matters: its JSON-LD metadata and class clean-up are work saved.
  const options = { serializer: (node: Node) => node, disableJSONLD: true, keepClasses: true, charThreshold: 0 };
  try {
    return new Readability<Node>(copy, options).parse()?.content ?? null;
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
 * Runs Readability on a copy of the document and maps the article it hands back to the live
 * document's Text nodes, so ClaimLens reads the page itself with its offset map. Yields between the
 * copy's slices and around Readability's reading, which is one step of its own. Null when
 * Readability finds no article.
 */
export function* readableArticleSteps(doc: Document): Steps<ReadableArticle | null> {
  const copy = yield* copyForReadability(doc);
  if (!copy) return null;
  yield;
  const content = parseSafely(copy.document);
  yield;
  if (!content) return null;
  const texts = liveTexts(content, copy.origins);
  const root = texts && commonAncestor(texts);
  // The page may have removed what Readability picked while it yielded.
  return texts && root?.isConnected ? { root, texts } : null;
}

/** readableArticleSteps run straight through. */
export function readableArticle(doc: Document): ReadableArticle | null {
  return runToEnd(readableArticleSteps(doc));
}
