/**
 * Related facts end to end in Chromium: the background remembers what tabs report and answers lookups
 * through the real message channel; the options page counts, clears, imports and refuses; a claim seen on
 * one site shows up on another site's card as a related fact that differs, with its site; the example
 * fact pack's fact shows up on the seed page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelatedLookupResult } from '../../src/messages';
import { claim } from '../core/related/make-claim';
import {
  claimLensErrors,
  fixturesDir,
  highlightedTexts,
  historyCount,
  hoverHighlight,
  launchHarness,
  screenshotsDir,
  type Harness,
} from './harness';
import { inCard, relatedSection } from './hostile-helpers';

const relatedFixtures = path.resolve(fixturesDir, '../related');

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness({ fixtures: relatedFixtures });
  harness.server.route('/seed.html', readFileSync(path.join(fixturesDir, 'seed/article.html'), 'utf8'));
  mkdirSync(screenshotsDir, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

async function hoverPainted(page: Page, contains: string): Promise<void> {
  const painted = (await highlightedTexts(page)).find((text) => text.includes(contains));
  if (!painted) throw new Error(`no highlight contains "${contains}"; painted: ${JSON.stringify(await highlightedTexts(page))}`);
  await hoverHighlight(page, painted);
}

describe('the background’s related-facts messages', () => {
  it('remembers the claims a tab reports and answers another page’s lookup with them', async () => {
    // A real content script reports: the history takes page claims from nothing else.
    harness.server.route('/report.html', '<!doctype html><title>Report</title><meta property="article:published_time" content="2024-03-01T00:00:00Z"><article><p>' + 'The ministry said on Friday that 700,000 artillery shells had been delivered so far. '.repeat(2) + '</p></article>');
    const reportUrl = harness.server.url('/report.html', '127.0.0.1');
    const reported = await harness.open(reportUrl);
    await harness.waitForScan(reported.page);
    const asked = claim({ phrase: 'about 1 million shells', kind: 'count', value: 1_000_000, change: '~', unit: 'shell', subject: 'shells' });
    const page = await harness.openExtensionPage('options.html');
    const answer = await page.evaluate(
      async (askedClaim) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const info = { url: 'http://two.test/news', title: 'News', publisher: null, published: '2024-03-01T00:00:00Z' };
        for (let i = 0; i < 50; i++) {
          const result = (await runtime.sendMessage({ type: 'related-lookup', url: info.url, info, claims: [askedClaim] })) as RelatedLookupResult;
          if (Object.keys(result.facts).length > 0) return result;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return null;
      },
      asked,
    );
    expect(answer?.problem).toBeNull();
    expect(answer?.facts[asked.id]).toMatchObject([
      { origin: 'history', source: { url: new URL(reportUrl).origin + '/report.html' }, agreement: { verdict: 'differs', summary: 'differs: 30% lower' } },
    ]);
    await page.close();
    await reported.page.close();
  });

  it('takes page claims into the history from content scripts only', async () => {
    const before = await historyCount(harness);
    const page = await harness.openExtensionPage('options.html');
    const forged = claim({ phrase: '9,999 drones', kind: 'count', value: 9_999, unit: 'drone', subject: 'drones' });
    await page.evaluate(async (forgedClaim) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const info = { url: 'http://forged.test/', title: null, publisher: null, published: null };
      await runtime.sendMessage({ type: 'claims-report', url: info.url, info, count: 1, claims: [forgedClaim] }).catch(() => undefined);
    }, forged);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await historyCount(harness)).toBe(before);
    await page.close();
  });

  it('the options page counts the history, reports storage use, and clears the history', async () => {
    const options = await harness.openExtensionPage('options.html');
    const count = options.getByTestId('history-count');
    await expect.poll(() => count.textContent()).toMatch(/^[1-9]\d* claims? remembered\. ClaimLens uses .+ of .+ available to it\.$/);
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByTestId('history-clear').click();
    await expect.poll(() => count.textContent()).toMatch(/^0 claims remembered\./);
    expect(await historyCount(harness)).toBe(0);
    await options.close();
  });
});

describe('fact packs in the options page', () => {
  it('imports the example pack and lists it with its fact count', async () => {
    const options = await harness.openExtensionPage('options.html');
    await options.getByTestId('pack-example').click();
    await expect.poll(() => options.getByTestId('related-message').textContent(), { timeout: 10_000 }).toBe(
      'Imported “ClaimLens example pack” (2 facts).',
    );
    await expect.poll(() => options.getByTestId('pack-list').textContent()).toMatch(/ClaimLens example pack — 2 facts/);
    await options.close();
  });

  it('refuses a hostile pack file with the reason and keeps the packs it had', async () => {
    const options = await harness.openExtensionPage('options.html');
    await expect.poll(() => options.getByTestId('pack-list').textContent()).toMatch(/ClaimLens example pack — 2 facts/);
    const hostile = JSON.parse(readFileSync(path.resolve(relatedFixtures, '../../../src/background/packs/example.json'), 'utf8'));
    hostile.id = 'hostile';
    hostile.facts[1].subject = '<img src=x onerror=alert(1)>';
    await options.getByTestId('pack-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await expect.poll(() => options.getByTestId('related-message').textContent()).toMatch(
      /^Not imported: The pack does not follow the format: facts\[1\]\.subject must be plain text/,
    );
    expect(await options.locator('img[src="x"]').count()).toBe(0);
    expect(await options.getByTestId('pack-list').locator('li').count()).toBe(1);
    await options.close();
  });
});

describe('related facts in the card', () => {
  it('lists the claim another site made about the same subject, with its site, as differing', async () => {
    const first = await harness.open(harness.server.url('/first.html', '127.0.0.1'));
    await harness.waitForScan(first.page);
    await expect.poll(() => historyCount(harness), { timeout: 10_000 }).toBeGreaterThan(0);

    const second = await harness.open(harness.server.url('/second.html', 'localhost'));
    await harness.waitForScan(second.page);
    await hoverPainted(second.page, '1.2 million');
    const text = await relatedSection(second.page, '127.0.0.1');
    expect(text).toMatch(/On pages you read/);
    expect(text).toMatch(/800,000/);
    expect(text).toMatch(/differs: 33% lower/);
    const bars = await inCard(second.page, (root) => root.querySelectorAll('.cl-related-chart rect.cl-bar').length);
    // This page's claim, the first site's, and the example pack's (imported above; same subject and time).
    expect(bars).toBe(3);
    await second.page.screenshot({ path: path.join(screenshotsDir, 'related-history.png') });
    expect(claimLensErrors([...first.errors, ...second.errors])).toEqual([]);
  });

  it('shows a fact from the imported example pack on the seed page', async () => {
    // The example pack was imported through the options page above.
    const seed = await harness.open('/seed.html');
    await harness.waitForScan(seed.page);
    await hoverPainted(seed.page, '1 million');
    const text = await relatedSection(seed.page, 'National Intelligence Service');
    expect(text).toMatch(/From your fact packs/);
    expect(text).toMatch(/agrees/);
    await seed.page.screenshot({ path: path.join(screenshotsDir, 'related-pack.png') });

    // The popup exports the same claims with their sources and related facts.
    await seed.page.bringToFront();
    const tabId = await harness.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    });
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    const csvButton = popup.getByTestId('export-csv');
    await expect.poll(() => csvButton.isEnabled(), { timeout: 10_000 }).toBe(true);
    const [download] = await Promise.all([popup.waitForEvent('download'), csvButton.click()]);
    expect(download.suggestedFilename()).toBe('claimlens-kim-jong-un-sees-bigger-cash-cow-in-russia-arms-than.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^page_url,page_title,claim_id,claim_text,/);
    expect(rows.find((row) => row.includes('over 1 million artillery shells') && row.includes(',pack,'))).toMatch(
      /National Intelligence Service \(South Korea\),https:\/\/www\.nis\.go\.kr\/,2023-11-01,agrees/,
    );
    expect(rows.some((row) => row.includes('47 embassies') && row.includes(',computed,'))).toBe(true);
    await popup.close();
  });
});
