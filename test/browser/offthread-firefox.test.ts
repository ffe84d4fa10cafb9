/**
 * Firefox takes the same path as Chromium: its event page is the engine host, the content script asks it
 * and paints the answer, and runs no engine of its own; it reads the article's outline with Readability too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ESR, firefoxInstalled, launchFirefoxHarness, type FirefoxHarness } from './firefox-harness';
import { claimLensErrors, evaluateIn } from './harness';

const ENGINE_TIME_MARK = 'claimlens:engine-time';
/** Set when the background has read the page's outline with Readability (over linkedom in the event page). */
const READABILITY_TIME_MARK = 'claimlens:readability-time';

let harness: FirefoxHarness | null = null;

beforeAll(async () => {
  if (firefoxInstalled(FIREFOX_ESR)) harness = await launchFirefoxHarness({ executablePath: FIREFOX_ESR });
});

afterAll(async () => {
  await harness?.close();
});

describe.skipIf(!firefoxInstalled(FIREFOX_ESR))('the engine off the page in Firefox ESR', () => {
  it('scans the seed article in the event page and paints its answer', async () => {
    const { page, errors } = await harness!.open('/seed/article.html');
    await harness!.waitForScan(page);
    const times = await evaluateIn(
      page,
      (name: string) => performance.getEntriesByName(name, 'mark').map((mark) => (mark as PerformanceMark).detail as { where: string; attempts: number }),
      ENGINE_TIME_MARK,
    );
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatchObject({ where: 'background', attempts: 1 });
    const readings = await evaluateIn(page, (name: string) => performance.getEntriesByName(name, 'mark').length, READABILITY_TIME_MARK);
    expect(readings).toBe(1);
    expect(claimLensErrors(errors)).toEqual([]);
    await page.close();
  });
});
