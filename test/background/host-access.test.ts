/**
 * The background's part of the grant: the popup names its tab before asking for access (it may be closed
 * by the browser's prompt), and the background reloads that tab once the access arrives, so the content
 * script runs there.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, settle, type FakeBrowser } from './settings-fake-browser';

let fake: FakeBrowser;

vi.mock('../../src/browser', () => ({
  get browser() {
    return fake;
  },
}));

const POPUP = { id: 'claimlens@claimlens.dev', url: 'extension://claimlens/popup.html' };

beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
  await import('../../src/background/main');
});

function grant(): void {
  fake.setHostAccess(true);
  fake.permissions.onAdded.emit({ origins: ['http://*/*', 'https://*/*'] });
}

describe('reloading the tab once access is granted', () => {
  it('reloads the tab the popup named, once', async () => {
    fake.setHostAccess(false);
    fake.runtime.onMessage.emit({ type: 'reload-when-granted', tabId: 7 }, POPUP);
    await settle();
    grant();
    await settle();
    expect(fake.tabs.reloaded).toEqual([7]);
    grant();
    await settle();
    expect(fake.tabs.reloaded).toEqual([7]);
  });

  it('reloads nothing when what was granted is not the access to web pages', async () => {
    fake.setHostAccess(false);
    fake.runtime.onMessage.emit({ type: 'reload-when-granted', tabId: 7 }, POPUP);
    await settle();
    fake.permissions.onAdded.emit({ origins: ['https://example.com/*'] });
    await settle();
    expect(fake.tabs.reloaded).toEqual([]);
  });

  it('takes no such request from a page’s content script', async () => {
    fake.setHostAccess(false);
    fake.runtime.onMessage.emit({ type: 'reload-when-granted', tabId: 7 }, { id: POPUP.id, url: 'https://news.example.com/', tab: { id: 3 } });
    await settle();
    grant();
    await settle();
    expect(fake.tabs.reloaded).toEqual([]);
  });
});
