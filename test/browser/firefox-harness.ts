/**
 * Drives the built extension in headless Firefox ESR over WebDriver BiDi (puppeteer-core; nothing is
 * downloaded, and no geckodriver is needed). The same fixture server and the same readers as the
 * Chromium harness (`harness.ts`) apply: they take a Puppeteer page as well.
 *
 *   const h = await launchFirefoxHarness({ executablePath: FIREFOX_140 });
 *   const { page, errors } = await h.open('/seed/article.html');
 *   await h.waitForScan(page);
 *
 * What Firefox does not allow under automation: moz-extension:// pages (the popup, the options page)
 * cannot be opened or driven, and there is no background target to evaluate in. `ui-page.ts` loads those
 * pages' built scripts in an ordinary page instead. What the extension stores and the host access it has
 * are reached from the browser's own (chrome) scope, which WebDriver BiDi opens to a test when Firefox is
 * started with --remote-allow-system-access: Firefox 153 does, 140's BiDi has no chrome scope yet, and
 * there `privileged` is null.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Settings } from '../../src/settings';
import {
  ensureBuilt,
  extensionDir,
  fixturesDir,
  SCAN_DONE_MARK,
  SCAN_FAILED_MARK,
  startServer,
  type FixtureServer,
} from './harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The current ESR, from Debian's security archive (`firefox-esr`). */
export const FIREFOX_ESR = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/**
 * The oldest Firefox the manifest accepts (strict_min_version 140), unpacked from Debian's main archive by
 * scripts/install-browsers.sh beside the installed one.
 */
export const FIREFOX_140 =
  process.env.FIREFOX_140_PATH ?? path.join(repoRoot, '.browsers/firefox-esr-140/usr/lib/firefox-esr/firefox-esr');

export function firefoxInstalled(executablePath: string): boolean {
  return existsSync(executablePath);
}

/**
 * Saved pages name outside resources. Send every request for another host to a closed local port, so it
 * fails at once instead of waiting for DNS and holding back the load event; only this machine answers.
 */
const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
};

/** Runs as the browser itself, as Firefox does when the reader acts in its own windows. */
export interface Privileged {
  /** Replaces the stored settings (merged over the defaults by the extension's parser), as the popup's switches do. */
  setSettings(settings: Partial<Settings>): Promise<void>;
  /** Grants the manifest's host access, as Firefox does when the reader allows it in its prompt or menu. */
  grantHostAccess(): Promise<void>;
  /** The address of every tab in the browser's windows, extension pages included (a test cannot see those otherwise). */
  tabAddresses(): Promise<string[]>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface ChromeContext {
  context: string;
  'moz:scope'?: string;
}

type EvaluateResult = { type: 'success'; result: { value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * The chrome-scope helpers, when this Firefox's BiDi lists its browser window (`moz:scope`). The code
 * sent is Firefox's own: ExtensionStorageIDB writes storage.local and tells the extension's listeners,
 * as storage.local.set does; ExtensionPermissions.add is what the browser's grant calls.
 */
async function privilegedScope(browser: Browser, addonId: string): Promise<Privileged | null> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' })).result as {
    contexts: ChromeContext[];
  };
  const window = tree.contexts.find((context) => context['moz:scope'] === 'chrome');
  if (!window) return null;
  const run = async (body: string): Promise<unknown> => {
    const { result } = await connection.send('script.evaluate', {
      expression: `(async () => { const extension = WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension; ${body} })()`,
      target: { context: window.context },
      awaitPromise: true,
    });
    const outcome = result as EvaluateResult;
    if (outcome.type !== 'success') throw new Error(`Firefox's chrome scope threw: ${outcome.exceptionDetails.text}`);
    return outcome.result.value;
  };
  return {
    async setSettings(settings) {
      await run(`
        const { ExtensionStorageIDB } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageIDB.sys.mjs');
        const db = await ExtensionStorageIDB.open(ExtensionStorageIDB.getStoragePrincipal(extension));
        const changes = await db.set({ settings: ${JSON.stringify(settings)} });
        if (changes) ExtensionStorageIDB.notifyListeners(extension.id, changes);`);
    },
    async grantHostAccess() {
      await run(`
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        await ExtensionPermissions.add(extension.id, { permissions: [], origins: extension.manifest.host_permissions }, extension);`);
    },
    async tabAddresses() {
      const addresses = await run(`
        const windows = [...Services.wm.getEnumerator('navigator:browser')];
        return JSON.stringify(windows.flatMap((window) => window.gBrowser.tabs.map((tab) => tab.linkedBrowser.currentURI.spec)));`);
      return JSON.parse(String(addresses)) as string[];
    },
  };
}

export interface FirefoxOpenedPage {
  page: Page;
  /** Console errors (with the script they came from), ClaimLens's warnings, and uncaught page exceptions. */
  errors: string[];
}

export interface FirefoxHarness {
  browser: Browser;
  /** "140.12.0", "153.8.0", … */
  version: string;
  /** ClaimLens's add-on id. */
  addonId: string;
  server: FixtureServer;
  /** What a test can do to the extension from the browser's own scope, or null where Firefox does not allow it. */
  privileged: Privileged | null;
  open(pathOrUrl: string): Promise<FirefoxOpenedPage>;
  /** Waits until the content script has finished `count` scans on the page (1: the first scan). */
  waitForScan(page: Page, count?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxHarnessOptions {
  executablePath?: string;
  fixtures?: string;
  /** The unpacked extension to install; defaults to $CLAIMLENS_EXTENSION, else the built extension/. */
  extension?: string;
  /**
   * Whether Firefox grants the manifest's host access at install, as it does by default. False is a reader
   * who has not allowed ClaimLens on any site: its content script does not run.
   */
  grantHostAccess?: boolean;
  viewport?: { width: number; height: number };
}

/** Launches Firefox with a fresh profile and installs a private copy of extension/ as a temporary add-on. */
export async function launchFirefoxHarness(options: FirefoxHarnessOptions = {}): Promise<FirefoxHarness> {
  const executablePath = options.executablePath ?? FIREFOX_ESR;
  if (!firefoxInstalled(executablePath)) {
    throw new Error(`no Firefox at ${executablePath}: run ./scripts/install-browsers.sh`);
  }
  const extension = options.extension ?? process.env.CLAIMLENS_EXTENSION;
  if (!extension) ensureBuilt();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'claimlens-firefox-'));
  // Firefox keeps reading a temporary add-on's folder while it runs: a rebuild must not change it mid-run.
  const extensionCopy = path.join(scratch, 'extension');
  await cp(extension ?? extensionDir, extensionCopy, { recursive: true });
  const server = await startServer(options.fixtures ?? fixturesDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': options.grantHostAccess ?? true,
      ...OFFLINE_PREFS,
    },
  });
  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionCopy);
  } catch (error) {
    await browser.close();
    await server.close();
    throw new Error(`Firefox refused ClaimLens as a temporary add-on: ${String(error)}`);
  }
  const version = (await browser.version()).replace(/^firefox\//, '');
  const privileged = await privilegedScope(browser, addonId);

  async function open(pathOrUrl: string): Promise<FirefoxOpenedPage> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      // Firefox 140 gives the page's address as the source of a content script's message, 153 its
      // moz-extension:// script; ClaimLens's own warnings name it either way.
      if (message.type() === 'error' || (message.type() === 'warn' && text.startsWith('ClaimLens'))) {
        errors.push(`${text} (${message.location().url || 'no source'})`);
      }
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl);
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors };
  }

  async function waitForScan(page: Page, count = 1, timeoutMs = 15_000): Promise<void> {
    const outcome = await page.waitForFunction(
      (done: string, failedMark: string, n: number) => {
        if (performance.getEntriesByName(failedMark, 'mark').length > 0) return 'failed';
        return performance.getEntriesByName(done, 'mark').length >= n ? 'done' : false;
      },
      { timeout: timeoutMs, polling: 50 },
      SCAN_DONE_MARK,
      SCAN_FAILED_MARK,
      count,
    );
    if ((await outcome.jsonValue()) === 'failed') throw new Error(`ClaimLens's scan failed on ${page.url()}`);
  }

  async function close(): Promise<void> {
    await browser.close().catch(() => undefined);
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }

  return { browser, version, addonId, server, privileged, open, waitForScan, close };
}
