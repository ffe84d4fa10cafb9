/**
 * The first-run page: when ClaimLens is installed without access to web pages (Firefox asks the reader
 * for it), open a page that says what ClaimLens does with that access and lets the reader grant it.
 * Where the browser granted it at install there is nothing to explain, and no tab is opened.
 */
import { browser, type Browser } from '../browser';
import { hasHostAccess } from '../messaging/host-access';

export const WELCOME_PAGE = 'welcome.html';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details: Browser.Runtime.OnInstalledDetailsType) => {
    if (details.reason === 'install') void welcomeIfAccessMissing();
  });
}

async function welcomeIfAccessMissing(): Promise<void> {
  try {
    if (await hasHostAccess()) return;
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  } catch (error) {
    // The popup still explains the missing access; the welcome page is a courtesy.
    console.warn('ClaimLens: could not open the welcome page', error);
  }
}
