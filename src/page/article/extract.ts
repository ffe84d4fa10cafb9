import { collectText, collectTextSteps } from './collect';
import { findHeadline } from './headline';
import { readDocumentInfo } from './info';
import { isBlockTag } from './layout';
import type { Steps } from '../../core/steps';
import { type OutlinedPage, outlineSteps, type ReadableArticle } from './outline';
import { type FoundRoot, findArticleRootSteps } from './root';
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
 * The outline Readability is to read (outline.ts), in steps; null when it is not to be read: the caller
 * said so, the page marks one articleBody, or the page is larger than Readability may read. The extraction
 * is made in two parts around Readability's reading, so the reading can be made elsewhere (the content
 * script has the background make it): this part, then extractArticleSteps with what it kept.
 */
export function* readableOutlineSteps(doc: Document, { readability = true }: ExtractOptions = {}): Steps<OutlinedPage | null> {
  if (!readability || marksOneArticleBody(doc)) return null;
  return yield* outlineSteps(doc);
}

/**
 * Finds the article in a document, given what Readability kept of it (null: its reading was not made or
 * found nothing), and collects its text with the offset map, in steps so the content script runs it in
 * slices (src/page/timing.ts). Works on a browser's document and on a linkedom document alike. Null when
 * the document has no element to read (no <body> and no root element). The whole extraction in one go is
 * extractArticle (in-process.ts).
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions, readable: ReadableArticle | null): Steps<ArticleExtraction | null> {
  const extraction = yield* extractWith(doc, options, readable);
  // A page still hiding its whole body while it loads (anti-flicker styles) looks empty to a
  // computed-style test; its markup still tells what will show.
  if (extraction && extraction.text.length === 0 && options.isHidden) return yield* extractWith(doc, { ...options, isHidden: undefined }, readable);
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
 * ClaimLens's own scoring reads it. Readability reads it off the page now, and bench:extract on the
 * development pages is F1 0.965 either way, but on those of the 15 real pages that mark one (bench:claims)
 * its pick leaves out claims the marked body holds (nytimes-4: recall 84.6% against 100%).
 */
function marksOneArticleBody(doc: Document): boolean {
  return doc.querySelectorAll('[itemprop="articleBody"]').length === 1;
}

/**
 * The caller's hidden test, asked once per element for one extraction: the scoring walk, the headline and
 * the collection ask about the same elements, and in the browser each answer reads computed style.
 */
function askedOnce(isHidden: ((element: Element) => boolean) | undefined): ((element: Element) => boolean) | undefined {
  if (!isHidden) return undefined;
  const answers = new WeakMap<Element, boolean>();
  return (element) => {
    const known = answers.get(element);
    if (known !== undefined) return known;
    const answer = isHidden(element);
    answers.set(element, answer);
    return answer;
  };
}

function* extractWith(doc: Document, { isHidden: callersTest, url }: ExtractOptions, readable: ReadableArticle | null): Steps<ArticleExtraction | null> {
  const isHidden = askedOnce(callersTest);
  const info = readDocumentInfo(doc, url);
  // Reading the page's JSON-LD can take a few milliseconds of its own.
  yield;
  if (readable) {
    const found = readableRoot(readable);
    yield;
    const headline = findHeadline(doc, found.root, info.title, isHidden);
    yield;
    const collected = yield* collectTextSteps(found.root, { isHidden, headline, texts: found.texts });
    if (collected.text.length >= MIN_READABLE_TEXT) return { ...collected, foundBy: found.foundBy, info };
    yield;
  }
  const found = yield* findArticleRootSteps(doc, isHidden);
  if (!found) return null;
  yield;
  const headline = findHeadline(doc, found.root, info.title, isHidden);
  yield;
  const collected = yield* collectTextSteps(found.root, { isHidden, headline });
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
