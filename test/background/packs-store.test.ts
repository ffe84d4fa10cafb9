import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRelatedDb, type RelatedDb } from '../../src/background/history/db';
import { lookupRelated } from '../../src/background/history/lookup';
import { exportPack, importPack, listPacks, PackRefused, removePack } from '../../src/background/packs/store';
import type { PackFact } from '../../src/core/related/types';
import { examplePackText, freshDbName, NOW, packText, page, shellFact, shellsClaim } from './history-fixtures';

async function freshDb(): Promise<RelatedDb> {
  return openRelatedDb(freshDbName(), { onProblem: (reason) => expect.fail(reason) });
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => expect.fail('the pack was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackRefused);
  return (error as Error).message;
}

async function snapshot(db: RelatedDb) {
  return { packs: await db.getAll('packs'), facts: await db.getAll('packFacts') };
}

afterEach(() => vi.restoreAllMocks());

describe('fact packs', () => {
  it('imports the example pack, lists it with its fact count, and matches its facts like history', async () => {
    const db = await freshDb();
    const summary = await importPack(db, examplePackText(), NOW);
    expect(summary).toMatchObject({ id: 'claimlens-example', factCount: 2 });
    expect(await listPacks(db)).toEqual([summary]);
    const here = shellsClaim(1_000_000, '>');
    const facts = await lookupRelated(db, [here], page('https://news.test/a', '2023-11-20', []).info, 'https://news.test/a', {
      history: false,
      now: NOW,
    });
    const [fact] = (facts[here.id] ?? []) as PackFact[];
    expect(fact).toMatchObject({
      origin: 'pack',
      packName: 'ClaimLens example pack',
      source: { name: 'National Intelligence Service (South Korea)', url: 'https://www.nis.go.kr/', date: '2023-11-01' },
      agreement: { verdict: 'agrees' },
    });
    db.close();
  });

  it('exports a pack as it was imported', async () => {
    const db = await freshDb();
    await importPack(db, examplePackText(), NOW);
    const exported = await exportPack(db, 'claimlens-example');
    expect(JSON.parse(exported ?? 'null')).toEqual(JSON.parse(examplePackText()));
    expect(await exportPack(db, 'nope')).toBeNull();
    db.close();
  });

  it('removes a pack and its facts', async () => {
    const db = await freshDb();
    await importPack(db, examplePackText(), NOW);
    await importPack(db, packText([shellFact(5)]), NOW);
    expect(await removePack(db, 'claimlens-example')).toBe(true);
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['test-pack']);
    expect((await db.getAll('packFacts')).map((f) => f.packId)).toEqual(['test-pack']);
    db.close();
  });

  it('refuses a pack of the wrong schema, saying where', async () => {
    const db = await freshDb();
    const wrongUrl = packText([{ ...shellFact(5), source: { name: 'X', url: 'javascript:alert(1)' } }]);
    expect(await refusal(importPack(db, wrongUrl, NOW))).toMatch(/facts\[0\]\.source\.url must start with http/);
    const noValue = packText([{ ...shellFact(5), value: undefined }]);
    expect(await refusal(importPack(db, noValue, NOW))).toMatch(/facts\[0\] needs either a value or a range/);
    const extra = JSON.stringify({ ...JSON.parse(packText([shellFact(5)])), script: 'x' });
    expect(await refusal(importPack(db, extra, NOW))).toMatch(/the pack has a field the format does not define: "script"/);
    expect(await refusal(importPack(db, '{"format": ', NOW))).toMatch(/not valid JSON/);
    db.close();
  });

  it('refuses HTML in its strings', async () => {
    const db = await freshDb();
    const html = packText([{ ...shellFact(5), subject: '<img src=x onerror=alert(1)> shells' }]);
    expect(await refusal(importPack(db, html, NOW))).toMatch(/facts\[0\]\.subject must be plain text/);
    db.close();
  });

  it('refuses a 50 MB pack before parsing it', async () => {
    const db = await freshDb();
    const huge = packText([{ ...shellFact(5), note: 'x'.repeat(50 * 1024 * 1024) }]);
    expect(await refusal(importPack(db, huge, NOW))).toMatch(/The pack is 50\.0 MB; a fact pack may be at most 2\.0 MB/);
    db.close();
  });

  it('refuses facts repeated inside a pack, or already loaded, and keeps what was stored', async () => {
    const db = await freshDb();
    expect(await refusal(importPack(db, packText([shellFact(5), shellFact(7), shellFact(5)]), NOW))).toBe('facts[2] repeats facts[0].');
    await importPack(db, packText([shellFact(5)], 'first'), NOW);
    const before = await snapshot(db);
    const again = packText([shellFact(9), shellFact(5)], 'second', 'Second');
    expect(await refusal(importPack(db, again, NOW))).toBe('facts[1] repeats a fact already loaded from “Test pack”.');
    expect(await refusal(importPack(db, packText([shellFact(11)], 'first'), NOW))).toMatch(/id "first" .* already imported/);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('writes nothing when storage fills up halfway through an import', async () => {
    const db = await freshDb();
    await importPack(db, packText([shellFact(1)], 'kept'), NOW);
    const before = await snapshot(db);
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const facts = [2, 3, 4, 5].map((v) => shellFact(v));
    expect(await refusal(importPack(db, packText(facts, 'big'), NOW))).toMatch(/storage for ClaimLens is full, so the pack was not imported and nothing changed/);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});
