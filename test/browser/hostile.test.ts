/**
 * A hostile page against ClaimLens in Chromium. The reader first reads a story on site A (so the history
 * holds its claim and its address, with a query string a session token rides in); then site B, a page of
 * the attacker's on a different site with a claim about the same subject, tries with its own scripts to
 * open the card and read it, to pre-empt ClaimLens's host element, and to fake or erase its highlights.
 * What the page learns is gathered by page scripts alone (page.evaluate runs in the page's own world); the
 * card is read for the reader's side through the browser's tools (hostile-helpers.ts).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimLensErrors, highlightedTexts, highlightsByName, historyCount, hoverHighlight, launchHarness, screenshotsDir, type Harness } from './harness';
import { accessibleNames, boxInCard, cardState, inCard, overlayRootMode, waitForCard } from './hostile-helpers';

const SECRET_QUERY = 'session=S3CRET-T0KEN-77';
const SECRET_FRAGMENT = 'inbox-of-reader';
const SITE_A_TITLE = 'Foundry doubles its output';

function article(title: string, sentence: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-05-02T08:00:00Z">${head}</head><body>
<header><a href="/">Home</a></header>
<main><article><h1>${title}</h1>
<p>Workers at the foundry on the river have been asked to stay on through the summer holidays.</p>
<p>${sentence}</p>
<p>The company plans to hire another two hundred welders once the new furnace is running.</p>
</article></main></body></html>`;
}

/** What the attacker's page tries, run in the page's world: everything it can gather, as one string. */
async function gatherWhatThePageCanRead(page: Page, { provoke }: { provoke: boolean }): Promise<string> {
  return page.evaluate(async (provokeCard) => {
    const found: string[] = [];
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const ranges = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]).filter((r): r is Range => r instanceof Range);
    if (provokeCard) {
      for (const range of ranges) {
        const box = range.getClientRects()[0];
        if (!box) continue;
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const target = document.elementFromPoint(x, y) ?? document.body;
        for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown']) {
          target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'mouse' }));
        }
        target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y }));
        target.dispatchEvent(new FocusEvent('focus'));
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        await sleep(100);
      }
      for (const target of [window, document, document.body]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: '.', code: 'Period', altKey: true, shiftKey: true, bubbles: true, composed: true }));
        await sleep(100);
      }
      // Long enough for the background to answer the related-facts lookup.
      await sleep(1500);
    }
    const text = (value: unknown) => {
      if (typeof value === 'string' && value) found.push(value);
    };
    for (const element of document.querySelectorAll('*')) {
      text(element.shadowRoot?.innerHTML);
      const internals = (element as unknown as { internals?: ElementInternals }).internals;
      text(internals?.shadowRoot?.innerHTML);
    }
    text(document.documentElement.innerText);
    text(document.documentElement.textContent);
    text(document.documentElement.outerHTML);
    for (let x = 0; x < innerWidth; x += 40) {
      for (let y = 0; y < innerHeight; y += 40) {
        for (const element of document.elementsFromPoint(x, y)) {
          text((element as HTMLElement).innerText);
          text(element.shadowRoot?.innerHTML);
        }
      }
    }
    const selection = getSelection();
    selection?.selectAllChildren(document.documentElement);
    text(selection?.toString());
    selection?.removeAllRanges();
    const find = (window as unknown as { find?: (needle: string) => boolean }).find;
    for (const needle of ['site-a', 'S3CRET', 'On pages you read', 'Foundry doubles']) {
      getSelection()?.removeAllRanges();
      if (find?.call(window, needle)) found.push(`window.find found ${needle}`);
    }
    text(JSON.stringify((window as unknown as { captured?: unknown }).captured ?? null));
    return found.join('\n');
  }, provoke);
}

function leaks(gathered: string): string[] {
  return ['site-a', 'S3CRET', SECRET_FRAGMENT, SITE_A_TITLE, '640,000', 'On pages you read', 'ClaimLens:'].filter((needle) => gathered.includes(needle));
}

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  // The harness refuses every host but this machine's two names; site-a.localhost and site-b.localhost are
  // this machine too (Chromium resolves *.localhost to loopback). A later route is asked first.
  await harness.context.route(
    (url) => url.hostname.endsWith('.localhost'),
    (route) => route.continue(),
  );
  harness.server.route('/story.html', article(SITE_A_TITLE, 'The foundry produced 640,000 artillery shells last year, according to the defence ministry.'));
  harness.server.route('/hostile.html', article('Shell output climbs', 'The main works produced 1.5 million artillery shells last year, the trade body said.'));
  // Defines ClaimLens's old host element name before ClaimLens runs, keeping every instance and its
  // ElementInternals (which reach even a closed shadow root attached to a custom element).
  const preempt = `<script>
    window.captured = [];
    customElements.define('claimlens-overlay', class extends HTMLElement {
      constructor() {
        super();
        this.internals = this.attachInternals();
        window.captured.push(this);
        this.attachShadow({ mode: 'open' });
      }
    });
  </script>`;
  harness.server.route('/preempt.html', article('Shell output climbs', 'The main works produced 1.5 million artillery shells last year, the trade body said.', preempt));
  mkdirSync(screenshotsDir, { recursive: true });

  const siteA = await harness.open(harness.server.url(`/story.html?${SECRET_QUERY}#${SECRET_FRAGMENT}`, 'site-a.localhost'));
  await harness.waitForScan(siteA.page);
  const deadline = Date.now() + 10_000;
  while ((await historyCount(harness)) === 0) {
    if (Date.now() > deadline) throw new Error('site A’s claim never reached the history');
    await siteA.page.waitForTimeout(100);
  }
  await siteA.page.close();
});

afterAll(async () => {
  await harness?.close();
});

describe('a page reading the card', () => {
  it('learns nothing of another site from synthetic events and DOM reads, while the reader still sees it all', async () => {
    const { page, errors } = await harness.open(harness.server.url('/hostile.html', 'site-b.localhost'));
    await harness.waitForScan(page);
    expect((await highlightedTexts(page)).some((text) => text.includes('1.5 million'))).toBe(true);

    const provoked = await gatherWhatThePageCanRead(page, { provoke: true });
    expect(leaks(provoked)).toEqual([]);
    // Nothing the page dispatched opened the card.
    expect(await cardState(page)).toBeNull();

    // The reader's own pointer opens it, with the other site's claim.
    const painted = (await highlightedTexts(page)).find((text) => text.includes('1.5 million'))!;
    await hoverHighlight(page, painted);
    const card = await waitForCard(page, 'site-a.localhost');
    expect(card.text).toMatch(/On pages you read/);
    expect(card.text).toMatch(/640,000/);
    expect(await overlayRootMode(page)).toBe('closed');
    // Drawn out of window.find()'s reach, the other site's claim is still read out to a screen reader.
    const names = await accessibleNames(page);
    expect(names.some((name) => name.includes('640,000 artillery shells'))).toBe(true);
    expect(names).toContain('site-a.localhost');
    // The link to the other site names its page, never its query string or fragment.
    const links = await inCard(page, (root) => [...root.querySelectorAll('a')].map((a) => `${a.href} ${a.title}`));
    expect(links).toEqual([expect.stringMatching(/^http:\/\/site-a\.localhost:\d+\/story\.html /)]);
    expect(links?.filter((link) => link.includes('S3CRET') || link.includes(SECRET_FRAGMENT))).toEqual([]);
    await page.screenshot({ path: path.join(screenshotsDir, 'hostile-card-closed-root.png') });

    // With the card open in front of the reader, the page still reads nothing of it.
    const whileOpen = await gatherWhatThePageCanRead(page, { provoke: false });
    expect(leaks(whileOpen)).toEqual([]);
    expect(claimLensErrors(errors)).toEqual([]);
    await page.close();
  });

  it('cannot close or step the card with keys of its own', async () => {
    const { page } = await harness.open(harness.server.url('/hostile.html', 'site-b.localhost'));
    await harness.waitForScan(page);
    await page.keyboard.press('Alt+Shift+Period');
    const opened = await waitForCard(page);
    await page.evaluate(() => {
      for (const key of [
        { key: 'Escape', code: 'Escape' },
        { key: '.', code: 'Period', altKey: true, shiftKey: true },
      ]) {
        window.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true }));
      }
      document.documentElement.dispatchEvent(new PointerEvent('pointerleave'));
    });
    await page.waitForTimeout(400);
    expect((await cardState(page))?.labelledText).toBe(opened.labelledText);
    await page.keyboard.press('Escape');
    expect(await cardState(page)).toBeNull();
    await page.close();
  });
});

describe('a page that defines claimlens-overlay first', () => {
  it('neither breaks the card nor gets hold of it', async () => {
    const { page, errors } = await harness.open(harness.server.url('/preempt.html', 'site-b.localhost'));
    await harness.waitForScan(page);
    const painted = (await highlightedTexts(page)).find((text) => text.includes('1.5 million'))!;
    await hoverHighlight(page, painted);
    const card = await waitForCard(page, 'site-a.localhost');
    expect(card.text).toMatch(/1\.5 million/);
    expect(await page.evaluate(() => (window as unknown as { captured: unknown[] }).captured.length)).toBe(0);
    expect(leaks(await gatherWhatThePageCanRead(page, { provoke: false }))).toEqual([]);
    expect(claimLensErrors(errors)).toEqual([]);
    await page.close();
  });
});

describe('a page faking or erasing the highlights', () => {
  /** Polls until ClaimLens's registry reads `expected` again (the guard runs every second). */
  async function expectRepaired(page: Page, expected: Record<string, string[]>): Promise<void> {
    await expect.poll(() => highlightsByName(page), { timeout: 4000, interval: 200 }).toEqual(expected);
  }

  it('drops ranges the page adds, puts back ranges it moves or deletes, and survives CSS.highlights.clear()', async () => {
    const { page } = await harness.open(harness.server.url('/hostile.html', 'site-b.localhost'));
    await harness.waitForScan(page);
    const before = await highlightsByName(page);
    expect(Object.values(before).flat().length).toBeGreaterThan(0);

    // Fake ClaimLens underlines on words that hold no claim, and one of ClaimLens's ranges moved onto them.
    await page.evaluate(() => {
      const words = document.querySelector('p')!.firstChild as Text;
      for (const name of ['claimlens-attributed', 'claimlens-unattributed', 'claimlens-hedged']) {
        const fake = document.createRange();
        fake.setStart(words, 0);
        fake.setEnd(words, 7);
        CSS.highlights.get(name)?.add(fake);
      }
      const own = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]).find((range) => range instanceof Range && range.toString().includes('1.5')) as Range;
      own.setStart(words, 10);
      own.setEnd(words, 20);
    });
    await expectRepaired(page, before);

    // A highlight of the page's own under ClaimLens's name, then the whole registry cleared.
    await page.evaluate(() => {
      const words = document.querySelector('p')!.firstChild as Text;
      const fake = document.createRange();
      fake.setStart(words, 0);
      fake.setEnd(words, 7);
      CSS.highlights.set('claimlens-attributed', new Highlight(fake));
    });
    await expectRepaired(page, before);
    await page.evaluate(() => CSS.highlights.clear());
    await expectRepaired(page, before);

    // A rewritten ClaimLens stylesheet gets its rules back.
    await page.evaluate(() => {
      for (const sheet of document.adoptedStyleSheets) sheet.replaceSync('');
    });
    await expect
      .poll(() => page.evaluate(() => document.adoptedStyleSheets.some((sheet) => sheet.cssRules.length > 0)), { timeout: 4000 })
      .toBe(true);

    // Claims that arrive after the page cleared the registry are painted too.
    await page.evaluate(() => CSS.highlights.clear());
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'The ministry said 918 welders were trained in the spring.';
      document.querySelector('article')!.append(paragraph);
    });
    await harness.waitForScan(page, 2);
    expect((await highlightedTexts(page)).some((text) => text.includes('918'))).toBe(true);
    await page.close();
  });
});

describe('the card after moving to a closed root', () => {
  it('still looks like the card: placed under its claim, styled, with its close button working', async () => {
    const { page } = await harness.open(harness.server.url('/hostile.html', 'site-b.localhost'));
    await harness.waitForScan(page);
    const painted = (await highlightedTexts(page)).find((text) => text.includes('1.5 million'))!;
    await hoverHighlight(page, painted);
    await waitForCard(page, 'On pages you read');
    const look = await inCard(page, (root) => {
      const card = root.querySelector('[role="dialog"]')!;
      const style = getComputedStyle(card);
      return { position: style.position, radius: style.borderTopLeftRadius, font: style.fontFamily };
    });
    expect(look).toEqual({ position: 'fixed', radius: '10px', font: 'system-ui, sans-serif' });
    await page.screenshot({ path: path.join(screenshotsDir, 'hostile-card.png') });
    const close = await boxInCard(page, '.cl-close');
    await page.mouse.click(close!.x, close!.y);
    expect(await cardState(page)).toBeNull();
    await page.close();
  });
});
