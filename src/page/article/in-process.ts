import { runToEnd } from '../../core/steps';
import { extractArticleSteps, readableOutlineSteps } from './extract';
import { pickFromKept } from './outline';
import { readOutline } from './readable';
import type { ArticleExtraction, ExtractOptions } from './types';

/**
 * Finds the article in a document and collects its text with the offset map, in one go, Readability's
 * reading made here (Node, the scanner, the benchmarks; the content script has the background make it).
 * Works on a browser's document and on a linkedom document alike. Null when the document has no element
 * to read (no <body> and no root element).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleExtraction | null {
  const outlined = runToEnd(readableOutlineSteps(doc, options));
  const kept = outlined && readOutline(outlined.outline, doc.cloneNode(false) as Document);
  const readable = outlined && kept ? pickFromKept(kept, outlined) : null;
  return runToEnd(extractArticleSteps(doc, options, readable));
}
