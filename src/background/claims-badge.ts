/**
 * Keeps each tab's badge in step with its claims: set on a content script's report, cleared when the tab
 * starts loading another page, and recomputed when the settings switch a site or everything off.
 */
import { browser, type Browser } from '../browser';
import type { ClaimsReport } from '../messages';
import type { BackgroundProtocol } from '../messaging/protocol';
import { serve } from '../messaging/serve';
import { isActiveOn, type Settings } from '../settings';
import { isGoneTabError, showBadge } from './badge';
import { loadSettings } from '../messaging/settings-store';
import { forgetTab, recordTab, tabStates } from './tab-state';
import { normaliseHost } from '../messaging/settings-edit';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return normaliseHost(new URL(url).hostname);
  } catch {
    return null;
  }
}

async function paint(tabId: number, count: number, active: boolean): Promise<void> {
  try {
    await showBadge(tabId, count, active);
  } catch (error) {
    if (!isGoneTabError(error)) console.error('ClaimLens: could not update the badge', error);
  }
}

export async function onClaimsReport(report: ClaimsReport, sender: Browser.Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  // Only the top frame's content script speaks for the tab.
  if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return;
  const host = hostOf(sender.url) ?? hostOf(report.url);
  if (host === null) return;
  const count = Number.isSafeInteger(report.count) && report.count >= 0 ? report.count : 0;
  await recordTab(tabId, { host, count });
  await paint(tabId, count, isActiveOn(await loadSettings(), host));
}

export async function repaintAll(settings: Settings): Promise<void> {
  const states = await tabStates();
  await Promise.all(
    [...states].map(([tabId, state]) => paint(tabId, state.count, isActiveOn(settings, state.host))),
  );
}

export function listenForClaims(): void {
  serve<BackgroundProtocol>({
    'claims-report': {
      from: ['content-script'],
      handle: (report, sender) => {
        void onClaimsReport(report, sender);
        // No answer: the history's route handles the same report, and the sender does not wait.
        return undefined;
      },
    },
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void forgetTab(tabId);
      void paint(tabId, 0, false);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
