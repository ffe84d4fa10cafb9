/**
 * The background's event handling against an in-memory browser: badge per tab from claim reports,
 * cleared on navigation and when settings switch the site off, and the keyboard command's toggle.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { engineClaims, NO_INFO } from '../messaging/fixtures';
import { createFakeBrowser, settle, type FakeBrowser } from './settings-fake-browser';

let fake: FakeBrowser;

vi.mock('../../src/browser', () => ({
  get browser() {
    return fake;
  },
}));

beforeEach(() => {
  fake = createFakeBrowser();
  vi.resetModules();
});

/** ClaimLens's own content script: the browser gives its messages the extension's id. */
const CONTENT_SCRIPT_ID = 'claimlens@claimlens.dev';

async function startBackground(): Promise<void> {
  await import('../../src/background/main');
}

function report(tabId: number, url: string, count: number, frameId = 0): void {
  const claims = engineClaims(count);
  fake.runtime.onMessage.emit({ type: 'claims-report', url, info: NO_INFO, count, claims }, { id: CONTENT_SCRIPT_ID, tab: { id: tabId }, frameId, url });
}

describe('the badge', () => {
  it('counts each tab’s claims separately', async () => {
    await startBackground();
    report(1, 'https://news.example.com/a', 8);
    report(2, 'https://other.example.org/b', 3);
    await settle();
    expect(fake.badges.get(1)).toBe('8');
    expect(fake.badges.get(2)).toBe('3');
  });

  it('shows how many claims the page counts, not how many the report carries', async () => {
    await startBackground();
    // A big page sends its first claims only (REPORTED_CLAIMS), with the count of them all.
    const firstClaims = engineClaims(2);
    const url = 'https://news.example.com/big';
    fake.runtime.onMessage.emit({ type: 'claims-report', url, info: NO_INFO, count: 500, claims: firstClaims }, { id: CONTENT_SCRIPT_ID, tab: { id: 1 }, frameId: 0, url });
    await settle();
    expect(fake.badges.get(1)).toBe('500');
  });

  it('ignores reports from frames inside the page', async () => {
    await startBackground();
    report(1, 'https://ads.example.net/frame', 5, 7);
    await settle();
    expect(fake.badges.has(1)).toBe(false);
  });

  it('ignores a report out of the protocol’s shape, and one from another extension', async () => {
    await startBackground();
    const url = 'https://news.example.com/a';
    const forged = { type: 'claims-report', url, info: NO_INFO, count: 9, claims: [{ id: 'c0' }] };
    fake.runtime.onMessage.emit(forged, { id: CONTENT_SCRIPT_ID, tab: { id: 1 }, frameId: 0, url });
    fake.runtime.onMessage.emit({ ...forged, claims: engineClaims(1) }, { id: 'another-extension', tab: { id: 2 }, frameId: 0, url });
    await settle();
    expect(fake.badges.has(1)).toBe(false);
    expect(fake.badges.has(2)).toBe(false);
  });

  it('clears when the tab starts loading another page', async () => {
    await startBackground();
    report(1, 'https://news.example.com/a', 8);
    await settle();
    fake.tabs.onUpdated.emit(1, { status: 'loading' });
    await settle();
    expect(fake.badges.get(1)).toBe('');
  });

  it('clears when the site is switched off, and comes back when it is switched on', async () => {
    await startBackground();
    report(1, 'https://news.example.com/a', 8);
    report(2, 'https://other.example.org/b', 3);
    await settle();
    await fake.storage.local.set({ settings: { disabledSites: ['news.example.com'] } });
    await settle();
    expect(fake.badges.get(1)).toBe('');
    expect(fake.badges.get(2)).toBe('3');
    await fake.storage.local.set({ settings: { disabledSites: [] } });
    await settle();
    expect(fake.badges.get(1)).toBe('8');
  });

  it('stays empty when everything is off', async () => {
    await fake.storage.local.set({ settings: { enabled: false } });
    await startBackground();
    report(1, 'https://news.example.com/a', 8);
    await settle();
    expect(fake.badges.get(1)).toBe('');
  });

  it('still clears a switched-off site after the background was stopped and woke up again', async () => {
    await startBackground();
    report(1, 'https://news.example.com/a', 8);
    await settle();
    // A new worker: fresh module state, the same session storage.
    vi.resetModules();
    fake.storage.onChanged.listeners.length = 0;
    fake.runtime.onMessage.listeners.length = 0;
    await startBackground();
    await fake.storage.local.set({ settings: { disabledSites: ['news.example.com'] } });
    await settle();
    expect(fake.badges.get(1)).toBe('');
  });
});

describe('the toggle-site command', () => {
  it('switches the active tab’s host off and on', async () => {
    fake.pages.set(4, { host: 'news.example.com', active: true });
    fake.setActiveTab(4);
    const { runCommand } = await import('../../src/background/commands');
    expect(await runCommand('toggle-site')).toEqual({ ok: true, host: 'news.example.com', activeOnSite: false });
    expect(fake.storage.local.items.get('settings')).toMatchObject({ disabledSites: ['news.example.com'] });
    expect(await runCommand('toggle-site')).toEqual({ ok: true, host: 'news.example.com', activeOnSite: true });
    expect(fake.storage.local.items.get('settings')).toMatchObject({ disabledSites: [] });
  });

  it('uses the tab the browser passes with the command', async () => {
    fake.pages.set(4, { host: 'news.example.com', active: true });
    fake.pages.set(5, { host: 'other.example.org', active: true });
    fake.setActiveTab(4);
    const { runCommand } = await import('../../src/background/commands');
    expect(await runCommand('toggle-site', 5)).toMatchObject({ ok: true, host: 'other.example.org' });
  });

  it('says why when the tab has no content script, and changes nothing', async () => {
    fake.pages.set(4, 'no-content-script');
    fake.setActiveTab(4);
    const { runCommand } = await import('../../src/background/commands');
    expect(await runCommand('toggle-site')).toEqual({ ok: false, reason: 'ClaimLens is not running on this tab' });
    expect(fake.storage.local.items.has('settings')).toBe(false);
  });

  it('reports a full storage instead of throwing', async () => {
    fake = createFakeBrowser({ localQuotaBytes: 20 });
    fake.pages.set(4, { host: 'news.example.com', active: true });
    fake.setActiveTab(4);
    const { runCommand } = await import('../../src/background/commands');
    const outcome = await runCommand('toggle-site');
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toMatch(/could not be saved \(QUOTA_BYTES quota exceeded\)/);
  });

  it('rejects an unknown command', async () => {
    const { runCommand } = await import('../../src/background/commands');
    expect(await runCommand('launch-rockets')).toEqual({ ok: false, reason: 'unknown command "launch-rockets"' });
  });
});
