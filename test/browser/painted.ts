/**
 * What ClaimLens painted, whichever painter it chose: the Highlight API's ranges (CSS.highlights) or the
 * fallback's <claimlens-mark> elements, which Firefox 140 gets because it refuses the content script's
 * adopted stylesheet (src/page/paint/index.ts). The Firefox reader suite reads through these; the
 * Chromium tests, which always get the Highlight API, keep the harness's CSS.highlights readers.
 */
import { evaluateIn, HIGHLIGHT_NAMES, type AnyPage } from './harness';

/** The fallback painter's element (src/page/paint/wrap-painter.ts MARK_TAG). */
export const MARK_TAG = 'claimlens-mark';

type Query =
  | { kind: 'texts' }
  | { kind: 'overlapping'; phrase: string }
  | { kind: 'inside'; selector: string }
  | { kind: 'point'; text: string; scroll: boolean };

interface Where {
  names: string[];
  mark: string;
}

/** Page-side: one function, so nothing has to be evaluated from a string (a page's CSP may forbid it). */
function readPainted([where, query]: readonly [Where, Query]): string[] | { x: number; y: number } | null {
  const painted: Range[] = [];
  for (const name of where.names) {
    for (const range of CSS.highlights?.get(name) ?? []) if (range instanceof Range) painted.push(range);
  }
  for (const mark of document.querySelectorAll(where.mark)) {
    const range = document.createRange();
    range.selectNodeContents(mark);
    painted.push(range);
  }
  if (query.kind === 'texts') return painted.map((range) => range.toString());
  if (query.kind === 'inside') {
    return painted.filter((range) => range.startContainer.parentElement?.closest(query.selector)).map((range) => range.toString());
  }
  if (query.kind === 'point') {
    const range = painted.find((candidate) => candidate.toString() === query.text);
    if (!range) return null;
    if (query.scroll) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }
  // The page's text read across Text nodes, so a phrase is found even where the fallback split it into marks.
  const texts: { node: Text; start: number }[] = [];
  let flat = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    texts.push({ node, start: flat.length });
    flat += node.data;
  }
  const pointAt = (offset: number, isEnd: boolean): [Text, number] => {
    const entry = texts.find(({ node, start }) => (isEnd ? offset <= start + node.length : offset < start + node.length))!;
    return [entry.node, offset - entry.start];
  };
  const isBefore = (a: Node, aOffset: number, b: Node, bOffset: number) => {
    const point = document.createRange();
    point.setStart(a, aOffset);
    return point.comparePoint(b, bOffset) === 1;
  };
  const targets: Range[] = [];
  for (let at = flat.indexOf(query.phrase); at !== -1 && query.phrase; at = flat.indexOf(query.phrase, at + 1)) {
    const target = document.createRange();
    target.setStart(...pointAt(at, false));
    target.setEnd(...pointAt(at + query.phrase.length, true));
    targets.push(target);
  }
  return painted
    .filter((range) =>
      targets.some(
        (target) =>
          isBefore(range.startContainer, range.startOffset, target.endContainer, target.endOffset) &&
          isBefore(target.startContainer, target.startOffset, range.endContainer, range.endOffset),
      ),
    )
    .map((range) => range.toString());
}

const WHERE: Where = { names: [...HIGHLIGHT_NAMES], mark: MARK_TAG };

/** Every painted text on the page (a claim the fallback split over elements gives one text per mark). */
export async function paintedTexts(page: AnyPage): Promise<string[]> {
  return (await evaluateIn(page, readPainted, [WHERE, { kind: 'texts' }] as const)) as string[];
}

/** The painted texts that overlap an occurrence of `phrase` in the page's text. */
export async function paintedOverlapping(page: AnyPage, phrase: string): Promise<string[]> {
  return (await evaluateIn(page, readPainted, [WHERE, { kind: 'overlapping', phrase }] as const)) as string[];
}

/** The painted texts inside elements matching `selector` (page furniture should have none). */
export async function paintedInside(page: AnyPage, selector: string): Promise<string[]> {
  return (await evaluateIn(page, readPainted, [WHERE, { kind: 'inside', selector }] as const)) as string[];
}

/** Scrolls a painted text into view and moves the pointer over it. */
export async function hoverPainted(page: AnyPage, text: string): Promise<void> {
  await evaluateIn(page, readPainted, [WHERE, { kind: 'point', text, scroll: true }] as const);
  const point = (await evaluateIn(page, readPainted, [WHERE, { kind: 'point', text, scroll: false }] as const)) as { x: number; y: number } | null;
  if (!point) throw new Error(`nothing painted reads "${text}"`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

/**
 * The page's markup with ClaimLens's overlay host left out and the fallback's marks unwrapped: equal to
 * the page without ClaimLens exactly when ClaimLens changed nothing else (split Text nodes do not show).
 */
export async function markupWithoutClaimLens(page: AnyPage, hostSelector: string): Promise<string> {
  return evaluateIn(
    page,
    ([host, mark]: readonly [string, string]) => {
      const clone = document.documentElement.cloneNode(true) as Element;
      for (const element of clone.querySelectorAll(host)) element.remove();
      for (const element of clone.querySelectorAll(mark)) element.replaceWith(...element.childNodes);
      return clone.outerHTML;
    },
    [hostSelector, MARK_TAG] as const,
  );
}
