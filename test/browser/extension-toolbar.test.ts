/**
 * The extension around the page, in Chromium: the badge count, the popup (count, list, reveal, the
 * site switch) and the keyboard command, on the seed article.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, launchHarness, screenshotsDir, type Harness } from './harness';
import { cardState } from './hostile-helpers';

const SEED = '/seed/article.html';
const SEED_CLAIMS = 8;

/** The little of the service worker's `chrome` global these tests reach. */
interface WorkerGlobals {
  chrome: {
    tabs: { query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  };
  claimLensRunCommand(command: string): Promise<unknown>;
}

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  mkdirSync(screenshotsDir, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** The tab id of a page: bring it to the front, then ask the worker for the active tab. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const id = await harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

async function badgeOf(tabId: number): Promise<string> {
  return harness.worker.evaluate(
    (id) => (globalThis as unknown as WorkerGlobals).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

async function storedSettings(): Promise<{ disabledSites?: string[]; highlightStyle?: string }> {
  return harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    return (await chrome.storage.local.get('settings')).settings ?? {};
  });
}

async function openSeed(): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const { page, errors } = await harness.open(SEED);
  await harness.waitForScan(page);
  return { page, tabId: await tabIdOf(page), errors };
}

/** Waits until the page paints `count` highlights (0: none). */
async function waitForHighlights(page: Page, count: number): Promise<void> {
  await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBe(count);
}

describe('the toolbar badge', () => {
  it(`shows the claim count of the tab (${SEED_CLAIMS} on the seed page)`, async () => {
    await harness.setSettings({});
    const { page, tabId } = await openSeed();
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe(String(SEED_CLAIMS));
    await page.close();
  });

  it('is empty on a tab without claims, and clears when the tab loads another page', async () => {
    await harness.setSettings({});
    const { page, tabId } = await openSeed();
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe(String(SEED_CLAIMS));
    harness.server.route('/empty.html', '<!doctype html><title>Nothing</title><p>No figures here at all.</p>');
    await page.goto(harness.server.url('/empty.html'));
    await harness.waitForScan(page);
    expect(await badgeOf(tabId)).toBe('');
    await page.close();
  });
});

describe('the popup', () => {
  it('shows the host, the count and the list of claims; choosing one reveals it on the page', async () => {
    await harness.setSettings({});
    const { page, tabId } = await openSeed();
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 600 });
    const count = popup.getByTestId('claim-count');
    await expect.poll(() => count.getAttribute('data-count'), { timeout: 10_000 }).toBe(String(SEED_CLAIMS));
    expect(await popup.locator('.host').textContent()).toBe('127.0.0.1');
    const items = popup.locator('button.claim');
    expect(await items.count()).toBe(SEED_CLAIMS);
    const listed = await popup.locator('.claim-text').allTextContents();
    expect(listed.sort()).toEqual((await highlightedTexts(page)).sort());
    await popup.screenshot({ path: path.join(screenshotsDir, 'popup.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: path.join(screenshotsDir, 'popup-dark.png') });

    // The last claim sits lowest on the page: revealing it has to scroll and open its card.
    const last = items.nth(SEED_CLAIMS - 1);
    const lastText = (await last.locator('.claim-text').textContent()) ?? '';
    expect(await cardState(page)).toBeNull();
    await last.click();
    await expect.poll(async () => (await cardState(page))?.text ?? null, { timeout: 5_000 }).not.toBeNull();
    const inView = await page.evaluate((wanted) => {
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) {
          if (!(range instanceof Range) || range.toString() !== wanted) continue;
          const box = range.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        }
      }
      return false;
    }, lastText);
    expect(inView).toBe(true);
    await page.bringToFront();
    await page.screenshot({ path: path.join(screenshotsDir, 'popup-revealed-claim.png') });
    await popup.close();
    await page.close();
  });

  it('"On for this site" turns the highlights and the badge off and back on', async () => {
    await harness.setSettings({});
    const { page, tabId } = await openSeed();
    await waitForHighlights(page, SEED_CLAIMS);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    const siteSwitch = popup.getByTestId('site-switch');
    await expect.poll(() => siteSwitch.isChecked(), { timeout: 10_000 }).toBe(true);

    await siteSwitch.click();
    await waitForHighlights(page, 0);
    expect((await storedSettings()).disabledSites).toEqual(['127.0.0.1']);
    await expect.poll(() => badgeOf(tabId)).toBe('');
    await expect.poll(() => popup.getByTestId('inactive').isVisible()).toBe(true);

    await siteSwitch.click();
    await waitForHighlights(page, SEED_CLAIMS);
    expect((await storedSettings()).disabledSites).toEqual([]);
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe(String(SEED_CLAIMS));
    await expect.poll(() => popup.getByTestId('claim-count').getAttribute('data-count')).toBe(String(SEED_CLAIMS));
    await popup.close();
    await page.close();
  });

  it('says so plainly on a tab ClaimLens cannot read', async () => {
    const options = await harness.openExtensionPage('options.html');
    const tabId = await tabIdOf(options);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('unavailable').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await popup.getByTestId('site-switch').count()).toBe(0);
    await popup.close();
    await options.close();
  });
});

describe('the keyboard command', () => {
  it('toggle-site switches the active tab’s site off and on', async () => {
    await harness.setSettings({});
    const { page } = await openSeed();
    await waitForHighlights(page, SEED_CLAIMS);
    // No API presses a shortcut; the worker exposes the handler its commands listener calls, and with
    // no tab given it acts on the active tab, as for a pressed shortcut.
    const press = () =>
      harness.worker.evaluate(() => (globalThis as unknown as WorkerGlobals).claimLensRunCommand('toggle-site'));
    expect(await press()).toEqual({ ok: true, host: '127.0.0.1', activeOnSite: false });
    await waitForHighlights(page, 0);
    expect(await press()).toEqual({ ok: true, host: '127.0.0.1', activeOnSite: true });
    await waitForHighlights(page, SEED_CLAIMS);
    await page.close();
  });

  it('is declared in the manifest with a suggested key', async () => {
    const commands = await harness.worker.evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-site')?.shortcut).toBe('Alt+Shift+L');
  });
});
