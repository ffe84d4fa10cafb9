/**
 * ClaimLens in Firefox when the reader has not granted it access to web pages, and its own pages there.
 *
 * One Firefox launch with `extensions.originControls.grantByDefault` false: the manifest's host access
 * is not granted at install, as for a reader who has not allowed it. The content script then does not run
 * (checked on the seed article). Firefox will not open moz-extension:// pages under automation, so the
 * popup, the options page and the first-run page run here as their built scripts in an ordinary page,
 * with the extension API stood in by stub/extension-api.js and the real _locales/en messages. Last, the
 * manifest's host access is granted from Firefox's own scope, as its prompt does, and the content script
 * runs. What stays untested in Firefox: the browser's own prompt and `permissions.contains` answering
 * after a grant (the stub answers for the browser), and the background opening the first-run page
 * (tested against a fake browser in test/background/first-run.test.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../src/messages';
import { launchFirefoxHarness, type FirefoxHarness } from './firefox-harness';
import { evaluateIn, type FixtureServer } from './harness';
import { paintedOverlapping, paintedTexts } from './painted';
import { apiCalls, message, routeUiPage, seedPageState, startUiServer } from './ui-page';

const TAB = 7;
const WEB_PAGES = { origins: ['http://*/*', 'https://*/*'] };

let harness: FirefoxHarness;
let ui: FixtureServer;
let seed: PageState;

beforeAll(async () => {
  harness = await launchFirefoxHarness({ grantHostAccess: false });
  ui = await startUiServer();
  seed = seedPageState();
});

afterAll(async () => {
  await harness?.close();
  await ui?.close();
});

async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { timeout: 5000 });
  return (await element!.evaluate((node) => node.textContent ?? '')).trim();
}

describe('Firefox without access to web pages', () => {
  it('does not run ClaimLens on the seed article', async () => {
    const { page, errors } = await harness.open('/seed/article.html');
    // With access, the first highlight comes within a second of the load event (firefox-esr.test.ts).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const marks = await evaluateIn(page, () => performance.getEntriesByType('mark').map((mark) => mark.name), undefined);
    expect(marks.filter((name) => name.startsWith('claimlens'))).toEqual([]);
    expect(await paintedTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox installing ClaimLens without access', () => {
  it('opens the first-run page', async (context) => {
    context.skip(!harness.privileged, `Firefox ${harness.version}'s WebDriver BiDi has no chrome scope to list extension tabs from`);
    await expect.poll(() => harness.privileged!.tabAddresses(), { timeout: 5000 }).toContainEqual(expect.stringMatching(/^moz-extension:\/\/[^/]+\/welcome\.html$/));
  });
});

describe('the popup in Firefox', () => {
  it('says ClaimLens has not been allowed, asks for access when the reader chooses to, has the tab reloaded and lists its claims', async () => {
    const url = routeUiPage(ui, 'popup', 'grant', { tabId: TAB, page: null, hostAccess: false, readerAnswers: true, pageOnceAllowed: seed });
    const { page, errors } = await harness.open(url);
    expect(await textOf(page, '[data-testid="access-missing"] .notice')).toBe(message('accessMissing'));
    expect(await textOf(page, '[data-testid="grant-access"]')).toBe(message('accessGrant'));
    // The general "cannot read this tab" would mislead here.
    expect(await page.$('[data-testid="unavailable"]')).toBeNull();
    expect(await apiCalls(page, 'permissions.request')).toEqual([]);

    await page.click('[data-testid="grant-access"]');
    await page.waitForSelector('[data-testid="claim-count"]', { timeout: 5000 });
    const [request] = await apiCalls(page, 'permissions.request');
    expect(request?.args).toEqual([WEB_PAGES]);
    expect(request?.withUserInput).toBe(true);
    // The popup may be closed by the browser's prompt: it asks the background to reload the tab, before asking for access.
    const asked = (await apiCalls(page)).filter((call) => call.name === 'permissions.request' || call.name === 'runtime.sendMessage');
    expect(asked.map((call) => call.name)).toEqual(['runtime.sendMessage', 'permissions.request']);
    expect(asked[0]?.args).toEqual([{ type: 'reload-when-granted', tabId: TAB }]);
    expect(await textOf(page, '[data-testid="claim-count"]')).toBe(`${seed.claims.length} claims with numbers`);
    expect(seed.claims).toHaveLength(8);
    expect(await page.$$eval('.claim-text', (nodes) => nodes.map((node) => node.textContent))).toEqual(seed.claims.map((claim) => claim.text));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the reader refuses, keeps the button and leaves the tab alone', async () => {
    const url = routeUiPage(ui, 'popup', 'refuse', { tabId: TAB, page: null, hostAccess: false, readerAnswers: false });
    const { page } = await harness.open(url);
    await page.waitForSelector('[data-testid="grant-access"]');
    await page.click('[data-testid="grant-access"]');
    expect(await textOf(page, '[data-testid="access-denied"]')).toBe(message('accessDenied'));
    expect(await page.$('[data-testid="grant-access"]')).not.toBeNull();
    expect(await apiCalls(page, 'tabs.reload')).toEqual([]);
    expect(await textOf(page, '[data-testid="access-missing"] .notice')).toBe(message('accessMissing'));
    await page.close();
  });

  it('keeps the general explanation, and offers no grant, on a silent tab when access is granted', async () => {
    const url = routeUiPage(ui, 'popup', 'silent', { tabId: TAB, page: null, hostAccess: true });
    const { page } = await harness.open(url);
    expect(await textOf(page, '[data-testid="unavailable"]')).toBe(message('popupUnavailable'));
    expect((await apiCalls(page, 'permissions.contains')).map((call) => call.args)).toEqual([[WEB_PAGES]]);
    expect(await page.$('[data-testid="grant-access"]')).toBeNull();
    await page.close();
  });

  it('lists the claims of a page ClaimLens reads, without asking about access, and switches the site off', async () => {
    const url = routeUiPage(ui, 'popup', 'reading', { tabId: TAB, page: seed, hostAccess: true });
    const { page, errors } = await harness.open(url);
    expect(await textOf(page, '[data-testid="claim-count"]')).toBe('8 claims with numbers');
    expect(await textOf(page, '.host')).toBe('news.test');
    expect(await page.$$eval('.switch-row .label > span:first-child', (nodes) => nodes.map((node) => node.textContent))).toEqual([
      message('popupSiteSwitch'),
      message('popupGlobalSwitch'),
    ]);
    expect(await apiCalls(page, 'permissions.contains')).toEqual([]);

    await page.click('[data-testid="site-switch"]');
    await page.waitForFunction(
      () => (window as unknown as { claimLensCalls: { name: string }[] }).claimLensCalls.some((call) => call.name === 'storage.local.set'),
      { timeout: 5000 },
    );
    const [saved] = await apiCalls(page, 'storage.local.set');
    expect((saved?.args[0] as { settings: { disabledSites: string[] } }).settings.disabledSites).toEqual(['news.test']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the options page in Firefox', () => {
  it('shows its words from _locales, fills in placeholders, and saves a choice', async () => {
    const url = routeUiPage(ui, 'options', 'words', {
      tabId: TAB,
      page: null,
      hostAccess: true,
      storage: { settings: { disabledSites: ['example.com'] } },
    });
    const { page, errors } = await harness.open(url);
    expect(await textOf(page, '.options-header .brand')).toBe(message('optionsTitle'));
    expect(await textOf(page, '#highlight-title')).toBe(message('optionsHighlights'));
    const removeLabel = await page.$eval('[data-testid="disabled-sites"] button', (button) => button.getAttribute('aria-label'));
    expect(removeLabel).toBe('Switch ClaimLens back on for example.com');

    await page.click('input[value="background"]');
    await page.waitForFunction(
      () => (window as unknown as { claimLensCalls: { name: string }[] }).claimLensCalls.some((call) => call.name === 'storage.local.set'),
      { timeout: 5000 },
    );
    const [saved] = await apiCalls(page, 'storage.local.set');
    expect((saved?.args[0] as { settings: { highlightStyle: string } }).settings.highlightStyle).toBe('background');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the first-run page in Firefox', () => {
  it('explains the access ClaimLens needs and asks for it', async () => {
    const url = routeUiPage(ui, 'welcome', 'grant', { tabId: TAB, page: null, hostAccess: false, readerAnswers: true });
    const { page, errors } = await harness.open(url);
    expect(await textOf(page, 'h1')).toBe(message('welcomeTitle'));
    expect(await textOf(page, '[data-testid="access-missing"]')).toBe(message('welcomeAccessNeeded'));
    await page.click('[data-testid="grant-access"]');
    expect(await textOf(page, '[data-testid="access-granted"]')).toBe(message('welcomeAccessDone'));
    expect((await apiCalls(page, 'permissions.request')).map((call) => call.args)).toEqual([[WEB_PAGES]]);
    expect(await page.$('[data-testid="grant-access"]')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Last in the file: from here on ClaimLens may read every page of this browser, the pages above included.
describe('Firefox once the reader grants access', () => {
  it('reads the page on its next load and highlights the seed article’s eight claims', async (context) => {
    context.skip(!harness.privileged, `Firefox ${harness.version}'s WebDriver BiDi has no chrome scope to grant from`);
    const { page, errors } = await harness.open('/seed/article.html');
    await harness.privileged!.grantHostAccess();
    await page.reload({ waitUntil: 'load' });
    await harness.waitForScan(page);
    for (const claim of seed.claims) {
      expect(await paintedOverlapping(page, claim.text), claim.text).not.toHaveLength(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
