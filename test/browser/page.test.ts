/**
 * What a reader sees on the seed article with ClaimLens loaded in Chromium: the highlights, the card on
 * hover and keyboard, the site switch, content that arrives later, and a real saved page left untouched.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimLensErrors,
  fixturesDir,
  highlightedTexts,
  highlightsInside,
  highlightsOverlapping,
  hoverHighlight,
  launchHarness,
  pointOfHighlight,
  screenshotsDir,
  type Harness,
} from './harness';
import { announcement, boxInCard, cardState, inCard, OVERLAY_HOST, pageMarkup, waitForCard } from './hostile-helpers';

interface ExpectedClaim {
  text: string;
}
const expected = JSON.parse(readFileSync(path.join(fixturesDir, 'seed/expected.json'), 'utf8')) as {
  claims: ExpectedClaim[];
  notClaims: string[];
};

const SEED = '/seed/article.html';
const FURNITURE = 'header, nav, footer, aside, .comments, .byline, h1';

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
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

/** Hovers the highlight that overlaps `phrase` and waits for the card to show. */
async function hoverClaim(page: Page, phrase: string) {
  const [painted] = await highlightsOverlapping(page, phrase);
  if (!painted) throw new Error(`"${phrase}" is not highlighted`);
  await hoverHighlight(page, painted);
  return waitForCard(page);
}

describe('the seed article', () => {
  it('highlights each of the eight claims and nothing in the page furniture', async () => {
    const { page, errors } = await openSeed();
    await page.screenshot({ path: path.join(screenshotsDir, 'seed-highlights.png'), fullPage: true });
    for (const claim of expected.claims) {
      expect(await highlightsOverlapping(page, claim.text), claim.text).not.toHaveLength(0);
    }
    expect(await highlightsInside(page, FURNITURE)).toEqual([]);
    for (const phrase of expected.notClaims) {
      expect(await highlightsOverlapping(page, phrase), phrase).toEqual([]);
    }
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  it('opens a card on hover that says a reported figure names nobody, and Escape closes it', async () => {
    const { page } = await openSeed();
    const card = await hoverClaim(page, 'over 1 million artillery shells');
    await page.screenshot({ path: path.join(screenshotsDir, 'seed-card-reported.png') });
    expect(card.role).toBe('dialog');
    expect(card.labelledText ?? card.label).toMatch(/million/);
    expect(card.text).toMatch(/reported, nobody named/);
    expect(card.text).toMatch(/more than 1,000,000/);
    // Hovering does not take focus away from where the reader was.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('names the South Korean ministry as a government source for "47 embassies"', async () => {
    const { page } = await openSeed();
    const card = await hoverClaim(page, '47 embassies');
    expect(card.text).toMatch(/the South Korean ministry/);
    expect(card.text).toMatch(/government source/);
    await page.screenshot({ path: path.join(screenshotsDir, 'seed-card-government.png') });
    await page.close();
  });

  it('follows the source chain: a newspaper citing an unnamed source', async () => {
    const { page } = await openSeed();
    const card = await hoverClaim(page, 'over a dozen diplomatic facilities');
    expect(card.text).toMatch(/Japan's Yomiuri newspaper, citing an unnamed source/);
    expect(card.text).toMatch(/media source/);
    expect(card.text).toMatch(/more than 12 diplomatic facilities/);
    await page.close();
  });

  it('flips the card above a claim at the bottom of the viewport and keeps it on screen', async () => {
    const { page } = await openSeed();
    await page.setViewportSize({ width: 900, height: 520 });
    const [painted] = await highlightsOverlapping(page, '47 embassies');
    expect(painted).toBeDefined();
    await page.evaluate((text) => {
      for (const name of ['claimlens-attributed', 'claimlens-unattributed', 'claimlens-hedged']) {
        for (const range of CSS.highlights.get(name) ?? []) {
          if (range instanceof Range && range.toString() === text) {
            window.scrollBy(0, range.getBoundingClientRect().bottom - window.innerHeight + 12);
          }
        }
      }
    }, painted!);
    const point = await pointOfHighlight(page, painted!);
    await page.mouse.move(point!.x, point!.y, { steps: 2 });
    await waitForCard(page);
    await page.waitForTimeout(100);
    const card = (await boxInCard(page, '[role="dialog"]'))!;
    const box = { top: card.top, bottom: card.bottom, height: await page.evaluate(() => window.innerHeight) };
    expect(point!.y).toBeGreaterThan(box.height / 2);
    expect(box.bottom).toBeLessThanOrEqual(point!.y);
    expect(box.top).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshotsDir, 'seed-card-flipped.png') });
    await page.close();
  });

  it('keeps the card while the pointer travels into it and closes it when the pointer leaves both', async () => {
    const { page } = await openSeed();
    await hoverClaim(page, '47 embassies');
    const inside = (await boxInCard(page, '[role="dialog"]'))!;
    await page.mouse.move(inside.x, inside.y, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await cardState(page)).not.toBeNull();
    await page.mouse.move(2, 2, { steps: 2 });
    await page.waitForTimeout(500);
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('leaves the line after the claim readable, and goes at once when the pointer leaves for other text', async () => {
    const { page } = await openSeed();
    await hoverClaim(page, '47 embassies');
    const line = await page.evaluate((wanted) => {
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) {
          const box = range instanceof Range && range.toString() === wanted ? range.getClientRects()[0] : undefined;
          if (box) return { top: box.top, bottom: box.bottom, x: box.left + box.width / 2, y: box.top + box.height / 2, height: box.height };
        }
      }
      return null;
    }, '47 embassies');
    const card = (await boxInCard(page, '[role="dialog"]'))!;
    expect(line).not.toBeNull();
    const below = card.top >= line!.bottom;
    // A line's height of room between the claim and the card: the next line is not under the card.
    if (below) expect(card.top).toBeGreaterThanOrEqual(line!.bottom + line!.height * 0.9);
    else expect(card.bottom).toBeLessThanOrEqual(line!.top - line!.height * 0.9);
    // Away from the card, into the text on the other side: gone well before the hide delay.
    await page.mouse.move(line!.x, below ? line!.y - line!.height * 1.5 : line!.y + line!.height * 1.5, { steps: 2 });
    await page.waitForTimeout(120);
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('closes the card from its own Close button', async () => {
    const { page } = await openSeed();
    await hoverClaim(page, '47 embassies');
    // The card's root is closed to the page and to Playwright's locators: find the button by its name, click it as a reader.
    const close = await inCard(page, (root) => {
      const button = [...root.querySelectorAll('button')].find((element) => element.getAttribute('aria-label') === 'Close');
      const box = button?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    });
    expect(close).not.toBeNull();
    await page.mouse.click(close!.x, close!.y);
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('steps through the claims with Alt+Shift+. and announces each', async () => {
    const { page } = await openSeed();
    const total = (await highlightedTexts(page)).length;
    await page.keyboard.press('Alt+Shift+Period');
    const first = await cardState(page);
    await page.keyboard.press('Alt+Shift+Period');
    const second = await cardState(page);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(second!.labelledText).not.toBe(first!.labelledText);
    const announced = await announcement(page);
    expect(announced).toMatch(new RegExp(`^Claim 2 of ${total}: `));
    await page.keyboard.press('Alt+Shift+Comma');
    expect((await cardState(page))?.labelledText).toBe(first!.labelledText);
    await page.keyboard.press('Escape');
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('leaves keys typed into a field alone', async () => {
    const { page } = await openSeed();
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe-input';
      document.querySelector('footer')?.append(input);
    });
    await page.focus('#probe-input');
    await page.keyboard.press('Alt+Shift+Period');
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('clears every highlight when the site is switched off and brings them back when it is on again, making no request', async () => {
    const { page } = await openSeed();
    // The seed runs no scripts of its own: any request from here on would be ClaimLens's.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const before = (await highlightedTexts(page)).sort();
    expect(before.length).toBeGreaterThan(0);
    await hoverClaim(page, '47 embassies');
    await harness.setSettings({ disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => !String(name).startsWith('claimlens')));
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await page.locator(OVERLAY_HOST).count()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.screenshot({ path: path.join(screenshotsDir, 'seed-switched-off.png') });

    await harness.setSettings({ disabledSites: [] });
    await harness.waitForScan(page, 2);
    expect((await highlightedTexts(page)).sort()).toEqual(before);
    await page.keyboard.press('Alt+Shift+Period');
    expect(await cardState(page)).not.toBeNull();
    expect(requests).toEqual([]);
    await page.close();
  });

  it('highlights content added after the page loaded without rescanning the rest', async () => {
    const { page } = await openSeed();
    const before = await highlightedTexts(page);
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Since Monday, the ministry said, 312 diplomats have left the country.';
      document.querySelector('article')?.append(paragraph);
    });
    await harness.waitForScan(page, 2);
    expect(await highlightsOverlapping(page, '312 diplomats')).not.toHaveLength(0);
    // The claims already painted stay as they were: nothing doubled.
    expect((await highlightedTexts(page)).length).toBe(before.length + (await highlightsOverlapping(page, '312')).length);
    await page.close();
  });
});

describe('content that leaves', () => {
  it('takes the claims of a removed paragraph off the page', async () => {
    const { page } = await openSeed();
    expect(await highlightsOverlapping(page, '155 mm')).not.toHaveLength(0);
    const before = (await highlightedTexts(page)).length;
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('article p');
      paragraphs[paragraphs.length - 1]?.remove();
    });
    await harness.waitForScan(page, 2);
    const detached = await page.evaluate(() =>
      [...CSS.highlights.values()].flatMap((highlight) => [...highlight]).filter((range) => !range.startContainer.isConnected).length,
    );
    expect(detached).toBe(0);
    expect((await highlightedTexts(page)).length).toBeLessThan(before);
    expect(await highlightsOverlapping(page, '47 embassies')).not.toHaveLength(0);
    await page.close();
  });
});

describe('a page that never stops changing', () => {
  it('still reads new content while a clock ticks faster than the debounce', async () => {
    const { page } = await openSeed();
    await page.evaluate(() => {
      const clock = document.createElement('span');
      document.querySelector('header')!.append(clock);
      let tick = 0;
      setInterval(() => {
        clock.textContent = String(tick++);
      }, 100);
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Officials said 515 families were moved from the coast.';
      document.querySelector('article')!.append(paragraph);
    });
    await harness.waitForScan(page, 2, 5000);
    expect(await highlightsOverlapping(page, '515 families')).not.toHaveLength(0);
    await page.close();
  });
});

describe('fields and editable areas', () => {
  it('never highlights inside inputs, text areas, payment fields, editable areas or text a stylesheet hides', async () => {
    const seed = readFileSync(path.join(fixturesDir, 'seed/article.html'), 'utf8');
    const forms = `
      <div contenteditable="true"><p>Draft: the ministry counted 612 embassies last year, officials said.</p></div>
      <form><label>Card <input autocomplete="cc-number" value="4111 1111 1111 1111"></label>
      <input type="password" value="7391 shells"><textarea>We ordered 900 artillery shells on Monday.</textarea></form>
      <style>.promo { display: none; }</style>
      <p class="promo">The ministry said 845 diplomats were recalled.</p>`;
    harness.server.route('/seed/fields.html', seed.replace('</article>', `${forms}</article>`));
    const { page } = await harness.open('/seed/fields.html');
    await harness.waitForScan(page);
    expect(await highlightsOverlapping(page, '612 embassies')).toEqual([]);
    // Hidden by a stylesheet, not by markup: only the computed style tells.
    expect(await highlightsOverlapping(page, '845 diplomats')).toEqual([]);
    expect(await highlightsInside(page, '[contenteditable], form, input, textarea')).toEqual([]);
    // The article around them is still read.
    expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  it('still paints the claims and styles the card', async () => {
    const seed = readFileSync(path.join(fixturesDir, 'seed/article.html'));
    harness.server.route('/seed/strict.html', (_request, response) => {
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'none'",
        })
        .end(seed);
    });
    const { page } = await harness.open('/seed/strict.html');
    await harness.waitForScan(page);
    const painted = await highlightedTexts(page);
    expect(painted.length).toBeGreaterThan(0);
    await hoverHighlight(page, painted[0]!);
    await waitForCard(page);
    const look = await inCard(page, (root) => {
      const style = getComputedStyle(root.querySelector('[role="dialog"]')!);
      return { position: style.position, radius: style.borderTopLeftRadius };
    });
    expect(look).toEqual({ position: 'fixed', radius: '10px' });
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('scans the new article when the page swaps its content and its address', async () => {
    const { page } = await openSeed();
    expect(await highlightsOverlapping(page, '47 embassies')).not.toHaveLength(0);
    await page.evaluate(() => {
      history.pushState({}, '', '/seed/next-story');
      const article = document.querySelector('article')!;
      const next = document.createElement('article');
      const title = document.createElement('h1');
      title.textContent = 'Port reopens after storm';
      const body = document.createElement('p');
      body.textContent = 'The port authority said 640 dock workers returned on Tuesday, and around 300 ships are waiting offshore.';
      next.append(title, body);
      article.replaceWith(next);
    });
    await harness.waitForScan(page, 2);
    expect(await highlightsOverlapping(page, '640 dock workers')).not.toHaveLength(0);
    expect(await highlightsOverlapping(page, '47 embassies')).toEqual([]);
    await page.close();
  });
});

describe('a real saved page', () => {
  it('loads with no error from ClaimLens and its DOM untouched', async () => {
    await harness.setSettings({ disabledSites: ['127.0.0.1'] });
    const { page, errors } = await harness.open('/readability/ars-1.html');
    await page.waitForTimeout(300);
    const untouched = await pageMarkup(page);

    await harness.setSettings({ disabledSites: [] });
    await harness.waitForScan(page);
    expect(await pageMarkup(page)).toBe(untouched);
    const painted = await highlightedTexts(page);
    expect(painted.length).toBeGreaterThan(0);
    await hoverHighlight(page, painted[0]!);
    await waitForCard(page);
    expect(await pageMarkup(page)).toBe(untouched);
    // Taking a screenshot lets Chromium touch form fields (style=""): compare from here on with what it left.
    await page.screenshot({ path: path.join(screenshotsDir, 'ars-1.png') });
    const shot = await pageMarkup(page);

    await harness.setSettings({ disabledSites: ['127.0.0.1'] });
    await page.waitForFunction((host) => !document.querySelector(host), OVERLAY_HOST);
    expect(await pageMarkup(page)).toBe(shot);
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('claimlens'))).toBe(false);
    expect(claimLensErrors(errors)).toEqual([]);
    await harness.setSettings({ disabledSites: [] });
    await page.close();
  });
});
