/**
 * What the history keeps of a page's address: its origin and path, nothing more. The query and the
 * fragment often carry what only the reader should know (an account number, a session token, a search),
 * and the card needs neither to lead back to the article.
 */

import type { ClaimsReport } from '../../messages';

/** Only pages on the web are remembered; anything else (file:, data:, an extension page) has no site. */
const WEB_PROTOCOL = /^https?:$/;

/** `https://news.test/story` for `https://news.test/story?account=1#comments`; null when not a web page. */
export function historyAddress(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!WEB_PROTOCOL.test(parsed.protocol)) return null;
  return `${parsed.origin}${parsed.pathname}`;
}

/** The site a page belongs to, for budgets and for naming the source: its host without "www.". */
export function siteOf(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '');
}

/**
 * What of a page's report the history may keep: the address cut to origin and path, no title. Cut where
 * the report arrives (handlers.ts), so no later step can keep more by mistake. Null for a page off the web.
 */
export function reportForHistory(report: ClaimsReport): ClaimsReport | null {
  const url = historyAddress(report.url);
  return url === null ? null : { ...report, url, info: { ...report.info, url, title: null } };
}
