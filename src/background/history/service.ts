/**
 * The background's keeper of related facts: one database connection (reopened after a blocked upgrade or
 * a crash), the last problem to show in the options page, and the operations the messages ask for. Every
 * failure becomes a problem string and an empty answer, never an exception on the page's side.
 */
import type { RelatedFact } from '../../core/related/types';
import type { Claim, DocumentInfo } from '../../core/types';
import type { PackResult, RelatedLookupResult, RelatedStatus } from '../../messages';
import { exportPack, importPack, listPacks, PackRefused, removePack } from '../packs/store';
import { HISTORY_BUDGETS, type HistoryBudgets } from './budget';
import { DB_NAME, openRelatedDb, type RelatedDb } from './db';
import { describeStorageError } from './errors';
import { lookupRelated } from './lookup';
import { capHistory, clearHistory, countHistory, pruneHistory, recordPage } from './store';

const DAY_MS = 86_400_000;
/** A lookup that waits longer than this (a database blocked by an upgrade) answers without history. */
const LOOKUP_TIMEOUT_MS = 1500;
/** Pruning runs at most this often on the back of recorded pages. */
const PRUNE_INTERVAL_MS = 3_600_000;
/**
 * The whole history is held to its budget after this many recorded pages (and at each pruning): each
 * site is held to its own at every page, so between checks the history outgrows its budget by at most
 * this many pages' worth.
 */
const CAP_EVERY_PAGES = 50;

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function withTimeout<T>(work: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(reason)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface HistoryPolicy {
  historyEnabled: boolean;
  historyRetentionDays: number;
}

export interface ServiceOptions {
  dbName?: string;
  budgets?: HistoryBudgets;
  clock?: () => number;
  /**
   * Told when the problem changes, to keep it where the options page can read it after the service
   * worker has been stopped and restarted (it sleeps after half a minute without events).
   */
  onProblemChange?: (problem: string | null) => void;
}

export class RelatedService {
  private connection: Promise<RelatedDb> | null = null;
  private lastPrune = 0;
  private pagesSinceCap = 0;
  private currentProblem: string | null = null;
  private readonly dbName: string;
  private readonly budgets: HistoryBudgets;
  private readonly clock: () => number;
  private readonly onProblemChange: (problem: string | null) => void;

  constructor(options: ServiceOptions = {}) {
    this.dbName = options.dbName ?? DB_NAME;
    this.budgets = options.budgets ?? HISTORY_BUDGETS;
    this.clock = options.clock ?? Date.now;
    this.onProblemChange = options.onProblemChange ?? (() => undefined);
  }

  /** The last storage problem, in words fit for the options page; null when all is well. */
  get problem(): string | null {
    return this.currentProblem;
  }

  set problem(problem: string | null) {
    if (problem === this.currentProblem) return;
    this.currentProblem = problem;
    this.onProblemChange(problem);
  }

  /** Takes back a problem kept from before a restart, unless something newer has been seen since. */
  restoreProblem(problem: unknown): void {
    if (this.currentProblem === null && typeof problem === 'string') this.currentProblem = problem;
  }

  private db(): Promise<RelatedDb> {
    if (!this.connection) {
      const opening = openRelatedDb(this.dbName, {
        onProblem: (reason) => {
          this.problem = reason;
          if (this.connection === opening) this.connection = null;
        },
      });
      this.connection = opening;
      opening.then(
        () => undefined,
        (error: unknown) => {
          this.problem = describeStorageError(error, 'the history and fact packs could not be opened');
          if (this.connection === opening) this.connection = null;
        },
      );
    }
    return this.connection;
  }

  /** Keeps a page's claims, unless the history is off; prunes old claims now and then. */
  async record(page: { url: string; info: DocumentInfo; claims: Claim[] }, policy: HistoryPolicy): Promise<void> {
    if (!policy.historyEnabled) return;
    try {
      const db = await this.db();
      await recordPage(db, { ...page, seen: this.clock() }, this.budgets);
      if (this.clock() - this.lastPrune > PRUNE_INTERVAL_MS) await this.prune(policy);
      else if (++this.pagesSinceCap >= CAP_EVERY_PAGES) await this.cap(db);
      this.problem = null;
    } catch (error) {
      this.problem = describeStorageError(error, 'the claims of the last page were not remembered');
    }
  }

  private cap(db: RelatedDb): Promise<number> {
    this.pagesSinceCap = 0;
    return capHistory(db, this.budgets.totalRecords);
  }

  /** Deletes what is older than the retention, then holds the history to its budget; returns how many went. */
  async prune(policy: HistoryPolicy): Promise<number> {
    this.lastPrune = this.clock();
    try {
      const db = await this.db();
      const old = await pruneHistory(db, this.clock() - policy.historyRetentionDays * DAY_MS);
      return old + (await this.cap(db));
    } catch (error) {
      this.problem = describeStorageError(error, 'old claims could not be removed');
      return 0;
    }
  }

  async lookup(claims: Claim[], info: DocumentInfo, url: string, policy: HistoryPolicy): Promise<RelatedLookupResult> {
    try {
      const facts: Record<string, RelatedFact[]> = await withTimeout(
        this.db().then((db) => lookupRelated(db, claims, info, url, { history: policy.historyEnabled, now: this.clock() })),
        LOOKUP_TIMEOUT_MS,
        'the history database did not answer in time',
      );
      return { facts, problem: this.problem };
    } catch (error) {
      // A lookup that timed out behind a blocked upgrade is better explained by the block itself.
      const problem =
        error instanceof TimeoutError && this.problem
          ? this.problem
          : describeStorageError(error, 'related facts from history and packs are missing');
      this.problem = problem;
      return { facts: {}, problem };
    }
  }

  async status(): Promise<RelatedStatus> {
    try {
      const db = await withTimeout(this.db(), LOOKUP_TIMEOUT_MS, 'the history database did not open in time');
      const [historyClaims, packs] = await Promise.all([countHistory(db), listPacks(db)]);
      return { historyClaims, packs, problem: this.problem };
    } catch (error) {
      return { historyClaims: 0, packs: [], problem: describeStorageError(error, 'the history and fact packs cannot be read') };
    }
  }

  async clear(): Promise<RelatedStatus> {
    try {
      await clearHistory(await this.db());
      this.problem = null;
    } catch (error) {
      this.problem = describeStorageError(error, 'the history was not cleared');
    }
    return this.status();
  }

  async importPack(json: string): Promise<PackResult> {
    try {
      return { ok: true, pack: await importPack(await this.db(), json, this.clock()) };
    } catch (error) {
      return { ok: false, error: error instanceof PackRefused ? error.message : describeStorageError(error, 'the pack was not imported') };
    }
  }

  async exportPack(id: string): Promise<PackResult> {
    try {
      const json = await exportPack(await this.db(), id);
      return json === null ? { ok: false, error: `No pack has the id "${id}".` } : { ok: true, pack: null, json };
    } catch (error) {
      return { ok: false, error: describeStorageError(error, 'the pack was not exported') };
    }
  }

  async removePack(id: string): Promise<PackResult> {
    try {
      const existed = await removePack(await this.db(), id);
      return existed ? { ok: true, pack: null } : { ok: false, error: `No pack has the id "${id}".` };
    } catch (error) {
      return { ok: false, error: describeStorageError(error, 'the pack was not removed') };
    }
  }
}
