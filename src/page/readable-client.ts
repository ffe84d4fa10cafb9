/**
 * The article's extraction on the page, with Readability's reading made in the background. The content
 * script outlines the page in slices (article/outline.ts), sends the outline, and reads the article in
 * slices from the Text nodes Readability kept: the reading, one task that cannot be sliced, no longer runs
 * on the page's main thread. A background that does not answer in time, or refuses the outline, leaves
 * the page to ClaimLens's own scoring, as pages too large for Readability are.
 */
import { askBackground } from '../messaging/send';
import { extractArticleSteps, readableOutlineSteps } from './article/extract';
import { type PageOutline, pickFromKept } from './article/outline';
import type { ArticleExtraction, ExtractOptions } from './article/types';
import { measured, READABILITY_TIME_MARK, runInSlices } from './timing';

/** How long the page waits for the background's reading: a service worker's cold start on a slow, busy machine. */
export const READING_DEADLINE_MS = 3000;

export interface ReadingDeps {
  /** The ordinals of the Text nodes Readability kept, or null when it was not read (refused, lost, found nothing). */
  read(outline: PageOutline): Promise<readonly number[] | null>;
  cancelled?: () => boolean;
}

function isKeptList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0);
}

/** The background's reading of the outline, or null when it refuses it, finds no article or does not answer in time. */
export async function readInBackground(outline: PageOutline): Promise<readonly number[] | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lost = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), READING_DEADLINE_MS);
  });
  const asked = (async () => {
    try {
      const answer = await measured('article outline sent', () => askBackground({ type: 'readable-request', outline }));
      if (!answer.ok || !isKeptList(answer.kept)) return null;
      performance.mark(READABILITY_TIME_MARK, { detail: { ms: answer.readMs } });
      return answer.kept;
    } catch {
      return null;
    }
  })();
  try {
    return await Promise.race([asked, lost]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Finds the article and collects its text with the offset map: the outline and the collection in slices
 * of their own ("article outlined", "article extracted"), the reading wherever `deps.read` makes it.
 * Null when cancelled or the page has no element to read.
 */
export async function extractArticleOnPage(doc: Document, options: ExtractOptions, deps: ReadingDeps): Promise<ArticleExtraction | null> {
  const outlined = await runInSlices(readableOutlineSteps(doc, options), { what: 'article outlined', cancelled: deps.cancelled });
  if (deps.cancelled?.()) return null;
  const kept = outlined ? await deps.read(outlined.outline) : null;
  if (deps.cancelled?.()) return null;
  // The page may have removed what Readability picked while it was read: pickFromKept then gives null.
  const readable = outlined && kept ? pickFromKept(kept, outlined) : null;
  return runInSlices(extractArticleSteps(doc, options, readable), { what: 'article extracted', cancelled: deps.cancelled });
}
