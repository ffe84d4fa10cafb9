/**
 * The database behind related facts: the claims seen on pages and the imported fact packs, in
 * IndexedDB (through idb) so they survive browser restarts and stay on this computer. Both are indexed by
 * match key (head lemma + dimension) and time, so finding the candidates for a claim reads one short key
 * range instead of scanning the history.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredFigure } from '../../core/related/stored';
import type { PackFactInput, PackMeta } from '../packs/schema';
import { keepWithinBudgets, recordFromVersion2 } from './migrate';
import { issueAll } from './requests';

export const DB_NAME = 'claimlens-related';

/** A claim as the history keeps it. */
export interface HistoryRecord extends StoredFigure {
  /** The site's figure on its subject (store.ts, sameFigureId): seen again anywhere on the site, it replaces itself. */
  id: string;
  /** The page's origin and path: never its query or fragment. */
  url: string;
  site: string;
  published: string | null;
  /** When the reader saw it, ms since the epoch. */
  seen: number;
  /** −seen: ascending order on it is newest first, so one bounded getAll reads the newest matches. */
  newestFirst: number;
  /** The claim's phrase, as the article wrote it. */
  text: string;
}

/** A pack's fact as stored: the fact as imported (for export) and what matching needs. */
export interface PackFactRecord extends StoredFigure {
  rowId?: number;
  packId: string;
  /** Identifies the fact across packs, to refuse a pack that repeats facts already loaded. */
  fingerprint: string;
  fact: PackFactInput;
}

export interface PackRecord extends PackMeta {
  importedAt: number;
  factCount: number;
}

export interface RelatedSchema extends DBSchema {
  claims: {
    key: string;
    value: HistoryRecord;
    indexes: {
      byKeyNewest: [string, number];
      bySeen: number;
      byUrl: string;
      bySiteSeen: [string, number];
      byKeySiteNewest: [string, string, number];
    };
  };
  packs: { key: string; value: PackRecord };
  packFacts: {
    key: number;
    value: PackFactRecord;
    indexes: { byKey: string; byPack: string; byFingerprint: string };
  };
}

export type RelatedDb = IDBPDatabase<RelatedSchema>;
type UpgradeTransaction = IDBPTransaction<RelatedSchema, StoreNames<RelatedSchema>[], 'versionchange'>;

/**
 * One step per schema version, run in order from the stored version to the newest inside the upgrade
 * transaction: a database left at any older version upgrades without losing what it holds.
 */
export const UPGRADES: ((db: RelatedDb, tx: UpgradeTransaction) => void)[] = [
  // 1: the history of claims seen.
  (db) => {
    const claims = db.createObjectStore('claims', { keyPath: 'id' });
    claims.createIndex('byKeyNewest', ['key', 'newestFirst']);
    claims.createIndex('bySeen', 'seen');
    claims.createIndex('byUrl', 'url');
  },
  // 2: fact packs.
  (db) => {
    db.createObjectStore('packs', { keyPath: 'id' });
    const facts = db.createObjectStore('packFacts', { keyPath: 'rowId', autoIncrement: true });
    facts.createIndex('byKey', 'key');
    facts.createIndex('byPack', 'packId');
    facts.createIndex('byFingerprint', 'fingerprint');
  },
  // 3: records keep origin and path only (no query, fragment or title), one per site and figure, within
  // the budgets; indexes to evict a site's oldest and to read each site's newest for a subject.
  (_db, tx) => {
    const claims = tx.objectStore('claims');
    claims.createIndex('bySiteSeen', ['site', 'seen']);
    claims.createIndex('byKeySiteNewest', ['key', 'site', 'newestFirst']);
    // Only database requests are awaited here, so the upgrade transaction stays open throughout. A failure
    // aborts the upgrade, and opening the database reports it.
    void claims
      .getAll()
      .then(async (stored) => {
        const kept = keepWithinBudgets(stored.map(recordFromVersion2).filter((r): r is HistoryRecord => r !== null));
        await claims.clear();
        await issueAll(kept, (record) => claims.put(record));
      })
      .catch(() => undefined);
  },
];

export const DB_VERSION = UPGRADES.length;

export interface ConnectionEvents {
  /** The database could not open or was closed under us; the reason is fit to show. */
  onProblem(reason: string): void;
}

/** Opens the database at `version` (tests open older versions to check migrations). */
export function openRelatedDb(name: string, events: ConnectionEvents, version = DB_VERSION): Promise<RelatedDb> {
  let db: RelatedDb | null = null;
  return openDB<RelatedSchema>(name, version, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      for (let step = oldVersion; step < version; step++) UPGRADES[step]?.(database, transaction);
    },
    blocked() {
      events.onProblem('The history database is waiting for another ClaimLens window to close before it can upgrade.');
    },
    blocking() {
      // A newer ClaimLens wants to upgrade the database: step aside rather than hold it back.
      db?.close();
      events.onProblem('The history database was closed for an upgrade; it reopens on the next page.');
    },
    terminated() {
      events.onProblem('The browser closed the history database unexpectedly; it reopens on the next page.');
    },
  }).then((opened) => {
    db = opened;
    return opened;
  });
}
