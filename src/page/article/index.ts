/**
 * Finding the article in a page and reading its text with a map back to the DOM.
 * DOM-standard code only: the content script runs it on the page, the scanner on linkedom.
 */
export { extractArticle, extractArticleSteps, extractBlocks } from './extract';
export { offsetAt, rangeFor } from './offsets';
export { readDocumentInfo } from './info';
export type { ArticleExtraction, DomSpan, ExtractOptions, RootReason, TextExtraction, TextRange, TextSegment } from './types';
