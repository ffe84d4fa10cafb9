/**
 * Drives the built extension in headless Chromium (here) and Firefox (`firefox-harness.ts`): serves fixture
 * pages from 127.0.0.1, launches one browser per test file with ClaimLens loaded, and reads what a reader
 * would see (the painted highlight ranges, the card in its shadow root) without changing the page. The
 * readers below take a tab of either browser.
 *
 *   const h = await launchHarness({ fixtures: 'test/fixtures/pages' });   // or launchFirefoxHarness()
 *   const { page, errors } = await h.open('/seed/article.html');
 *   await h.waitForScan(page);
 *   expect(await highlightedTexts(page)).toContain('47 embassies');
 *   await h.close();
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Settings } from '../../src/settings';
import { firefoxCardState } from './firefox-card';
import { cardState as chromiumCardState, OVERLAY_HOST, type CardState } from './hostile-helpers';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = path.join(repoRoot, 'extension');
export const fixturesDir = path.join(repoRoot, 'test/fixtures/pages');
export const screenshotsDir = path.join(repoRoot, 'screenshots');

/** The names under which the content script registers its highlights in CSS.highlights. */
export const HIGHLIGHT_NAMES = ['claimlens-attributed', 'claimlens-unattributed', 'claimlens-hedged'] as const;
/** The performance mark the content script sets each time a scan (first or incremental) has finished. */
export const SCAN_DONE_MARK = 'claimlens:scan-done';
/** The mark the content script sets when a scan threw (it also logs a warning naming ClaimLens). */
export const SCAN_FAILED_MARK = 'claimlens:scan-failed';
/** The element the content script appends to <html> to hold the card's (closed) shadow root. */
export const OVERLAY_HOST_SELECTOR = OVERLAY_HOST;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** A tab of either browser: Playwright's (Chromium) or Puppeteer's (Firefox). */
export type AnyPage = Page | PuppeteerPage;

function isPuppeteerPage(page: AnyPage): page is PuppeteerPage {
  return typeof (page as Partial<PuppeteerPage>).browserContext === 'function';
}

/**
 * Runs `fn(arg)` in the page. Playwright and Puppeteer both pass a single serialisable argument this way;
 * only their typings differ, so the readers below are written once for both.
 */
export function evaluateIn<A, R>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (page as unknown as { evaluate(f: (a: A) => R | Promise<R>, a: A): Promise<R> }).evaluate(fn, arg);
}

export type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** The address of a path on this server; `host` may be 'localhost' for a second origin on the same port. */
  url(pathname: string, host?: string): string;
  /** Serves `body` (HTML by default) at `pathname`, ahead of the folder. */
  route(pathname: string, body: string | RouteHandler, contentType?: string): void;
  close(): Promise<void>;
}

/** A tiny static server for a folder, on 127.0.0.1 and a free port. Unknown paths get 404. */
export async function startServer(dir: string): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const handler = routes.get(pathname);
    if (handler) return handler(request, response);
    const file = path.join(dir, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    stat(file)
      .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then(
        (body) => {
          const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
          response.writeHead(200, { 'content-type': type }).end(body);
        },
        () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    url: (pathname, host = '127.0.0.1') => `http://${host}:${port}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    route(pathname, body, contentType = 'text/html; charset=utf-8') {
      routes.set(
        pathname,
        typeof body === 'function' ? body : (_request, response) => response.writeHead(200, { 'content-type': contentType }).end(body),
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Builds extension/ when it is missing (npm test builds it before the tests run). */
export function ensureBuilt(): void {
  if (existsSync(path.join(extensionDir, 'manifest.json')) && existsSync(path.join(extensionDir, 'content.js'))) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}

/** The little of the `chrome` global that code evaluated in the service worker uses. */
interface ExtensionGlobals {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

export interface OpenedPage {
  page: Page;
  /** Console errors (with the script they came from), ClaimLens's warnings, and uncaught page exceptions. */
  errors: string[];
}

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker: evaluate code in it to reach chrome.storage and friends. */
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
  /** Opens a path of the fixture server (or a full URL) in a new tab and waits for the load event. */
  open(pathOrUrl: string): Promise<OpenedPage>;
  /** Waits until the content script has finished `count` scans on the page (1: the first scan). */
  waitForScan(page: Page, count?: number, timeoutMs?: number): Promise<void>;
  /** Replaces the stored settings (merged over the defaults by the extension's parser). */
  setSettings(settings: Partial<Settings>): Promise<void>;
  /** Opens an extension page such as popup.html in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Folder served on 127.0.0.1; defaults to test/fixtures/pages. */
  fixtures?: string;
  viewport?: { width: number; height: number };
  /** The unpacked extension to load; defaults to $CLAIMLENS_EXTENSION, else the built extension/. */
  extension?: string;
}

/**
 * Launches Chromium with a private copy of extension/ (so a rebuild during the run cannot pull files from
 * under the browser) and a fresh profile.
 */
export async function launchHarness(options: HarnessOptions = {}): Promise<Harness> {
  const extension = options.extension ?? process.env.CLAIMLENS_EXTENSION;
  if (!extension) ensureBuilt();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'claimlens-browser-'));
  const extensionCopy = path.join(scratch, 'extension');
  await cp(extension ?? extensionDir, extensionCopy, { recursive: true });
  const server = await startServer(options.fixtures ?? fixturesDir);
  const context = await chromium.launchPersistentContext(path.join(scratch, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionCopy}`,
      `--load-extension=${extensionCopy}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Saved pages name outside resources; with no network they would fail only after DNS gives up, holding
  // back the load event (and document_idle) for seconds. Refuse them at once: only this machine answers.
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(async (error: unknown) => {
      await context.close();
      await server.close();
      // Chromium refuses the whole extension when the manifest names a file the build did not write.
      throw new Error(`ClaimLens's service worker never started; is ${extensionDir} complete? (${String(error)})`);
    }));
  const extensionId = new URL(worker.url()).host;

  async function open(pathOrUrl: string): Promise<OpenedPage> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      // ClaimLens reports a failed scan as a warning naming itself; the page's own warnings are its business.
      if (message.type() === 'error' || (message.type() === 'warning' && text.startsWith('ClaimLens'))) {
        errors.push(`${text} (${message.location().url || 'no source'})`);
      }
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl);
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors };
  }

  async function waitForScan(page: Page, count = 1, timeoutMs = 15_000): Promise<void> {
    const failed = await page.waitForFunction(
      ([done, failedMark, n]) => {
        if (performance.getEntriesByName(failedMark as string, 'mark').length > 0) return 'failed';
        return performance.getEntriesByName(done as string, 'mark').length >= (n as number) ? 'done' : false;
      },
      [SCAN_DONE_MARK, SCAN_FAILED_MARK, count] as const,
      { timeout: timeoutMs, polling: 50 },
    );
    if ((await failed.jsonValue()) === 'failed') throw new Error(`ClaimLens's scan failed on ${page.url()}`);
  }

  async function setSettings(settings: Partial<Settings>): Promise<void> {
    await worker.evaluate(async (value) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      await chrome.storage.local.set({ settings: value });
    }, settings);
  }

  async function openExtensionPage(file: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  }

  async function close(): Promise<void> {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }

  return { context, worker, extensionId, server, open, waitForScan, setSettings, openExtensionPage, close };
}

/** What the highlights paint, read from the document's CSS.highlights registry: name → range texts in order. */
export async function highlightsByName(page: AnyPage): Promise<Record<string, string[]>> {
  return evaluateIn(page, (names: string[]) => {
    const out: Record<string, string[]> = {};
    for (const name of names) {
      const highlight = CSS.highlights?.get(name);
      out[name] = highlight ? [...highlight].map((range) => range.toString()) : [];
    }
    return out;
  }, [...HIGHLIGHT_NAMES]);
}

/** Every highlighted text on the page, whatever its style. */
export async function highlightedTexts(page: AnyPage): Promise<string[]> {
  return Object.values(await highlightsByName(page)).flat();
}

/**
 * The page's own DOM as markup, leaving out the one element ClaimLens adds (its overlay host), so two
 * snapshots compare equal exactly when ClaimLens changed nothing else.
 */
export async function pageMarkup(page: AnyPage): Promise<string> {
  return evaluateIn(page, (hostSelector: string) => {
    const clone = document.documentElement.cloneNode(true) as Element;
    for (const host of clone.querySelectorAll(hostSelector)) host.remove();
    return clone.outerHTML;
  }, OVERLAY_HOST_SELECTOR);
}

/**
 * The open card's drawn text and accessible attributes, read through its closed shadow root the way the
 * browser's own tools can (hostile-helpers.ts in Chromium, firefox-card.ts in Firefox); null when closed.
 */
export async function cardState(page: AnyPage): Promise<CardState | null> {
  return isPuppeteerPage(page) ? firefoxCardState(page) : chromiumCardState(page);
}

/** The viewport point at the middle of the first rendered box of a highlighted text (for hovering it). */
export async function pointOfHighlight(page: AnyPage, text: string): Promise<{ x: number; y: number } | null> {
  return evaluateIn(
    page,
    ([names, wanted]: readonly [string[], string]) => {
      for (const name of names) {
        for (const range of CSS.highlights?.get(name) ?? []) {
          if (!(range instanceof Range) || range.toString() !== wanted) continue;
          const box = range.getClientRects()[0];
          if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return null;
    },
    [[...HIGHLIGHT_NAMES], text] as const,
  );
}

/** Scrolls a highlighted text into view and moves the pointer over it. */
export async function hoverHighlight(page: AnyPage, text: string): Promise<void> {
  await evaluateIn(
    page,
    ([names, wanted]: readonly [string[], string]) => {
      for (const name of names) {
        for (const range of CSS.highlights?.get(name) ?? []) {
          if (range instanceof Range && range.toString() === wanted) {
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            return;
          }
        }
      }
    },
    [[...HIGHLIGHT_NAMES], text] as const,
  );
  const point = await pointOfHighlight(page, text);
  if (!point) throw new Error(`no highlight reads "${text}"`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

/**
 * The highlighted texts whose ranges overlap an occurrence of `phrase` in the page's text (the seed's
 * expected claims match a highlight that overlaps their words, whatever its exact edges).
 */
export async function highlightsOverlapping(page: AnyPage, phrase: string): Promise<string[]> {
  return evaluateIn(
    page,
    ([names, wanted]: readonly [string[], string]) => {
      const isBefore = (a: Node, aOffset: number, b: Node, bOffset: number) => {
        const point = document.createRange();
        point.setStart(a, aOffset);
        return point.comparePoint(b, bOffset) === 1;
      };
      const targets: Range[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf(wanted); at !== -1; at = node.data.indexOf(wanted, at + 1)) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          targets.push(range);
        }
      }
      const out: string[] = [];
      for (const name of names) {
        for (const painted of CSS.highlights?.get(name) ?? []) {
          if (!(painted instanceof Range)) continue;
          const overlaps = targets.some(
            (target) =>
              isBefore(painted.startContainer, painted.startOffset, target.endContainer, target.endOffset) &&
              isBefore(target.startContainer, target.startOffset, painted.endContainer, painted.endOffset),
          );
          if (overlaps) out.push(painted.toString());
        }
      }
      return out;
    },
    [[...HIGHLIGHT_NAMES], phrase] as const,
  );
}

/** The painted texts that lie inside elements matching `selector` (page furniture should have none). */
export async function highlightsInside(page: AnyPage, selector: string): Promise<string[]> {
  return evaluateIn(
    page,
    ([names, within]: readonly [string[], string]) => {
      const out: string[] = [];
      for (const name of names) {
        for (const painted of CSS.highlights?.get(name) ?? []) {
          if (painted instanceof Range && painted.startContainer.parentElement?.closest(within)) out.push(painted.toString());
        }
      }
      return out;
    },
    [[...HIGHLIGHT_NAMES], selector] as const,
  );
}

/** Console errors that come from ClaimLens rather than from a saved page's missing resources. */
export function claimLensErrors(errors: string[]): string[] {
  return errors.filter((error) => /ClaimLens|chrome-extension:|moz-extension:/.test(error));
}

/** How many claims the background's history holds, read from its IndexedDB in the service worker. */
export async function historyCount(harness: Harness): Promise<number> {
  return harness.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('claimlens-related');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('claims')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('claims').objectStore('claims').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}
