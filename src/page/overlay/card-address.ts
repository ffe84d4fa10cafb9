/**
 * How an address from the reader's history or a fact pack appears on the card: origin and path alone. A
 * query string or fragment can carry a session token, a search or an e-mail address, and records stored
 * before ClaimLens dropped them may still hold them.
 */

/** "https://site.example/a/b?q=1#x" → "https://site.example/a/b"; null when it is no web address. */
export function addressForCard(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? `${parsed.origin}${parsed.pathname}` : null;
  } catch {
    return null;
  }
}
