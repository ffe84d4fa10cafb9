import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { UPGRADES, type RelatedSchema } from '../../src/background/history/db';
import { RelatedService } from '../../src/background/history/service';
import { DAY, freshDbName, NOW, packText, page, shellFact, shellsClaim } from './history-fixtures';

const on = { historyEnabled: true, historyRetentionDays: 90 };

afterEach(() => vi.restoreAllMocks());

describe('RelatedService', () => {
  it('remembers pages only while the history is on', async () => {
    const service = new RelatedService({ dbName: freshDbName(), clock: () => NOW });
    await service.record(page('https://a.test/1', null, [shellsClaim(5)]), { ...on, historyEnabled: false });
    expect((await service.status()).historyClaims).toBe(0);
    await service.record(page('https://a.test/1', null, [shellsClaim(5)]), on);
    expect((await service.status()).historyClaims).toBe(1);
  });

  it('consults packs but not the history when the history is off', async () => {
    const service = new RelatedService({ dbName: freshDbName(), clock: () => NOW });
    await service.record(page('https://a.test/1', '2023-11-01', [shellsClaim(900_000)]), on);
    expect((await service.importPack(packText([shellFact(1_100_000)]))).ok).toBe(true);
    const here = shellsClaim(1_000_000);
    const off = await service.lookup([here], page('https://b.test/', '2023-11-20', []).info, 'https://b.test/', { ...on, historyEnabled: false });
    expect(off.facts[here.id]?.map((f) => f.origin)).toEqual(['pack']);
    const both = await service.lookup([here], page('https://b.test/', '2023-11-20', []).info, 'https://b.test/', on);
    expect(both.facts[here.id]?.map((f) => f.origin)).toEqual(['history', 'pack']);
  });

  it('prunes by the retention setting', async () => {
    let now = NOW - 40 * DAY;
    const service = new RelatedService({ dbName: freshDbName(), clock: () => now });
    await service.record(page('https://a.test/old', null, [shellsClaim(5)]), on);
    now = NOW;
    await service.record(page('https://a.test/new', null, [shellsClaim(6)]), on);
    expect(await service.prune({ ...on, historyRetentionDays: 30 })).toBe(1);
    expect((await service.status()).historyClaims).toBe(1);
  });

  it('holds the history to its total budget every fifty pages and at each pruning, oldest first', async () => {
    let now = NOW;
    const budgets = { pageClaims: 10, siteRecords: 10, totalRecords: 20 };
    const service = new RelatedService({ dbName: freshDbName(), clock: () => now, budgets });
    await service.prune(on);
    for (let i = 0; i < 49; i++) {
      now += 1000;
      await service.record(page(`https://site${i}.test/a`, null, [shellsClaim(i + 1)]), on);
    }
    expect((await service.status()).historyClaims).toBe(49);
    await service.record(page('https://site49.test/a', null, [shellsClaim(50)]), on);
    expect((await service.status()).historyClaims).toBe(20);
    await service.record(page('https://late.test/a', null, [shellsClaim(51), shellsClaim(52)]), on);
    expect(await service.prune(on)).toBe(2);
    expect((await service.status()).historyClaims).toBe(20);
  });

  it('a full quota keeps the page working without history and says why', async () => {
    const service = new RelatedService({ dbName: freshDbName(), clock: () => NOW });
    await service.importPack(packText([shellFact(1_100_000)]));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await service.record(page('https://a.test/1', null, [shellsClaim(5)]), on);
    expect(service.problem).toMatch(/storage for ClaimLens is full, so the claims of the last page were not remembered/);
    const here = shellsClaim(1_000_000);
    const result = await service.lookup([here], page('https://b.test/', '2023-11-20', []).info, 'https://b.test/', on);
    expect(result.facts[here.id]?.map((f) => f.origin)).toEqual(['pack']);
    expect(result.problem).toBe(service.problem);
    expect((await service.status()).problem).toBe(service.problem);
  });

  it('a database blocked by an older connection answers without history, with the reason', async () => {
    const name = freshDbName();
    // An older version's connection that ignores the request to close, as a stuck window would.
    const old = await openDB<RelatedSchema>(name, 1, { upgrade: (db, _old, _new, tx) => UPGRADES[0]?.(db, tx) });
    const service = new RelatedService({ dbName: name, clock: () => NOW });
    const here = shellsClaim(1_000_000);
    const started = Date.now();
    const result = await service.lookup([here], page('https://b.test/', null, []).info, 'https://b.test/', on);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.facts).toEqual({});
    expect(result.problem).toMatch(/waiting for another ClaimLens window/);
    old.close();
    // Once the old connection goes, the database opens and works again.
    await vi.waitFor(async () => expect((await service.status()).packs).toEqual([]));
  });

  it('answers pack requests with messages, never exceptions', async () => {
    const service = new RelatedService({ dbName: freshDbName(), clock: () => NOW });
    expect(await service.importPack('not json')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(await service.exportPack('missing')).toEqual({ ok: false, error: 'No pack has the id "missing".' });
    expect(await service.removePack('missing')).toEqual({ ok: false, error: 'No pack has the id "missing".' });
  });
});

describe('RelatedService problems', () => {
  it('reports each change of problem, and takes back a kept one only when it has none of its own', async () => {
    const changes: (string | null)[] = [];
    const service = new RelatedService({ dbName: freshDbName(), clock: () => NOW, onProblemChange: (p) => changes.push(p) });
    service.restoreProblem('kept from before a restart');
    expect((await service.status()).problem).toBe('kept from before a restart');
    await service.record(page('https://a.test/1', null, [shellsClaim(5)]), on);
    expect(service.problem).toBeNull();
    expect(changes).toEqual([null]);
    service.problem = 'new';
    service.restoreProblem('older');
    expect(service.problem).toBe('new');
  });
});
