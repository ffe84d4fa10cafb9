/**
 * "Which numbers are highlighted" in Chromium: the key claims by default; choosing every number on the
 * options page makes an open tab scan afresh and mark the minor numbers too (an age such as "Parata, 75,").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, launchHarness, type Harness } from './harness';

const PAGE = '/readability/guardian-1.html';

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openOptions(): Promise<Page> {
  const options = await harness.openExtensionPage('options.html');
  await options.getByRole('radio', { name: /Key claims/ }).waitFor();
  return options;
}

describe('which numbers are highlighted', () => {
  it('marks the key claims, and every number once the options page asks for it', async () => {
    await harness.setSettings({});
    const { page } = await harness.open(PAGE);
    await harness.waitForScan(page);
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const key = await highlightedTexts(page);
    expect(key).not.toContain('75');

    const options = await openOptions();
    expect(await options.getByRole('radio', { name: /Key claims/ }).isChecked()).toBe(true);
    await options.getByRole('radio', { name: /Every number/ }).check();
    await expect.poll(async () => highlightedTexts(page), { timeout: 10_000 }).toContain('75');
    const every = await highlightedTexts(page);
    expect(every.length).toBeGreaterThan(key.length);
    for (const text of key) expect(every).toContain(text);

    await options.getByRole('radio', { name: /Key claims/ }).check();
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBe(key.length);
    await options.close();
    await page.close();
  });
});
