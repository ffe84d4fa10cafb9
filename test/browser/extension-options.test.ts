/**
 * The options page in Chromium: every setting is saved at once and an open tab follows it, and a
 * setting that cannot be saved is reported on the page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, launchHarness, screenshotsDir, type Harness } from './harness';

const SEED = '/seed/article.html';
const SEED_CLAIMS = 8;

interface WorkerGlobals {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(key: string): Promise<void>;
        getBytesInUse(keys: null): Promise<number>;
        QUOTA_BYTES: number;
      };
    };
  };
}

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  mkdirSync(screenshotsDir, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

async function storedSettings(): Promise<Record<string, unknown>> {
  return harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    return ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
  });
}

/** The text of every ::highlight() rule ClaimLens gave the page, wherever its style sheet lives. */
async function highlightRules(page: Page): Promise<string> {
  return page.evaluate(() => {
    const sheets = [...document.styleSheets, ...(document.adoptedStyleSheets ?? [])];
    const rules: string[] = [];
    for (const sheet of sheets) {
      try {
        for (const rule of sheet.cssRules) if (rule.cssText.includes('::highlight(claimlens-')) rules.push(rule.cssText);
      } catch {
        // A cross-origin sheet cannot be read; ClaimLens's own sheet can.
      }
    }
    return rules.join('\n');
  });
}

async function openOptions(): Promise<Page> {
  const options = await harness.openExtensionPage('options.html');
  await options.setViewportSize({ width: 800, height: 900 });
  await options.getByRole('radio', { name: /Underline/ }).waitFor();
  return options;
}

describe('the options page', () => {
  it('changes the highlight style, with a preview, and an open tab applies it at once', async () => {
    await harness.setSettings({});
    const { page } = await harness.open(SEED);
    await harness.waitForScan(page);
    const options = await openOptions();
    expect(await options.getByRole('radio', { name: /Underline/ }).isChecked()).toBe(true);
    const before = await highlightRules(page);
    expect(before).toContain('text-decoration');
    expect(before).not.toContain('background-color: rgba(26');

    await options.getByRole('radio', { name: /Background/ }).check();
    await expect.poll(async () => (await storedSettings()).highlightStyle).toBe('background');
    expect(await options.getByTestId('preview-mark').getAttribute('class')).toContain('background');
    await expect.poll(() => highlightRules(page), { timeout: 5_000 }).toMatch(/claimlens-attributed\)\s*\{\s*background-color/);

    await options.getByRole('radio', { name: /Outline/ }).check();
    await expect.poll(async () => (await storedSettings()).highlightStyle).toBe('outline');
    await expect.poll(() => highlightRules(page), { timeout: 5_000 }).toContain('overline');
    expect(await highlightedTexts(page)).toHaveLength(SEED_CLAIMS);
    await options.close();
    await page.close();
  });

  it('the global switch turns every tab off and back on', async () => {
    await harness.setSettings({});
    const { page } = await harness.open(SEED);
    await harness.waitForScan(page);
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBe(SEED_CLAIMS);
    const options = await openOptions();
    const global = options.getByTestId('global-switch');
    await global.click();
    await expect.poll(async () => (await storedSettings()).enabled).toBe(false);
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 5_000 }).toBe(0);
    await global.click();
    await expect.poll(async () => (await storedSettings()).enabled).toBe(true);
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBe(SEED_CLAIMS);
    await options.close();
    await page.close();
  });

  it('lists the sites switched off and switches one back on', async () => {
    await harness.setSettings({ disabledSites: ['127.0.0.1', 'news.example.com'] });
    const options = await openOptions();
    const sites = options.getByTestId('disabled-sites').locator('.site');
    expect(await sites.allTextContents()).toEqual(['127.0.0.1', 'news.example.com']);
    await options.getByRole('button', { name: 'Switch ClaimLens back on for 127.0.0.1' }).click();
    await expect.poll(() => sites.allTextContents()).toEqual(['news.example.com']);
    expect((await storedSettings()).disabledSites).toEqual(['news.example.com']);
    await options.close();
  });

  it('keeps the history setting and its retention', async () => {
    await harness.setSettings({});
    const options = await openOptions();
    await options.getByLabel('Keep claims for').fill('30');
    await options.getByLabel('Keep claims for').press('Tab');
    await expect.poll(async () => (await storedSettings()).historyRetentionDays).toBe(30);
    await options.getByTestId('history-switch').click();
    await expect.poll(async () => (await storedSettings()).historyEnabled).toBe(false);
    await expect.poll(() => options.getByLabel('Keep claims for').isDisabled()).toBe(true);
    await options.close();
  });

  it('reports a setting that could not be saved (storage full) and keeps the page usable', async () => {
    await harness.setSettings({});
    const options = await openOptions();
    // Fill storage.local to within a few bytes of its quota, so the next settings write fails.
    const left = await harness.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      const local = chrome.storage.local;
      const room = local.QUOTA_BYTES - (await local.getBytesInUse(null));
      await local.set({ filler: 'x'.repeat(room - 'filler'.length - 2 - 16) });
      return local.QUOTA_BYTES - (await local.getBytesInUse(null));
    });
    try {
      expect(left).toBeLessThan(100);
      // The radio is controlled by the stored settings, so a failed save leaves it unchecked: click, not check.
      await options.getByRole('radio', { name: /Outline/ }).click();
      const error = options.getByTestId('settings-error');
      await expect.poll(() => error.isVisible()).toBe(true);
      expect(await error.textContent()).toMatch(/could not be saved/);
      expect(await options.getByRole('radio', { name: /Outline/ }).isChecked()).toBe(false);
      expect((await storedSettings()).highlightStyle ?? 'underline').toBe('underline');
    } finally {
      await harness.worker.evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.storage.local.remove('filler'));
    }
    await options.getByRole('radio', { name: /Background/ }).check();
    await expect.poll(() => options.getByTestId('settings-error').count()).toBe(0);
    expect((await storedSettings()).highlightStyle).toBe('background');
    await options.close();
  });

  it('looks right in light and dark (screenshots)', async () => {
    await harness.setSettings({ disabledSites: ['news.example.com', 'opinion.example.org'] });
    const options = await openOptions();
    await options.screenshot({ path: path.join(screenshotsDir, 'options.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: path.join(screenshotsDir, 'options-dark.png'), fullPage: true });
    expect(await options.locator('fieldset legend').first().textContent()).toBe('How claims are marked on the page');
    await options.close();
  });
});
