import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRelatedDb, UPGRADES } from '../../src/background/history/db';
import { lookupRelated } from '../../src/background/history/lookup';
import { mayRemember } from '../../src/background/history/policy';
import { countHistory, historyRecordsOf, pruneHistory, recordPage } from '../../src/background/history/store';
import type { HistoryFact } from '../../src/core/related/types';
import { DAY, freshDbName, NOW, page, shellsClaim } from './history-fixtures';

const noProblems = { onProblem: (reason: string) => expect.fail(reason) };

describe('history store', () => {
  it('finds a claim seen on another site, with its site, and says it differs', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    const first = page('http://one.test:8001/a', '2023-11-20T08:00:00Z', [shellsClaim(800_000)], 'First');
    await recordPage(db, { ...first, seen: NOW - DAY });
    const here = shellsClaim(1_000_000, '>', 'shells');
    const facts = await lookupRelated(db, [here], page('http://two.test:8002/b', '2023-11-24', []).info, 'http://two.test:8002/b', {
      history: true,
      now: NOW,
    });
    const [fact] = facts[here.id] ?? [];
    expect(fact).toMatchObject({
      origin: 'history',
      source: { name: 'one.test', url: 'http://one.test:8001/a', title: null, date: '2023-11-20T08:00:00Z' },
      agreement: { verdict: 'differs', summary: 'differs: 20% lower' },
    });
    db.close();
  });

  it('lists matches newest first and leaves out the page itself', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://a.test/1', null, [shellsClaim(900_000)]), seen: NOW - 3 * DAY });
    await recordPage(db, { ...page('https://b.test/2', null, [shellsClaim(1_200_000)]), seen: NOW - DAY });
    await recordPage(db, { ...page('https://c.test/here', null, [shellsClaim(1_000_000)]), seen: NOW - 2 * DAY });
    const here = shellsClaim(1_000_000);
    const facts = (await lookupRelated(db, [here], page('https://c.test/here#top', null, []).info, 'https://c.test/here#top', { history: true, now: NOW }))[here.id] as HistoryFact[];
    expect(facts.map((f) => f.source.name)).toEqual(['b.test', 'a.test']);
    db.close();
  });

  it('does not match other subjects, other units, or figures years apart', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://a.test/missiles', '2023-11-01', [shellsClaim(50, '=', 'missiles')]), seen: NOW });
    await recordPage(db, { ...page('https://a.test/old', '2019-01-01', [shellsClaim(500_000)]), seen: NOW });
    const here = shellsClaim(1_000_000);
    const facts = await lookupRelated(db, [here], page('https://b.test/', '2023-11-24', []).info, 'https://b.test/', { history: true, now: NOW });
    expect(facts[here.id]).toBeUndefined();
    db.close();
  });

  it('places an undated page in time by when it was read', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://a.test/undated', null, [shellsClaim(900_000)]), seen: NOW - 1000 * DAY });
    const here = shellsClaim(1_000_000);
    const lookup = (published: string) =>
      lookupRelated(db, [here], page('https://b.test/', published, []).info, 'https://b.test/', { history: true, now: NOW });
    expect((await lookup('2023-11-24'))[here.id]).toBeUndefined();
    expect((await lookup('2021-03-01'))[here.id]).toHaveLength(1);
    db.close();
  });

  it('replaces a page’s claims when the page is seen again', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://a.test/1', null, [shellsClaim(1), shellsClaim(2)]), seen: NOW - DAY });
    await recordPage(db, { ...page('https://a.test/1', null, [shellsClaim(3)]), seen: NOW });
    expect(await countHistory(db)).toBe(1);
    db.close();
  });

  it('prunes claims seen before the retention cutoff, and only those', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://a.test/old', null, [shellsClaim(1)]), seen: NOW - 100 * DAY });
    await recordPage(db, { ...page('https://a.test/new', null, [shellsClaim(2)]), seen: NOW - 10 * DAY });
    expect(await pruneHistory(db, NOW - 90 * DAY)).toBe(1);
    expect((await db.getAll('claims')).map((r) => r.url)).toEqual(['https://a.test/new']);
    db.close();
  });

  it('keeps nothing for claims that could never match (no subject key)', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    const rank = { ...shellsClaim(3), kind: 'rank' as const };
    expect(await recordPage(db, { ...page('https://a.test/1', null, [rank]), seen: NOW })).toBe(0);
    db.close();
  });

  it('upgrades a version-1 database without losing its history', async () => {
    const name = freshDbName();
    const v1 = await openRelatedDb(name, noProblems, 1);
    expect([...v1.objectStoreNames]).toEqual(['claims']);
    // A record as version 1 wrote it.
    const [record] = historyRecordsOf({ ...page('https://a.test/1', null, [shellsClaim(7)]), seen: NOW });
    await v1.put('claims', { ...record!, id: 'https://a.test/1#c7', title: 'A page' } as never);
    v1.close();
    const current = await openRelatedDb(name, noProblems);
    expect(current.version).toBe(UPGRADES.length);
    expect([...current.objectStoreNames].sort()).toEqual(['claims', 'packFacts', 'packs']);
    expect(await countHistory(current)).toBe(1);
    current.close();
  });
});

describe('mayRemember', () => {
  it('never keeps claims from private windows or subframes', () => {
    const tab = { index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    expect(mayRemember({ tab, frameId: 0 })).toBe(true);
    expect(mayRemember({ tab: { ...tab, incognito: true }, frameId: 0 })).toBe(false);
    expect(mayRemember({ tab, frameId: 3 })).toBe(false);
    expect(mayRemember({})).toBe(false);
  });
});

describe('history de-duplication', () => {
  it('treats tracking parameters and fragments as the same page, and one site’s repeated figure as one fact', async () => {
    const db = await openRelatedDb(freshDbName(), noProblems);
    await recordPage(db, { ...page('https://a.test/story?utm_source=mail', null, [shellsClaim(900_000)]), seen: NOW - 2 * DAY });
    await recordPage(db, { ...page('https://a.test/story#comments', null, [shellsClaim(900_000)]), seen: NOW - DAY });
    expect(await countHistory(db)).toBe(1);
    await recordPage(db, { ...page('https://a.test/amp/story', null, [shellsClaim(900_000)]), seen: NOW });
    const here = shellsClaim(1_000_000);
    const facts = await lookupRelated(db, [here], page('https://b.test/', null, []).info, 'https://b.test/', { history: true, now: NOW });
    expect(facts[here.id]?.map((f) => f.origin === 'history' && f.source.url)).toEqual(['https://a.test/amp/story']);
    db.close();
  });
});
