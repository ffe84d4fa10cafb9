/**
 * The engine runs in the background, off the page's main thread, and the background may be stopped at
 * any moment (Chromium stops idle service workers). Stopped in the middle of a scan, it is started again
 * by the page's next ask and the page still gets every highlight; the content script itself holds no engine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimLensErrors, extensionDir, highlightedTexts, launchHarness, type Harness } from './harness';

const ENGINE_ASK_MARK = 'claimlens:engine-ask';
const ENGINE_TIME_MARK = 'claimlens:engine-time';

interface EngineTime {
  ms: number;
  where: 'background' | 'page';
  attempts: number;
  fallbackReason: string | null;
  lost: string[];
}

const TOWNS = ['Ashford', 'Brampton', 'Carlow', 'Dunmore', 'Elston', 'Farley', 'Glenrock', 'Hollis'];

/**
 * A long story of our own (about 300 KB of text) so the background's scan lasts long enough to be cut off:
 * each paragraph carries a count, a price and a share, attributed to a named council.
 */
function longStory(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    paragraphs.push(
      `<p>The ${town} council said ${1000 + i * 7} households in ward ${i + 1} paid $${20 + (i % 50)} a month for water, ` +
        `and that ${5 + (i % 40)}% of them asked for help with the bill. Officials expect the figure to change next spring.</p>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Water bills across the county</title></head>` +
    `<body><main><article><h1>Water bills across the county</h1>${paragraphs.join('')}</article></main></body></html>`;
}

let harness: Harness;
let extensionSession: CDPSession;

beforeAll(async () => {
  harness = await launchHarness();
  harness.server.route('/long-story.html', longStory());
  // An extension page's DevTools session reaches the extension's own service worker.
  const extensionPage = await harness.openExtensionPage('options.html');
  extensionSession = await harness.context.newCDPSession(extensionPage);
  await extensionSession.send('ServiceWorker.enable');
});

afterAll(async () => {
  await harness?.close();
});

async function engineTimes(page: Page): Promise<EngineTime[]> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark').map((mark) => (mark as PerformanceMark).detail as EngineTime), ENGINE_TIME_MARK);
}

describe('the engine off the page', () => {
  it('answers from the background on a first ask', async () => {
    const { page, errors } = await harness.open('/long-story.html');
    await harness.waitForScan(page, 1, 60_000);
    const [time] = await engineTimes(page);
    expect(time).toMatchObject({ where: 'background', attempts: 1, fallbackReason: null });
    expect((await highlightedTexts(page)).length).toBeGreaterThan(2000);
    expect(claimLensErrors(errors)).toEqual([]);
    await page.close();
  });

  it('gives the page its highlights when the background is stopped mid-scan', async () => {
    const control = await harness.open('/long-story.html');
    await harness.waitForScan(control.page, 1, 60_000);
    const expected = (await highlightedTexts(control.page)).sort();
    await control.page.close();

    const page = await harness.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('ClaimLens')) errors.push(message.text());
    });
    void page.goto(harness.server.url('/long-story.html')).catch(() => undefined);
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, ENGINE_ASK_MARK, { polling: 5, timeout: 30_000 });
    await extensionSession.send('ServiceWorker.stopAllWorkers');
    await harness.waitForScan(page, 1, 60_000);

    const times = await engineTimes(page);
    expect(times).toHaveLength(1);
    // Asked again after the stop, and answered by the background that started anew, not by the page.
    expect(times[0]!.attempts).toBeGreaterThanOrEqual(2);
    expect(times[0]!.lost.length).toBeGreaterThanOrEqual(1);
    expect(times[0]!.where).toBe('background');
    expect((await highlightedTexts(page)).sort()).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ships no engine in the content script: the engine module is loaded only when the background cannot answer', async () => {
    const content = await readFile(path.join(extensionDir, 'content.js'), 'utf8');
    const pageEngine = await readFile(path.join(extensionDir, 'engine-page.js'), 'utf8');
    // The attribution lexicon's cue phrases and the quantity reader's number words are part of the engine
    // and nothing else. (Sizes are no test: the engine module, which no longer carries the article's
    // extraction and mozilla/readability, is now about the content script's size.)
    expect(pageEngine).toContain('according to');
    expect(content).not.toContain('according to');
    expect(pageEngine).toContain('seventeen');
    expect(content).not.toContain('seventeen');
  });
});
