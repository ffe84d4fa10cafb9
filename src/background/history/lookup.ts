/**
 * Related facts from the history and the fact packs for a page's claims, in one read transaction. For the
 * history, each distinct subject key costs one bounded read of its newest records; only when one site
 * crowds that read is the key read again site by site (each site's newest few, then a jump to the next
 * site), so a site that wrote a thousand figures on a subject hides no other site, and the card's
 * "On pages you read" lists several sites rather than one site's many figures.
 */
import { probeFor, matchStored, timeOf, type ClaimProbe } from '../../core/related/stored';
import { overTimeOf } from '../../core/related/over-time';
import type { HistoryFact, PackFact, RelatedFact } from '../../core/related/types';
import type { Claim, DocumentInfo } from '../../core/types';
import { historyAddress } from './address';
import { SITE_SHOWN } from './budget';
import type { HistoryRecord, PackFactRecord, PackRecord, RelatedDb } from './db';

/** How many of a subject key's newest records are read first: enough for the card, bounded for speed. */
const NEWEST_READ = 60;
/** One site crowds that read when it holds more than this share of it. */
const CROWDING_SHARE = 0.25;
/**
 * When one site crowds, how many of each site's newest records are read, and from how many sites: enough
 * for the card (a site's newest figures may be years from the page's), bounded for speed.
 */
const SITE_CANDIDATES = 4;
const SITES_READ = 100;
const PACK_CANDIDATES = 200;
/** How many history and pack facts a card lists per claim. */
const HISTORY_SHOWN = 5;
const PACK_SHOWN = 5;

export interface LookupOptions {
  /** Consult the history (off when the reader turned it off). */
  history: boolean;
  now: number;
}

/** `pageTime` is when the claim's page was published: a figure that differs from an earlier day's is a change over time. */
function historyFact(record: HistoryRecord, agreement: HistoryFact['agreement'], pageTime: number, when: string | null): HistoryFact {
  return {
    origin: 'history',
    id: `history:${record.id}`,
    text: record.text,
    subject: record.subject,
    kind: record.kind,
    figure: record.figure,
    source: { name: record.site, url: record.url, title: null, date: record.published },
    seen: record.seen,
    agreement,
    overTime: overTimeOf(pageTime, record.published, agreement, when),
  };
}

function packFact(record: PackFactRecord, pack: PackRecord | undefined, agreement: PackFact['agreement']): PackFact {
  return {
    origin: 'pack',
    id: `pack:${record.packId}:${record.rowId ?? record.fingerprint}`,
    text: record.fact.note ?? record.fact.subject,
    subject: record.fact.subject,
    kind: record.kind,
    figure: record.figure,
    source: { name: record.fact.source.name, url: record.fact.source.url, title: null, date: record.fact.date },
    packName: pack?.name ?? record.packId,
    agreement,
  };
}

type ReadTransaction = ReturnType<typeof readTransaction>;

function readTransaction(db: RelatedDb) {
  return db.transaction(['claims', 'packs', 'packFacts'], 'readonly');
}

/** Whether one site holds more than its share of a full read, so other sites' records may lie beyond it. */
function oneSiteCrowds(records: readonly HistoryRecord[]): boolean {
  if (records.length < NEWEST_READ) return false;
  const bySite = new Map<string, number>();
  for (const record of records) bySite.set(record.site, (bySite.get(record.site) ?? 0) + 1);
  return Math.max(...bySite.values()) > NEWEST_READ * CROWDING_SHARE;
}

/** A subject key's newest records; when one site crowds them, each site's newest few instead. */
async function historyCandidates(tx: ReadTransaction, key: string): Promise<HistoryRecord[]> {
  // One request, not a cursor step per record: the index orders each key's claims newest first.
  const range = IDBKeyRange.bound([key, Number.NEGATIVE_INFINITY], [key, Number.POSITIVE_INFINITY]);
  const newest = await tx.objectStore('claims').index('byKeyNewest').getAll(range, NEWEST_READ);
  return oneSiteCrowds(newest) ? newestOfEachSite(tx, key) : newest;
}

/** A subject key's history, each site's newest SITE_CANDIDATES records, newest first over all. */
async function newestOfEachSite(tx: ReadTransaction, key: string): Promise<HistoryRecord[]> {
  const index = tx.objectStore('claims').index('byKeySiteNewest');
  // Arrays sort after strings and numbers, so [key, []] is past every [key, site, time].
  let cursor = await index.openCursor(IDBKeyRange.bound([key], [key, []]));
  const candidates: HistoryRecord[] = [];
  let site: string | null = null;
  let fromSite = 0;
  let sites = 0;
  while (cursor) {
    const record = cursor.value;
    if (record.site !== site) {
      if (++sites > SITES_READ) break;
      site = record.site;
      fromSite = 0;
    }
    candidates.push(record);
    fromSite++;
    // Past this site's newest few, jump to the next site: its older records are never read.
    cursor = await (fromSite < SITE_CANDIDATES ? cursor.continue() : cursor.continue([key, record.site, Number.POSITIVE_INFINITY]));
  }
  return candidates.sort((a, b) => a.newestFirst - b.newestFirst);
}

export async function lookupRelated(
  db: RelatedDb,
  claims: Claim[],
  info: DocumentInfo,
  url: string,
  options: LookupOptions,
): Promise<Record<string, RelatedFact[]>> {
  const published = timeOf(info.published);
  const pageTime = Number.isFinite(published) ? published : options.now;
  const probes = claims.map((c) => probeFor(c, pageTime)).filter((p): p is ClaimProbe => p !== null);
  const keys = [...new Set(probes.map((p) => p.key))];
  const here = historyAddress(url);

  const tx = readTransaction(db);
  const historyByKey = new Map<string, HistoryRecord[]>();
  const packsByKey = new Map<string, PackFactRecord[]>();
  const [packs] = await Promise.all([
    tx.objectStore('packs').getAll(),
    ...keys.map(async (key) => {
      packsByKey.set(key, await tx.objectStore('packFacts').index('byKey').getAll(key, PACK_CANDIDATES));
    }),
    ...(options.history
      ? keys.map(async (key) => {
          const candidates = await historyCandidates(tx, key);
          historyByKey.set(key, candidates.filter((record) => record.url !== here));
        })
      : []),
  ]);
  await tx.done;
  const packById = new Map(packs.map((p) => [p.id, p]));

  const result: Record<string, RelatedFact[]> = {};
  for (const probe of probes) {
    const facts: RelatedFact[] = [];
    const shownBySite = new Map<string, number>();
    for (const record of historyByKey.get(probe.key) ?? []) {
      if (facts.length >= HISTORY_SHOWN) break;
      const fromSite = shownBySite.get(record.site) ?? 0;
      if (fromSite >= SITE_SHOWN) continue;
      const match = matchStored(probe, record);
      if (!match) continue;
      // Only a known publication date tells a change over time from a disagreement; the reading time does not.
      facts.push(historyFact(record, match.agreement, published, probe.claim.when));
      shownBySite.set(record.site, fromSite + 1);
    }
    const packMatches: PackFact[] = [];
    for (const record of packsByKey.get(probe.key) ?? []) {
      const match = matchStored(probe, record);
      if (match) packMatches.push(packFact(record, packById.get(record.packId), match.agreement));
    }
    // Newest reference first, like the history.
    packMatches.sort((a, b) => (timeOf(b.source.date) || 0) - (timeOf(a.source.date) || 0));
    facts.push(...packMatches.slice(0, PACK_SHOWN));
    if (facts.length > 0) result[probe.claim.id] = facts;
  }
  return result;
}
