/**
 * A publication's name as a page's metadata gives it, kept only when a reader would recognise it: a social
 * handle ("@newsdesk"), a fragment of the host ("examplenews"), a platform word ("Hosted") or a tagline
 * ("Harbour Gazette | Local news since 1890") is not the name. Read by the article finder, which picks the
 * publisher among the page's fields, and by the attribution, which names the article's own voice after it.
 */
import type { DocumentInfo } from '../types';

/** Words a page's site-name field may carry that name a platform or a page, not a publication. */
const NOT_A_PUBLICATION = new Set(['hosted', 'home', 'homepage', 'news', 'blog', 'index', 'website', 'site', 'wordpress', 'untitled', 'default', 'article']);

/** "Harbour Gazette | Local news", "Harbour Gazette - Home": a tagline after a separator. */
const TAGLINE = /\s+[|–—:·•-]\s+.*$/u;

/** The host's labels without "www" and the top-level domain: "news.example-news.co.uk" → ["news", "example-news"]. */
function hostLabels(url: string | null | undefined): string[] {
  if (!url) return [];
  const host = /^[a-z][a-z\d+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  return host ? host.split('.').filter((l) => l !== 'www').slice(0, -1) : [];
}

/** The publication's name, cleaned, or null when the page gives none a reader would recognise. */
export function publicationName(info: Partial<DocumentInfo>): string | null {
  const raw = info.publisher?.replace(/\s+/g, ' ').trim();
  if (!raw || raw.startsWith('@')) return null;
  const name = raw.replace(TAGLINE, '').trim();
  if (name.length < 2 || NOT_A_PUBLICATION.has(name.toLowerCase())) return null;
  // A host or a fragment of one ("examplenews", "example.com") is an address, not a name; a name written
  // in words ("Harbour Gazette" on harbourgazette.com) is the publication's, whatever its address.
  const squashed = name.toLowerCase().replace(/[.-]/g, '');
  if (/\.[a-z]{2,}$/i.test(name) || (!name.includes(' ') && hostLabels(info.url).some((l) => l.replace(/-/g, '') === squashed))) return null;
  if (!/\p{Lu}|\d/u.test(name) && !name.includes(' ')) return null;
  return name;
}
