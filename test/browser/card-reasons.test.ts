/**
 * "Say why in the card" in Chromium: off by default; switched on from the options page, the open card
 * gains a "Why" row naming the rule that chose the claim's source and the rule that made it a claim, and
 * switched off it goes again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { highlightsOverlapping, hoverHighlight, launchHarness, screenshotsDir, type Harness } from './harness';
import { cardState, waitForCard } from './hostile-helpers';

const SEED = '/seed/article.html';

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the card says why, when asked', () => {
  it('adds the rules behind the source and the claim once the reader switches it on', async () => {
    await harness.setSettings({});
    const { page } = await harness.open(SEED);
    await harness.waitForScan(page);
    const [painted] = await highlightsOverlapping(page, '47 embassies');
    if (!painted) throw new Error('"47 embassies" is not highlighted');
    await hoverHighlight(page, painted);
    const plain = await waitForCard(page, 'South Korean ministry');
    expect(plain.text).not.toMatch(/\bWhy\b/);

    const options = await harness.openExtensionPage('options.html');
    const toggle = options.getByRole('switch', { name: /Say why in the card/ });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    // The open card is drawn again with its reasons: the source's rule with what it does and its cue, and the claim's rule.
    await expect.poll(async () => (await cardState(page))?.text ?? '', { timeout: 10_000 }).toMatch(/Why\s*Source: [a-z-]+(?::[a-z-]+)?: [^,]+.*cue “[^”]+”/);
    expect((await cardState(page))?.text).toMatch(/Claim: [a-z-]+/);
    await page.screenshot({ path: path.join(screenshotsDir, 'seed-card-why.png') });

    await toggle.click();
    await expect.poll(async () => (await cardState(page))?.text ?? '', { timeout: 10_000 }).not.toMatch(/\bWhy\b/);
    await options.close();
    await page.close();
  });
});
