/**
 * What a reader sees in Firefox with ClaimLens installed: the seed article's highlights, its cards by
 * pointer and keyboard, content that arrives later, and a real saved page left untouched. One suite, run
 * by one test file per Firefox the manifest accepts (the oldest, 140, and the current ESR), each with one
 * browser launch.
 *
 * The site and global switches reach an open page through storage.local, which a test can write only
 * from Firefox's chrome scope (firefox-harness.ts): those cases are skipped, saying so, where this
 * Firefox's WebDriver BiDi has none (140). The popup's and the options page's own behaviour in Firefox
 * is in firefox-ui.test.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxAnnouncement, firefoxCardState, waitForFirefoxCard } from './firefox-card';
import { firefoxInstalled, launchFirefoxHarness, type FirefoxHarness } from './firefox-harness';
import { cardState, claimLensErrors, evaluateIn, fixturesDir, OVERLAY_HOST_SELECTOR, screenshotsDir } from './harness';
import { hoverPainted, MARK_TAG, markupWithoutClaimLens, paintedInside, paintedOverlapping, paintedTexts } from './painted';

const expected = JSON.parse(readFileSync(path.join(fixturesDir, 'seed/expected.json'), 'utf8')) as {
  claims: { text: string }[];
  notClaims: string[];
};

const SEED = '/seed/article.html';
const FURNITURE = 'header, nav, footer, aside, .comments, .byline, h1';

export interface FirefoxReaderOptions {
  /** Names the screenshots and the describe block: 'firefox-140', 'firefox-esr'. */
  label: string;
  executablePath: string;
  /** The major version this run must be driving, so a wrong binary cannot pass for the one named. */
  expectMajor?: number;
}

async function pressChord(page: Page, key: 'Period' | 'Comma'): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

export function describeFirefoxReader({ label, executablePath, expectMajor }: FirefoxReaderOptions): void {
  if (!firefoxInstalled(executablePath)) {
    // Only when Debian's archive could not supply it (scripts/install-browsers.sh says so when it runs).
    it.skip(`${label}: no Firefox at ${executablePath}; ./scripts/install-browsers.sh puts it there`);
    return;
  }
  let harness: FirefoxHarness;

  beforeAll(async () => {
    harness = await launchFirefoxHarness({ executablePath });
    mkdirSync(screenshotsDir, { recursive: true });
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function openSeed(): Promise<{ page: Page; errors: string[] }> {
    const opened = await harness.open(SEED);
    await harness.waitForScan(opened.page);
    return opened;
  }

  async function hoverClaim(page: Page, phrase: string) {
    const [painted] = await paintedOverlapping(page, phrase);
    if (!painted) throw new Error(`"${phrase}" is not highlighted`);
    await hoverPainted(page, painted);
    return waitForFirefoxCard(page);
  }

  describe(`${label}: the seed article`, () => {
    if (expectMajor !== undefined) {
      it(`is Firefox ${expectMajor}`, () => {
        expect(Number.parseInt(harness.version, 10)).toBe(expectMajor);
      });
    }

    it('highlights each of the eight claims and nothing in the page furniture, with no error', async () => {
      const { page, errors } = await openSeed();
      await page.screenshot({ path: path.join(screenshotsDir, `${label}-seed.png`) as `${string}.png`, fullPage: true });
      expect(expected.claims).toHaveLength(8);
      for (const claim of expected.claims) {
        expect(await paintedOverlapping(page, claim.text), claim.text).not.toHaveLength(0);
      }
      expect(await paintedInside(page, FURNITURE)).toEqual([]);
      for (const phrase of expected.notClaims) {
        expect(await paintedOverlapping(page, phrase), phrase).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it('opens the card on hover for each claim, and Escape closes it', async () => {
      const { page, errors } = await openSeed();
      for (const claim of expected.claims) {
        const card = await hoverClaim(page, claim.text);
        expect(card.role, claim.text).toBe('dialog');
        expect(card.text.length, claim.text).toBeGreaterThan(0);
        await page.keyboard.press('Escape');
        expect(await cardState(page), claim.text).toBeNull();
        await page.mouse.move(2, 2);
      }
      const card = await hoverClaim(page, 'over 1 million artillery shells');
      expect(card.text).toMatch(/reported, nobody named/);
      expect(card.text).toMatch(/more than 1,000,000/);
      await page.screenshot({ path: path.join(screenshotsDir, `${label}-card.png`) as `${string}.png` });
      // Hovering does not take focus away from where the reader was.
      expect(await evaluateIn(page, () => document.activeElement === document.body, undefined)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('names the South Korean ministry as a government source for "47 embassies"', async () => {
      const { page } = await openSeed();
      const card = await hoverClaim(page, '47 embassies');
      expect(card.text).toMatch(/the South Korean ministry/);
      expect(card.text).toMatch(/government source/);
      await page.close();
    });

    it('steps through the claims with Alt+Shift+. and Alt+Shift+, and Escape closes the card', async () => {
      const { page } = await openSeed();
      const total = (await paintedTexts(page)).length;
      await pressChord(page, 'Period');
      const first = await cardState(page);
      await pressChord(page, 'Period');
      const second = await cardState(page);
      expect(first).not.toBeNull();
      expect(second).not.toBeNull();
      expect(second!.labelledText).not.toBe(first!.labelledText);
      const announced = await firefoxAnnouncement(page);
      expect(announced).toMatch(new RegExp(`^Claim 2 of ${total}: `));
      await pressChord(page, 'Comma');
      expect((await cardState(page))?.labelledText).toBe(first!.labelledText);
      await page.keyboard.press('Escape');
      expect(await cardState(page)).toBeNull();
      await page.close();
    });

    it('highlights a paragraph added after the page loaded', async () => {
      const { page, errors } = await openSeed();
      const before = await paintedTexts(page);
      await evaluateIn(
        page,
        () => {
          const paragraph = document.createElement('p');
          paragraph.textContent = 'Since Monday, the ministry said, 312 diplomats have left the country.';
          document.querySelector('article')?.append(paragraph);
        },
        undefined,
      );
      await harness.waitForScan(page, 2);
      expect(await paintedOverlapping(page, '312 diplomats')).not.toHaveLength(0);
      expect((await paintedTexts(page)).length).toBeGreaterThan(before.length);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe(`${label}: installing`, () => {
    it('opens no first-run page where Firefox granted the access at install', async (context) => {
      context.skip(!harness.privileged, `Firefox ${harness.version}'s WebDriver BiDi has no chrome scope to list extension tabs from`);
      // Installing happened at launch: give the background the time the first-run page takes to open without access.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const addresses = await harness.privileged!.tabAddresses();
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.filter((address) => address.startsWith('moz-extension:'))).toEqual([]);
    });
  });

  describe(`${label}: the switches`, () => {
    const cleared = (page: Page) =>
      page.waitForFunction(
        (host: string, mark: string) =>
          [...CSS.highlights.keys()].every((name) => !String(name).startsWith('claimlens')) &&
          !document.querySelector(host) &&
          !document.querySelector(mark),
        { timeout: 5000, polling: 50 },
        OVERLAY_HOST_SELECTOR,
        MARK_TAG,
      );

    it('clears every highlight and the card when the site is switched off, and brings them back when it is on again', async (context) => {
      context.skip(!harness.privileged, `Firefox ${harness.version}'s WebDriver BiDi has no chrome scope to write the settings from`);
      const { page, errors } = await openSeed();
      const before = (await paintedTexts(page)).sort();
      await hoverClaim(page, '47 embassies');
      await harness.privileged!.setSettings({ disabledSites: ['127.0.0.1'] });
      await cleared(page);
      expect(await paintedTexts(page)).toEqual([]);
      expect(await evaluateIn(page, () => document.adoptedStyleSheets.length, undefined)).toBe(0);

      await harness.privileged!.setSettings({ disabledSites: [] });
      await harness.waitForScan(page, 2);
      expect((await paintedTexts(page)).sort()).toEqual(before);
      await pressChord(page, 'Period');
      expect(await cardState(page)).not.toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    });

    it('says why in the open card once the reader switches it on, and stops when it is off', async (context) => {
      context.skip(!harness.privileged, `Firefox ${harness.version}'s WebDriver BiDi has no chrome scope to write the settings from`);
      const { page } = await openSeed();
      expect((await hoverClaim(page, '47 embassies')).text).not.toMatch(/\bWhy\b/);
      await harness.privileged!.setSettings({ showReasons: true });
      await expect.poll(async () => (await firefoxCardState(page))?.text ?? '', { timeout: 5000 }).toMatch(/Why\s*Source: [a-z-]+(?::[a-z-]+)?: .*Claim: [a-z-]+/s);
      await harness.privileged!.setSettings({ showReasons: false });
      await expect.poll(async () => (await firefoxCardState(page))?.text ?? '', { timeout: 5000 }).not.toMatch(/\bWhy\b/);
      await page.close();
    });

    it('clears the page when ClaimLens is switched off everywhere', async (context) => {
      context.skip(!harness.privileged, `Firefox ${harness.version}'s WebDriver BiDi has no chrome scope to write the settings from`);
      const { page } = await openSeed();
      expect((await paintedTexts(page)).length).toBeGreaterThan(0);
      await harness.privileged!.setSettings({ enabled: false });
      await cleared(page);
      await harness.privileged!.setSettings({ enabled: true });
      await harness.waitForScan(page, 2);
      expect((await paintedTexts(page)).length).toBeGreaterThan(0);
      await page.close();
    });
  });

  describe(`${label}: a real saved page`, () => {
    it('is painted with no error from ClaimLens, and nothing in its DOM changed but ClaimLens’s own marks', async () => {
      const { page, errors } = await harness.open('/readability/ars-1.html');
      await harness.waitForScan(page);
      const painted = await paintedTexts(page);
      expect(painted.length).toBeGreaterThan(0);
      await hoverPainted(page, painted[0]!);
      await waitForFirefoxCard(page);
      // The content script runs in top-level pages only: the same page in a frame is what it would be
      // without ClaimLens, parsed by the same browser.
      const untouched = await evaluateIn(
        page,
        async (url: string) => {
          const frame = document.createElement('iframe');
          const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          frame.src = url;
          document.body.append(frame);
          await loaded;
          const markup = frame.contentDocument!.documentElement.outerHTML;
          frame.remove();
          return markup;
        },
        page.url(),
      );
      expect(await markupWithoutClaimLens(page, OVERLAY_HOST_SELECTOR)).toBe(untouched);
      expect(claimLensErrors(errors)).toEqual([]);
      await page.close();
    });
  });
}
