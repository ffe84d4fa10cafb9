/**
 * What the history keeps and how much: origin and path only, one record per site and figure, budgets a
 * page, a site and the whole history cannot exceed, and cards that no one site can fill.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { HISTORY_BUDGETS, SITE_SHOWN } from '../../src/background/history/budget';
import { openRelatedDb, UPGRADES, type RelatedSchema } from '../../src/background/history/db';
import { reportForHistory } from '../../src/background/history/address';
import { lookupRelated } from '../../src/background/history/lookup';
import { capHistory, countHistory, recordPage } from '../../src/background/history/store';
import type { HistoryFact } from '../../src/core/related/types';
import { DAY, freshDbName, NOW, page, shellsClaim } from './history-fixtures';

const noProblems = { onProblem: (reason: string) => expect.fail(reason) };
const PRIVATE_URL = 'https://bank.test/private.html?account=12345&session=SECRET-TOKEN#statement';

/** `count` different figures on one subject: what a flooding page reports. */
const manyFigures = (count: number, from = 1) => Array.from({ length: count }, (_, i) => shellsClaim(from + i));

async function lookupFor(db: Awaited<ReturnType<typeof openRelatedDb>>, value: number) {
  const here = shellsClaim(value);
  const url = 'https://reader.test/today';
  const facts = await lookupRelated(db, [here], page(url, null, []).info, url, { history: true, now: NOW });
  return (facts[here.id] ?? []) as HistoryFact[];
}

describe('what the history keeps of an address', () => {
  it('keeps origin and path, never the query, fragment or title', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page(PRIVATE_URL, null, [shellsClaim(5)], 'Statement for account 12345'), seen: NOW });
    const stored = await db.getAll('claims');
    expect(stored.map((r) => r.url)).toEqual(['https://bank.test/private.html']);
    expect(JSON.stringify(stored)).not.toMatch(/12345|SECRET|statement/i);
    db.close();
  });

  it('cuts a page’s report to origin and path where the background receives it', () => {
    const report = { type: 'claims-report' as const, count: 1, ...page(PRIVATE_URL, null, [shellsClaim(5)], 'Statement for account 12345') };
    const kept = reportForHistory(report);
    expect(kept).toMatchObject({ url: 'https://bank.test/private.html', info: { url: 'https://bank.test/private.html', title: null } });
    expect(JSON.stringify(kept)).not.toMatch(/12345|SECRET/);
    expect(reportForHistory({ ...report, url: 'file:///home/me/notes.html' })).toBeNull();
  });
});

describe('one record per site and figure', () => {
  it('keeps the same figure from one site under several addresses once, refreshed to the newest', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://a.test/story', null, [shellsClaim(900_000)]), seen: NOW - 2 * DAY });
    await recordPage(db, { ...page('https://a.test/live/123', null, [shellsClaim(900_000), shellsClaim(900_000)]), seen: NOW - DAY });
    await recordPage(db, { ...page('https://b.test/story', null, [shellsClaim(900_000)]), seen: NOW - DAY });
    const stored = await db.getAll('claims');
    expect(stored.map((r) => [r.url, r.seen]).sort()).toEqual([
      ['https://a.test/live/123', NOW - DAY],
      ['https://b.test/story', NOW - DAY],
    ]);
    db.close();
  });
});

describe('budgets', () => {
  it('a page keeps its first figures up to the page budget', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    const kept = await recordPage(db, { ...page('https://a.test/long', null, manyFigures(HISTORY_BUDGETS.pageClaims + 50)), seen: NOW });
    expect(kept).toBe(HISTORY_BUDGETS.pageClaims);
    expect(await countHistory(db)).toBe(HISTORY_BUDGETS.pageClaims);
    db.close();
  });

  it('a site keeps its newest records up to the site budget, and other sites keep theirs', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    const budgets = { pageClaims: 10, siteRecords: 25, totalRecords: 1000 };
    await recordPage(db, { ...page('https://genuine.test/a', null, [shellsClaim(800_000)]), seen: NOW - 10 * DAY }, budgets);
    // A script that pushes forty addresses with many figures each.
    for (let i = 0; i < 40; i++) {
      await recordPage(db, { ...page(`https://flood.test/p${i}`, null, manyFigures(30, i * 30 + 1)), seen: NOW - DAY + i }, budgets);
    }
    const stored = await db.getAll('claims');
    const flood = stored.filter((r) => r.site === 'flood.test');
    expect(flood).toHaveLength(25);
    // The newest went in last and stays; the oldest went first.
    expect(Math.min(...flood.map((r) => r.seen))).toBe(NOW - DAY + 37);
    expect(stored.filter((r) => r.site === 'genuine.test')).toHaveLength(1);
    db.close();
  });

  it('the whole history keeps its newest records up to the total budget', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    for (let i = 0; i < 6; i++) {
      await recordPage(db, { ...page(`https://site${i}.test/a`, null, manyFigures(3, i * 3 + 1)), seen: NOW + i });
    }
    expect(await capHistory(db, 12)).toBe(6);
    const stored = await db.getAll('claims');
    expect(stored).toHaveLength(12);
    expect([...new Set(stored.map((r) => r.site))].sort()).toEqual(['site2.test', 'site3.test', 'site4.test', 'site5.test']);
    db.close();
  });
});

describe('a card’s history facts come from several sites', () => {
  it('a site that wrote many newer figures on a subject neither hides another site’s nor fills the card', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://genuine.test/a', null, [shellsClaim(900_000)]), seen: NOW - 5 * DAY });
    for (let i = 0; i < 10; i++) {
      await recordPage(db, { ...page(`https://flood.test/p${i}`, null, manyFigures(50, 1_000_000 + i * 50)), seen: NOW - DAY + i });
    }
    const facts = await lookupFor(db, 1_000_000);
    expect(facts.map((f) => f.source.name)).toContain('genuine.test');
    expect(facts.filter((f) => f.source.name === 'flood.test').length).toBeLessThanOrEqual(SITE_SHOWN);
    db.close();
  });
});

describe('upgrading a version-2 history', () => {
  it('cuts addresses to origin and path, drops titles, merges repeated figures and keeps the newest', async () => {
    const name = freshDbName();
    const v2 = await openDB<RelatedSchema>(name, 2, {
      upgrade: (db, _old, _new, tx) => {
        UPGRADES[0]?.(db, tx);
        UPGRADES[1]?.(db, tx);
      },
    });
    const shells = { key: 'shell|count', modifiers: ['artillery'], kind: 'count' as const, subject: 'artillery shells', per: null, date: null };
    const old = (url: string, seen: number, value: number) => ({
      ...shells,
      figure: { value, range: null, unit: 'shell', change: '=' as const },
      id: `${url}#c${value}`,
      url,
      site: new URL(url).hostname,
      title: 'Statement for account 12345',
      published: null,
      seen,
      newestFirst: -seen,
      text: `${value} artillery shells`,
    });
    for (const record of [
      old(PRIVATE_URL, NOW - 2 * DAY, 5),
      old('https://bank.test/private.html?account=12345&session=OTHER', NOW - DAY, 5),
      old('https://bank.test/other', NOW, 6),
      old('file:///home/me/notes.html', NOW, 7),
    ]) {
      await v2.put('claims', record as never);
    }
    v2.close();
    const current = await openRelatedDb(name, noProblems);
    const stored = await current.getAll('claims');
    expect(stored.map((r) => [r.url, r.seen]).sort()).toEqual([
      ['https://bank.test/other', NOW],
      ['https://bank.test/private.html', NOW - DAY],
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/12345|SECRET|OTHER|title/);
    // The upgraded records are found again by a lookup.
    expect((await lookupFor(current, 5)).map((f) => f.source.url)).toEqual(['https://bank.test/other', 'https://bank.test/private.html']);
    current.close();
  });
});
