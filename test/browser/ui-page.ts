/**
 * Runs an extension page's built script (popup.js, options.js, welcome.js) in an ordinary http page, for
 * browsers that will not let a test open moz-extension:// pages (Firefox). The page gets the built
 * script, its stylesheet and the icons from the extension folder, and a stand-in for the WebExtension API
 * (`stub/extension-api.js`) whose i18n reads the real _locales; what the page asked of the API is read
 * back with `apiCalls`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { Claim, DocumentInfo } from '../../src/core/types';
import type { PageState } from '../../src/messages';
import { extensionDir, startServer, type FixtureServer } from './harness';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const STUB = readFileSync(path.join(here, 'stub/extension-api.js'), 'utf8');

export interface StubConfig {
  /** The tab the popup speaks for. */
  tabId: number;
  /** What the tab's content script answers, or null when none runs there. */
  page: PageState | null;
  /** Whether the browser has granted the manifest's host access. */
  hostAccess: boolean;
  /** The reader's answer to the browser's permission prompt. */
  readerAnswers?: boolean;
  /** What the tab's content script reports once access is granted and the tab reloaded. */
  pageOnceAllowed?: PageState;
  /** storage.local's items at the start. */
  storage?: Record<string, unknown>;
}

export interface ApiCall {
  name: string;
  args: unknown[];
  withUserInput?: boolean | null;
}

/** The English messages, as the browser would read them from the built extension. */
export function englishMessages(): Record<string, { message: string }> {
  return JSON.parse(readFileSync(path.join(extensionDir, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
}

/** The text of a message with no substitutions, for asserting what a page shows. */
export function message(name: string): string {
  const entry = englishMessages()[name];
  if (!entry) throw new Error(`no message ${name} in _locales/en`);
  return entry.message;
}

/** The seed article's claims as ClaimLens's engine finds them (the scanner runs the same engine as the content script). */
export function seedPageState(): PageState {
  const bundle = path.join(repoRoot, 'dist/claimlens.mjs');
  if (!existsSync(bundle)) execFileSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  const scan = JSON.parse(
    execFileSync(process.execPath, [path.join(repoRoot, 'bin/claimlens.mjs'), 'scan', '--json', path.join(repoRoot, 'test/fixtures/pages/seed/article.html')], {
      encoding: 'utf8',
    }),
  ) as DocumentInfo & { claims: Claim[] };
  const info: DocumentInfo = { title: scan.title, url: scan.url, publisher: scan.publisher, published: scan.published ?? null };
  return { host: 'news.test', active: true, info, claims: scan.claims };
}

/** Serves the extension folder with a route per page under test; one per test file. */
export async function startUiServer(): Promise<FixtureServer> {
  return startServer(extensionDir);
}

/** Registers `/test-<name>-<id>.html`: the page's markup, the stub configured with `config`, then its script. */
export function routeUiPage(server: FixtureServer, name: 'popup' | 'options' | 'welcome', id: string, config: StubConfig): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as unknown;
  const stubConfig = { ...config, messages: englishMessages(), manifest };
  // JSON inside a script element: escape '<' so no text in it can close the element.
  const stub =
    `<script>window.claimLensStub = ${JSON.stringify(stubConfig).replace(/</g, '\\u003c')};</script>\n` +
    `<script>${STUB}</script>\n<script src="${name}.js"></script>`;
  // A function, so the '$' patterns in the stub's code are not read as replacement patterns.
  const markup = readFileSync(path.join(extensionDir, `${name}.html`), 'utf8').replace(`<script src="${name}.js"></script>`, () => stub);
  const pathname = `/test-${name}-${id}.html`;
  server.route(pathname, markup);
  return server.url(`${pathname}${name === 'popup' ? `?tab=${config.tabId}` : ''}`);
}

/** What the page under test asked of the extension API, in order. */
export async function apiCalls(page: Page, name?: string): Promise<ApiCall[]> {
  const calls = await page.evaluate(() => (window as unknown as { claimLensCalls: ApiCall[] }).claimLensCalls);
  return name ? calls.filter((call) => call.name === name) : calls;
}
