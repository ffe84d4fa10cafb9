/**
 * The history of claims seen. One record per figure per site: the same site giving the same figure on
 * the same subject under several addresses (the AMP copy, the live blog, a re-published story) is one
 * record, refreshed to the newest sighting. Records keep the page's origin and path only, never its query,
 * fragment or title. A page, a site and the whole history each have a budget (./budget.ts); past it the
 * oldest records go first. Only claims with a subject key are kept: the others could never be matched.
 */
import { figureOf } from '../../core/related/figure';
import { storedFigureOf, type StoredFigure } from '../../core/related/stored';
import type { Claim, DocumentInfo } from '../../core/types';
import { historyAddress, siteOf } from './address';
import { HISTORY_BUDGETS, type HistoryBudgets } from './budget';
import type { HistoryRecord, RelatedDb } from './db';
import { issueAll } from './requests';

export interface SeenPage {
  url: string;
  info: DocumentInfo;
  claims: Claim[];
  seen: number;
}

/** One site's figure on one subject: the record's key, so seeing it again replaces it. */
export function sameFigureId(site: string, stored: StoredFigure): string {
  const { value, range, unit } = stored.figure;
  const figure = range ? `${range[0]}..${range[1]}` : String(value);
  return [site, stored.key, [...stored.modifiers].sort().join(' '), stored.per ?? '', figure, unit ?? ''].join('|');
}

/** The records a page leaves: one per distinct figure, the page's first ones up to its budget. */
export function historyRecordsOf(page: SeenPage, pageClaims = HISTORY_BUDGETS.pageClaims): HistoryRecord[] {
  const url = historyAddress(page.url);
  if (url === null) return [];
  const site = siteOf(url);
  const records = new Map<string, HistoryRecord>();
  for (const claim of page.claims) {
    if (records.size >= pageClaims) break;
    const stored = storedFigureOf({
      kind: claim.kind,
      subject: claim.subject,
      figure: figureOf(claim),
      per: claim.per,
      // An undated page is placed in time by when it was read.
      date: page.info.published ?? new Date(page.seen).toISOString(),
    });
    if (!stored) continue;
    const id = sameFigureId(site, stored);
    if (records.has(id)) continue;
    records.set(id, { ...stored, id, url, site, published: page.info.published, seen: page.seen, newestFirst: -page.seen, text: claim.text });
  }
  return [...records.values()];
}

type ClaimsTransaction = ReturnType<typeof claimsTransaction>;

function claimsTransaction(db: RelatedDb) {
  const tx = db.transaction('claims', 'readwrite');
  tx.done.catch(() => undefined);
  return tx;
}

/** Deletes the oldest records of `range` in `index` (oldest first) until at most `keep` remain. */
async function evictOldest(tx: ClaimsTransaction, index: 'bySiteSeen' | 'bySeen', range: IDBKeyRange | null, keep: number): Promise<number> {
  const excess = (await tx.store.index(index).count(range ?? undefined)) - keep;
  let deleted = 0;
  let cursor = excess > 0 ? await tx.store.index(index).openCursor(range ?? undefined) : null;
  while (cursor && deleted < excess) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  return deleted;
}

/**
 * Keeps a page's claims, replacing what was kept for that page before, then holds its site to its
 * budget; one transaction. Returns how many records the page left. (The whole history is held to its
 * budget by capHistory, less often: counting every record costs time in proportion to the history.)
 */
export async function recordPage(db: RelatedDb, page: SeenPage, budgets: HistoryBudgets = HISTORY_BUDGETS): Promise<number> {
  const url = historyAddress(page.url);
  if (url === null) return 0;
  const records = historyRecordsOf(page, budgets.pageClaims);
  const tx = claimsTransaction(db);
  const oldKeys = await tx.store.index('byUrl').getAllKeys(url);
  await issueAll(oldKeys, (key) => tx.store.delete(key));
  await issueAll(records, (record) => tx.store.put(record));
  const site = siteOf(url);
  await evictOldest(tx, 'bySiteSeen', IDBKeyRange.bound([site, Number.NEGATIVE_INFINITY], [site, Number.POSITIVE_INFINITY]), budgets.siteRecords);
  await tx.done;
  return records.length;
}

/** Holds the whole history to its budget, the oldest records going first; returns how many went. */
export async function capHistory(db: RelatedDb, totalRecords = HISTORY_BUDGETS.totalRecords): Promise<number> {
  const tx = claimsTransaction(db);
  const deleted = await evictOldest(tx, 'bySeen', null, totalRecords);
  await tx.done;
  return deleted;
}

/** Deletes the claims seen before `cutoff` (ms since the epoch); returns how many went. */
export async function pruneHistory(db: RelatedDb, cutoff: number): Promise<number> {
  const tx = claimsTransaction(db);
  let deleted = 0;
  let cursor = await tx.store.index('bySeen').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}

export async function clearHistory(db: RelatedDb): Promise<void> {
  await db.clear('claims');
}

export async function countHistory(db: RelatedDb): Promise<number> {
  return db.count('claims');
}
