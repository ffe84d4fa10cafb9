/**
 * The article's own voice, named after the publication. The page's metadata gives a site name, but not
 * always a good one: a social handle ("@newsdesk"), a fragment of the host ("examplenews"), a platform word
 * ("Hosted"), or the name with a tagline ("Harbour Gazette | Local news since 1890"). Only a name a reader
 * would recognise as the publication's is kept; otherwise the voice stays unnamed rather than misnamed.
 */
import type { DocumentInfo, Source } from '../types';

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

/** The source of a claim the article attributes to nobody: the publication itself. */
export function articleVoice(info: Partial<DocumentInfo>): Source {
  return { kind: 'article', name: publicationName(info), text: null, start: null, end: null, cue: null, via: null };
}
