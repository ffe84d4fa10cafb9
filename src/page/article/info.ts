import { publicationName } from '../../core/text/publication';
import type { DocumentInfo } from '../../core/types';

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const meta = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = meta?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ARTICLE_TYPES = /Article$|^BlogPosting$|^Report$|^WebPage$/;

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** The article objects of the page's JSON-LD blocks, flattening arrays and @graph lists. */
function linkedDataArticles(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Pages ship broken JSON-LD often enough; the other sources still apply.
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0 && found.length < 50) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
        if (typesOf(item).some((t) => ARTICLE_TYPES.test(t))) found.push(item);
      }
    }
  }
  // News article types describe the story better than the WebPage around it.
  return found.sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')));
}

function stringField(objects: JsonObject[], read: (o: JsonObject) => unknown): string | null {
  for (const object of objects) {
    const value = read(object);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function publisherName(object: JsonObject): unknown {
  const publisher = Array.isArray(object['publisher']) ? object['publisher'][0] : object['publisher'];
  return isObject(publisher) ? publisher['name'] : publisher;
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•]\s+(?!.*\s[|\-–—:·•]\s)/;

/** "Story headline | Site" → "Story headline": drops the last part when the rest still reads as a title. */
function titleWithoutSite(title: string, publisher: string | null): string {
  const match = TITLE_SEPARATOR.exec(title);
  if (!match) return title;
  const head = title.slice(0, match.index).trim();
  const tail = title.slice(match.index + match[0].length).trim();
  const tailIsSite = (publisher !== null && tail.toLowerCase() === publisher.toLowerCase()) || tail.split(/\s+/).length <= 4;
  return tailIsSite && head.split(/\s+/).length >= 3 ? head : title;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

function documentUrl(doc: Document): string | null {
  const url = doc.URL;
  return url && /^https?:/.test(url) ? url : null;
}

/** What the page says about itself: title, canonical address, publisher and publication time. */
export function readDocumentInfo(doc: Document, fallbackUrl?: string): DocumentInfo {
  const articles = linkedDataArticles(doc);
  const base = documentUrl(doc) ?? fallbackUrl ?? null;
  const url =
    absoluteUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ??
    absoluteUrl(metaContent(doc, 'og:url'), base) ??
    base;
  // The first name a reader would recognise as the publication's, past a handle, a platform word or a
  // host fragment in the site-name fields; else whatever the page gives, for the card to show.
  const candidates = [metaContent(doc, 'og:site_name'), metaContent(doc, 'application-name'), stringField(articles, publisherName)];
  const publisher =
    candidates.find((name) => name !== null && publicationName({ publisher: name, url }) !== null) ??
    candidates.find((name) => name !== null) ??
    hostOf(url);
  const rawTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title =
    metaContent(doc, 'og:title', 'twitter:title') ??
    stringField(articles, (o) => o['headline']) ??
    (rawTitle ? titleWithoutSite(rawTitle, publisher) : null);
  const published =
    metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date') ??
    stringField(articles, (o) => o['datePublished']) ??
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
    null;
  return { title, url, publisher, published };
}
