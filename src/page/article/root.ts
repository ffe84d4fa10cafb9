import type { Steps } from '../../core/steps';
import { type BlockStats, linkDensity, scoreBlocksSteps } from './score';
import type { RootReason } from './types';

export interface FoundRoot {
  root: Element;
  foundBy: RootReason;
}

/** Less paragraph text than this is a teaser or a stub, not the article. */
const MIN_ARTICLE_TEXT = 140;
/** A marked-up article must hold this share of the densest block's paragraph text to be believed. */
const SEMANTIC_SHARE = 0.6;
/** A sibling block with this share of the best block's paragraph text continues the story. */
const SIBLING_SHARE = 0.3;
const MAX_SIBLING_LINK_DENSITY = 0.3;

/** The element holding the densest prose, widened to its parent when siblings continue the story. */
function densestBlock(body: Element, stats: Map<Element, BlockStats>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, entry] of stats) {
    if (element === body) continue;
    const score = entry.score * (1 - linkDensity(entry));
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return null;
  // Pages cut a story into chunks between ads and pictures: climb while a sibling holds a good part of it.
  for (let parent = best.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const own = stats.get(best)?.paragraphText ?? 0;
    let continues = false;
    for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === best) continue;
      const entry = stats.get(sibling);
      if (entry && entry.paragraphText >= Math.max(MIN_ARTICLE_TEXT, own * SIBLING_SHARE) && linkDensity(entry) <= MAX_SIBLING_LINK_DENSITY) {
        continues = true;
        break;
      }
    }
    if (!continues) break;
    best = parent;
  }
  return best;
}

/**
 * Among elements the page marks up as its article, the one to believe: it must hold most of the
 * prose the density scoring found. Of nested candidates the innermost that does wins, so an
 * <article> wrapping the whole page gives way to the one inside it.
 */
function markedArticle(candidates: Iterable<Element>, stats: Map<Element, BlockStats>, densest: Element | null): Element | null {
  const densestText = densest ? (stats.get(densest)?.paragraphText ?? 0) : 0;
  const needed = Math.max(MIN_ARTICLE_TEXT, densestText * SEMANTIC_SHARE);
  let chosen: Element | null = null;
  let chosenText = Infinity;
  for (const element of candidates) {
    const text = stats.get(element)?.paragraphText ?? 0;
    if (text < needed) continue;
    // The candidate that holds the densest block beats one beside it; then the smallest (innermost) wins.
    const holdsDensest = densest !== null && element.contains(densest);
    const chosenHoldsDensest = chosen !== null && densest !== null && chosen.contains(densest);
    if (chosen === null || (holdsDensest && !chosenHoldsDensest) || (holdsDensest === chosenHoldsDensest && text < chosenText)) {
      chosen = element;
      chosenText = text;
    }
  }
  return chosen;
}

/**
 * A page marking exactly one [itemprop=articleBody] holding prose has said where its article is: only that
 * element is scored, not the whole page (the scoring walk reads every element's computed style).
 */
function* markedBodySteps(body: Element, isHidden?: (element: Element) => boolean): Steps<Element | null> {
  const marked = body.querySelectorAll('[itemprop="articleBody"]');
  if (marked.length !== 1) return null;
  const stats = yield* scoreBlocksSteps(marked[0]!, isHidden);
  return (stats.get(marked[0]!)?.paragraphText ?? 0) >= MIN_ARTICLE_TEXT ? marked[0]! : null;
}

/**
 * Finds the element holding the article: the page's own markup (itemprop=articleBody, <article>,
 * <main>) when it agrees with where the prose is, else the densest block of paragraph text,
 * else the body. In steps: the scoring walk yields (walk.ts).
 */
export function* findArticleRootSteps(doc: Document, isHidden?: (element: Element) => boolean): Steps<FoundRoot | null> {
  // linkedom throws on `body` when the document has no root element at all, and for a fragment
  // like "<p>…</p>" makes the <p> its root and `body` inserts an empty <body> into it.
  const top = doc.documentElement;
  if (!top) return null;
  const body = (top.localName.toLowerCase() === 'html' ? doc.body : null) ?? top;
  const marked = yield* markedBodySteps(body, isHidden);
  if (marked) return { root: marked, foundBy: 'itemprop' };
  const stats = yield* scoreBlocksSteps(body, isHidden);
  const densest = densestBlock(body, stats);
  for (const [reason, selector] of [['itemprop', '[itemprop="articleBody"]'], ['article', 'article']] as const) {
    const element = markedArticle(body.querySelectorAll(selector), stats, densest);
    if (element) return { root: element, foundBy: reason };
  }
  const densestText = densest ? (stats.get(densest)?.paragraphText ?? 0) : 0;
  // <main> holds the story and whatever the site puts beside it: within it, the densest block is the story.
  const main = markedArticle(body.querySelectorAll('main, [role="main"]'), stats, densest);
  if (main && !(densest && main.contains(densest) && densestText >= MIN_ARTICLE_TEXT)) return { root: main, foundBy: 'main' };
  if (densest && densestText >= MIN_ARTICLE_TEXT) return { root: densest, foundBy: 'density' };
  return { root: body, foundBy: 'body' };
}
