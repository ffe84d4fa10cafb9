/**
 * A page cannot flood the history. A genuine site gives a figure on a subject; a second site rewrites
 * itself forty times through pushState, each time with more figures on the same subject than a page may
 * keep, and secrets in its query string; a third site's card must still list the genuine site's figure,
 * while the flooding site keeps no more than a site's budget, no query, and at most two lines on the card.
 * Sites are on *.localhost, which Chromium resolves to this machine.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_BUDGETS, SITE_SHOWN } from '../../src/background/history/budget';
import { claimLensErrors, highlightedTexts, hoverHighlight, launchHarness, screenshotsDir, type Harness } from './harness';
import { relatedSection } from './hostile-helpers';

const PUSHES = 40;
/** More than a page may keep, so every push meets the page budget as well as the site's. */
const FIGURES_PER_PUSH = HISTORY_BUDGETS.pageClaims + 20;

function article(site: string, published: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${site}</title>
<meta property="article:published_time" content="${published}"></head>
<body><main><article><h1>Shell output this year</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
}

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  mkdirSync(screenshotsDir, { recursive: true });
  // The harness refuses every host but 127.0.0.1 and localhost; these test sites are this machine too.
  await harness.context.route(
    (url) => url.hostname.endsWith('.localhost'),
    (route) => route.continue(),
  );
  harness.server.route(
    '/genuine.html',
    article('Genuine', '2024-02-10T09:00:00Z', [
      'The state plant kept working through the winter.',
      'The plant produced 800,000 artillery shells last year, according to the defence ministry.',
    ]),
  );
  harness.server.route('/flood.html', article('Flood', '2024-02-12T09:00:00Z', ['Depots across the region keep their stocks.']));
  harness.server.route(
    '/third.html',
    article('Third', '2024-02-15T09:00:00Z', [
      'Factories in the region have added night shifts.',
      'The main plant produced 1.2 million artillery shells last year, the industry association said.',
    ]),
  );
});

afterAll(async () => {
  await harness?.close();
});

interface StoredRecord {
  site: string;
  url: string;
}

/** The history's records as the background keeps them, read from its IndexedDB. */
async function historyRecords(): Promise<StoredRecord[]> {
  return harness.worker.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open('claimlens-related');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('claims').objectStore('claims').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as StoredRecord[]).map(({ site, url }) => ({ site, url })));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Replaces the article with `count` figures on artillery shells and pushes a new address, as a flooding script does. */
async function pushFlood(page: Page, push: number): Promise<void> {
  await page.evaluate(
    ([n, count]) => {
      const paragraphs = Array.from({ length: count }, (_, k) => {
        const p = document.createElement('p');
        p.textContent = `Depot ${k + 1} held ${(300_000 + n * 1000 + k).toLocaleString('en-US')} artillery shells last year.`;
        return p;
      });
      document.querySelector('article')?.replaceChildren(...paragraphs);
      history.pushState(null, '', `/story/${n}?account=12345&session=SECRET-TOKEN-${n}`);
    },
    [push, FIGURES_PER_PUSH] as const,
  );
}

describe('a page flooding the history', () => {
  it('keeps no more than its site’s budget, no query, and does not push the genuine site off another site’s card', async () => {
    const genuine = await harness.open(harness.server.url('/genuine.html', 'genuine.localhost'));
    await harness.waitForScan(genuine.page);
    await expect.poll(async () => (await historyRecords()).filter((r) => r.site === 'genuine.localhost').length, { timeout: 10_000 }).toBe(1);

    const flood = await harness.open(harness.server.url('/flood.html', 'flood.localhost'));
    await harness.waitForScan(flood.page);
    for (let push = 0; push < PUSHES; push++) {
      await pushFlood(flood.page, push);
      await harness.waitForScan(flood.page, push + 2, 30_000);
    }
    const last = harness.server.url(`/story/${PUSHES - 1}`, 'flood.localhost');
    await expect.poll(async () => (await historyRecords()).some((r) => r.url === last), { timeout: 30_000 }).toBe(true);

    const records = await historyRecords();
    const flooded = records.filter((r) => r.site === 'flood.localhost');
    // The flood offered PUSHES × FIGURES_PER_PUSH figures; the site keeps its budget's worth.
    expect(flooded.length).toBeGreaterThan(HISTORY_BUDGETS.pageClaims);
    expect(flooded.length).toBeLessThanOrEqual(HISTORY_BUDGETS.siteRecords);
    expect(records.filter((r) => /[?#]|SECRET|12345/.test(r.url))).toEqual([]);
    expect(records.filter((r) => r.site === 'genuine.localhost')).toHaveLength(1);

    const third = await harness.open(harness.server.url('/third.html', 'third.localhost'));
    await harness.waitForScan(third.page);
    const painted = (await highlightedTexts(third.page)).find((text) => text.includes('1.2 million'));
    expect(painted).toBeDefined();
    await hoverHighlight(third.page, painted!);
    const text = await relatedSection(third.page, 'genuine.localhost');
    // The list (not the chart's labels above it) names each fact's site once.
    const listed = text.slice(text.indexOf('On pages you read'));
    expect(listed).toMatch(/800,000 artillery shells.*genuine\.localhost/);
    expect(listed.match(/flood\.localhost/g)?.length ?? 0).toBeLessThanOrEqual(SITE_SHOWN);
    await third.page.screenshot({ path: path.join(screenshotsDir, 'history-flood.png') });
    expect(claimLensErrors([...genuine.errors, ...flood.errors, ...third.errors])).toEqual([]);
  }, 240_000);
});
