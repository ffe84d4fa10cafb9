/**
 * Finding the article in a page and reading its text with a map back to the DOM.
 * DOM-standard code only: the content script runs it on the page, the scanner on linkedom.
 * The content script imports extract.ts and outline.ts directly: extractArticle reads with Readability in-process.
 */
export { extractArticleSteps, extractBlocks, readableOutlineSteps } from './extract';
export { extractArticle } from './in-process';
export { offsetAt, rangeFor } from './offsets';
export { readDocumentInfo } from './info';
export { type OutlinedPage, type PageOutline, pickFromKept } from './outline';
export type { ArticleExtraction, DomSpan, ExtractOptions, RootReason, TextExtraction, TextRange, TextSegment } from './types';
