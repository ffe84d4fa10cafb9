/**
 * Related facts from the history and the fact packs for a page's claims, in one read transaction. Each
 * distinct subject key costs one bounded index read (newest first for history), so the time depends on the
 * page's claims, not on the size of the history.
 */
import { probeFor, matchStored, timeOf, type ClaimProbe } from '../../core/related/stored';
import type { HistoryFact, PackFact, RelatedFact } from '../../core/related/types';
import type { Claim, DocumentInfo } from '../../core/types';
import type { HistoryRecord, PackFactRecord, PackRecord, RelatedDb } from './db';
import { pageAddress } from './store';

/** How many stored claims per subject key are read, newest first: enough for the card, bounded for speed. */
const HISTORY_CANDIDATES = 60;
const PACK_CANDIDATES = 200;
/** How many history and pack facts a card lists per claim. */
const HISTORY_SHOWN = 5;
const PACK_SHOWN = 5;

export interface LookupOptions {
  /** Consult the history (off when the reader turned it off). */
  history: boolean;
  now: number;
}

function historyFact(record: HistoryRecord, agreement: HistoryFact['agreement']): HistoryFact {
  return {
    origin: 'history',
    id: `history:${record.id}`,
    text: record.text,
    subject: record.subject,
    kind: record.kind,
    figure: record.figure,
    source: { name: record.site, url: record.url, title: record.title, date: record.published },
    seen: record.seen,
    agreement,
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
  const here = pageAddress(url);

  const tx = db.transaction(['claims', 'packs', 'packFacts'], 'readonly');
  const historyByKey = new Map<string, HistoryRecord[]>();
  const packsByKey = new Map<string, PackFactRecord[]>();
  const [packs] = await Promise.all([
    tx.objectStore('packs').getAll(),
    ...keys.map(async (key) => {
      packsByKey.set(key, await tx.objectStore('packFacts').index('byKey').getAll(key, PACK_CANDIDATES));
    }),
    ...(options.history
      ? keys.map(async (key) => {
          // One request, not a cursor step per record: the index orders each key's claims newest first.
          const range = IDBKeyRange.bound([key, Number.NEGATIVE_INFINITY], [key, Number.POSITIVE_INFINITY]);
          const newest = await tx.objectStore('claims').index('byKeyNewest').getAll(range, HISTORY_CANDIDATES);
          historyByKey.set(key, newest.filter((record) => record.url !== here));
        })
      : []),
  ]);
  await tx.done;
  const packById = new Map(packs.map((p) => [p.id, p]));

  const result: Record<string, RelatedFact[]> = {};
  for (const probe of probes) {
    const facts: RelatedFact[] = [];
    // One site repeating a figure (the same story under several addresses) is one fact, its newest sighting.
    const shown = new Set<string>();
    for (const record of historyByKey.get(probe.key) ?? []) {
      if (shown.size >= HISTORY_SHOWN) break;
      const sameStory = `${record.site}|${record.subject ?? ''}|${JSON.stringify(record.figure)}`;
      if (shown.has(sameStory)) continue;
      const match = matchStored(probe, record);
      if (!match) continue;
      facts.push(historyFact(record, match.agreement));
      shown.add(sameStory);
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
