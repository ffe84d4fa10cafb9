/** The first-run page opens on install only where the browser left ClaimLens without access to web pages. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, settle, type FakeBrowser } from './settings-fake-browser';

let fake: FakeBrowser;

vi.mock('../../src/browser', () => ({
  get browser() {
    return fake;
  },
}));

beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
  await import('../../src/background/main');
});

describe('the first-run page', () => {
  it('opens when ClaimLens is installed without access to web pages', async () => {
    fake.setHostAccess(false);
    fake.runtime.onInstalled.emit({ reason: 'install' });
    await settle();
    expect(fake.createdTabs).toEqual(['extension://claimlens/welcome.html']);
  });

  it('stays closed when the browser granted access at install', async () => {
    fake.setHostAccess(true);
    fake.runtime.onInstalled.emit({ reason: 'install' });
    await settle();
    expect(fake.createdTabs).toEqual([]);
  });

  it('stays closed on an update, even without access', async () => {
    fake.setHostAccess(false);
    fake.runtime.onInstalled.emit({ reason: 'update' });
    await settle();
    expect(fake.createdTabs).toEqual([]);
  });
});
