import type { DocumentInfo } from '../../core/types';

/**
 * One stretch of the extracted text that is a verbatim copy of part of a Text node:
 * `text.slice(start, end) === node.data.slice(nodeStart, nodeStart + end - start)`.
 * Offsets between segments (a collapsed whitespace run, a line break at a block edge)
 * belong to no node.
 */
export interface TextSegment {
  node: Text;
  /** Offset in the extracted text, UTF-16 code units. */
  start: number;
  /** End offset in the extracted text, exclusive. */
  end: number;
  /** Where the stretch begins in `node.data`. */
  nodeStart: number;
}

/** Text collected from a subtree, with the map from every text offset back to the DOM. */
export interface TextExtraction {
  /** The element the text was collected from. */
  root: Element;
  /**
   * The text as a reader sees it: whitespace runs collapsed to one space, every block
   * (paragraph, heading, list item, caption, cell) on its own line ending in "\n".
   */
  text: string;
  /** Sorted by `start`, not overlapping. */
  segments: TextSegment[];
}

/** A stretch of the extracted text, UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** The article of a page: its text, offset map and what the page says about itself. */
export interface ArticleExtraction extends TextExtraction {
  /** Where the headline lies in `text` (read first when it stands outside the article's root); null when none was found. */
  headline: TextRange | null;
  /** How the root was found, for diagnostics: 'article', 'itemprop', 'main', 'density' or 'body'. */
  foundBy: RootReason;
  info: DocumentInfo;
}

export type RootReason = 'article' | 'itemprop' | 'main' | 'density' | 'body';

/** Where a span of extracted text lies in the DOM: the arguments of Range.setStart / setEnd. */
export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface ExtractOptions {
  /**
   * Extra hidden test, e.g. one that reads getComputedStyle in the browser. The built-in
   * rules only see markup (the hidden attribute, aria-hidden, inline display/visibility).
   */
  isHidden?: (element: Element) => boolean;
  /** The page's address when the document does not know it (a file read in Node). */
  url?: string;
  /**
   * false: find the article by ClaimLens's own one-walk scoring only, as pages too large for
   * Readability are; `bench:extract` measures the two side by side. Default true.
   */
  readability?: boolean;
}
