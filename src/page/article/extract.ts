import { collectText } from './collect';
import { findHeadline } from './headline';
import { readDocumentInfo } from './info';
import { isBlockTag } from './layout';
import { runToEnd, type Steps } from '../../core/steps';
import { type ReadableArticle, readableArticleSteps } from './readable';
import { type FoundRoot, findArticleRoot } from './root';
import { isFurniture, isMachinery, tagOf } from './skip';
import type { ArticleExtraction, ExtractOptions, TextExtraction } from './types';

const ELEMENT_NODE = 1;

/** Whether the element or an ancestor below `boundary` holds no article text. */
function leftOut(element: Element, boundary: Element | null, isHidden?: (element: Element) => boolean): boolean {
  for (let current: Element | null = element; current && current !== boundary; current = current.parentElement) {
    if (isMachinery(current, isHidden) || isFurniture(current)) return true;
  }
  return false;
}

/**
 * Finds the article in a document and collects its text with the offset map. Works on a
 * browser's document and on a linkedom document alike. Null when the document has no
 * element to read (no <body> and no root element).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleExtraction | null {
  return runToEnd(extractArticleSteps(doc, options));
}

/**
 * extractArticle as steps, so the content script runs it in slices (src/page/timing.ts): it yields
 * between the slices of the copy Readability reads, around Readability's reading and before
 * ClaimLens collects the text.
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Steps<ArticleExtraction | null> {
  const extraction = yield* extractWith(doc, options);
  // A page still hiding its whole body while it loads (anti-flicker styles) looks empty to a
  // computed-style test; its markup still tells what will show.
  if (extraction && extraction.text.length === 0 && options.isHidden) return yield* extractWith(doc, { ...options, isHidden: undefined });
  return extraction;
}

/** Less text than this from Readability's pick is a teaser or a failed guess: ClaimLens's own scoring decides instead. */
const MIN_READABLE_TEXT = 140;

/** The page's articleBody mark is believed over Readability's pick when it holds this share of the pick's text. */
const MARKED_BODY_SHARE = 0.8;

function characters(texts: Iterable<Text>): number {
  let total = 0;
  for (const text of texts) total += text.data.trim().length;
  return total;
}

/**
 * Where Readability's pick meets the page's own markup. An [itemprop=articleBody] inside the pick
 * holding nearly all its text is the body (what lies beside it is a kicker or a standfirst); an
 * articleBody or <article> around the pick becomes the root, so content added there later is read.
 */
function readableRoot(readable: ReadableArticle): ReadableArticle & FoundRoot {
  const { root, texts } = readable;
  const around = root.closest('[itemprop="articleBody"]');
  if (around) return { root: around, texts, foundBy: 'itemprop' };
  for (const body of root.querySelectorAll('[itemprop="articleBody"]')) {
    const inside = [...texts].filter((text) => body.contains(text));
    if (characters(inside) >= characters(texts) * MARKED_BODY_SHARE) return { root: body, texts: new Set(inside), foundBy: 'itemprop' };
  }
  const article = root.closest('article');
  if (article) return { root: article, texts, foundBy: 'article' };
  return { root, texts, foundBy: 'density' };
}

/**
 * A page that marks exactly one element as its articleBody has said where its article is, and
 * ClaimLens's own scoring reads it: Readability's reading, the one long task the extraction makes on the
 * page's main thread, is not made (bench:extract on the development pages: F1 0.965 either way).
 */
function marksOneArticleBody(doc: Document): boolean {
  return doc.querySelectorAll('[itemprop="articleBody"]').length === 1;
}

function* extractWith(doc: Document, { isHidden, url, readability = true }: ExtractOptions): Steps<ArticleExtraction | null> {
  const readable = readability && !marksOneArticleBody(doc) ? yield* readableArticleSteps(doc) : null;
  const info = readDocumentInfo(doc, url);
  if (readable) {
    const found = readableRoot(readable);
    yield;
    const headline = findHeadline(doc, found.root, info.title, isHidden);
    yield;
    const collected = collectText(found.root, { isHidden, headline, texts: found.texts });
    if (collected.text.length >= MIN_READABLE_TEXT) return { ...collected, foundBy: found.foundBy, info };
    yield;
  }
  const found = findArticleRoot(doc, isHidden);
  if (!found) return null;
  yield;
  const headline = findHeadline(doc, found.root, info.title, isHidden);
  yield;
  const collected = collectText(found.root, { isHidden, headline });
  return { ...collected, foundBy: found.foundBy, info };
}

/** The smallest block element holding the node: the unit a sentence cannot cross. */
function enclosingBlock(node: Node, boundary: Element): Element | null {
  let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === ELEMENT_NODE) {
    const element = current as Element;
    if (element === boundary || isBlockTag(tagOf(element))) return element;
    current = element.parentNode;
  }
  return null;
}

/**
 * Text of content added to the article after the first extraction (nodes a MutationObserver
 * reported), one extraction per block with its own offset map. Nodes outside `root`, or inside
 * machinery or furniture, give nothing; a node inside another reported node is read with it;
 * added text inside an existing paragraph gives that whole paragraph.
 */
export function extractBlocks(root: Element, nodes: Iterable<Node>, options: ExtractOptions = {}): TextExtraction[] {
  const blocks: Element[] = [];
  for (const node of nodes) {
    if (!root.contains(node)) continue;
    const block = enclosingBlock(node, root);
    if (!block || leftOut(block, root, options.isHidden)) continue;
    if (blocks.some((other) => other.contains(block))) continue;
    for (let i = blocks.length - 1; i >= 0; i--) if (block.contains(blocks[i]!)) blocks.splice(i, 1);
    blocks.push(block);
  }
  return blocks
    .map((block) => collectText(block, { isHidden: options.isHidden }))
    .filter((e) => e.text.length > 0)
    .map(({ root: blockRoot, text, segments }) => ({ root: blockRoot, text, segments }));
}
