import { parseHTML } from 'linkedom';
import type { DocumentInfo } from '../core/types';
import { extractArticle } from '../page/article';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|h[1-6])[\s>/]/i;

/** Whether standard input holds a page rather than plain text: it opens with HTML markup. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

/**
 * A linkedom document for the markup. linkedom does not add the <html> and <body> a browser infers,
 * so a fragment is wrapped first, which keeps the article finder looking where a browser would.
 */
export function parseHtmlDocument(html: string): Document {
  const source = /<html[\s>]/i.test(html.slice(0, 65536)) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export interface ArticleText {
  text: string;
  info: DocumentInfo;
}

/** The article's text and the page's facts, found the way the content script finds them. Null when the page has no text. */
export function articleFromHtml(html: string, url: string | null): ArticleText | null {
  const extraction = extractArticle(parseHtmlDocument(html), url ? { url } : {});
  if (!extraction || extraction.text.trim().length === 0) return null;
  return { text: extraction.text, info: extraction.info };
}
