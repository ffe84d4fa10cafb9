/**
 * Bringing records kept by older versions to what the history keeps now: origin and path instead of
 * the full address, no title, one record per site and figure, and the budgets.
 */
import { historyAddress, siteOf } from './address';
import { HISTORY_BUDGETS } from './budget';
import type { HistoryRecord } from './db';
import { sameFigureId } from './store';

/** A version-2 record (full address, title, one per claim per page) as kept now; null for a page off the web. */
export function recordFromVersion2(old: HistoryRecord & { title?: unknown }): HistoryRecord | null {
  const url = historyAddress(old.url);
  if (url === null) return null;
  const { title: _dropped, ...rest } = old;
  const site = siteOf(url);
  return { ...rest, url, site, id: sameFigureId(site, rest) };
}

/** The newest record of each figure, each site's newest up to its budget, the newest in all up to the total. */
export function keepWithinBudgets(records: readonly HistoryRecord[]): HistoryRecord[] {
  const newestFirst = [...records].sort((a, b) => b.seen - a.seen);
  const ids = new Set<string>();
  const perSite = new Map<string, number>();
  const kept: HistoryRecord[] = [];
  for (const record of newestFirst) {
    if (kept.length >= HISTORY_BUDGETS.totalRecords) break;
    const siteCount = perSite.get(record.site) ?? 0;
    if (ids.has(record.id) || siteCount >= HISTORY_BUDGETS.siteRecords) continue;
    ids.add(record.id);
    perSite.set(record.site, siteCount + 1);
    kept.push(record);
  }
  return kept;
}
