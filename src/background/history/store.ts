/**
 * The history of claims seen: one record per claim per page, replaced when the page is seen again, pruned
 * by age. Only claims with a subject key are kept: the others could never be matched.
 */
import { figureOf } from '../../core/related/figure';
import { storedFigureOf } from '../../core/related/stored';
import type { Claim, DocumentInfo } from '../../core/types';
import type { HistoryRecord, RelatedDb } from './db';
import { issueAll } from './requests';

export interface SeenPage {
  url: string;
  info: DocumentInfo;
  claims: Claim[];
  seen: number;
}

/** Query parameters that track the reader rather than choose the page. */
const TRACKING_PARAMETER = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * The page's address without its fragment or tracking parameters: the same article read at #comments
 * or through a newsletter link is the same page.
 */
export function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
    }
    return parsed.href;
  } catch {
    return url;
  }
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function historyRecordsOf(page: SeenPage): HistoryRecord[] {
  const url = pageAddress(page.url);
  const records: HistoryRecord[] = [];
  for (const claim of page.claims) {
    const stored = storedFigureOf({
      kind: claim.kind,
      subject: claim.subject,
      figure: figureOf(claim),
      per: claim.per,
      // An undated page is placed in time by when it was read.
      date: page.info.published ?? new Date(page.seen).toISOString(),
    });
    if (!stored) continue;
    records.push({
      ...stored,
      id: `${url}#${claim.id}`,
      url,
      site: siteOf(url),
      title: page.info.title,
      published: page.info.published,
      seen: page.seen,
      newestFirst: -page.seen,
      text: claim.text,
    });
  }
  return records;
}

/** Keeps a page's claims, replacing what was kept for that page before; one transaction. */
export async function recordPage(db: RelatedDb, page: SeenPage): Promise<number> {
  const records = historyRecordsOf(page);
  const tx = db.transaction('claims', 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  const oldKeys = await tx.store.index('byUrl').getAllKeys(pageAddress(page.url));
  await issueAll(oldKeys, (key) => tx.store.delete(key));
  await issueAll(records, (record) => tx.store.put(record));
  await done;
  return records.length;
}

/** Deletes the claims seen before `cutoff` (ms since the epoch); returns how many went. */
export async function pruneHistory(db: RelatedDb, cutoff: number): Promise<number> {
  const tx = db.transaction('claims', 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  let deleted = 0;
  let cursor = await tx.store.index('bySeen').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  await done;
  return deleted;
}

export async function clearHistory(db: RelatedDb): Promise<void> {
  await db.clear('claims');
}

export async function countHistory(db: RelatedDb): Promise<number> {
  return db.count('claims');
}
