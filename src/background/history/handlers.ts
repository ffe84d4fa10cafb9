/**
 * Wires related facts into the background: remembers the claims of each page a content script reports
 * (never for private windows, never when the history is off), answers the card's and popup's lookups and
 * the options page's requests, and prunes the history when the retention changes.
 */
import { browser, type Browser } from '../../browser';
import {
  isMessageOf,
  type ClaimsReport,
  type HistoryClear,
  type PackExport,
  type PackImport,
  type PackRemove,
  type RelatedLookup,
  type RelatedStatusRequest,
} from '../../messages';
import { loadSettings, watchSettings } from '../settings-store';
import { reportForHistory } from './address';
import { mayRemember } from './policy';
import { RelatedService } from './service';

/** The shape a page's report or lookup must have before the history reads it. */
function isPageReport(message: { url?: unknown; info?: unknown; claims?: unknown }): boolean {
  return typeof message.url === 'string' && typeof message.info === 'object' && message.info !== null && Array.isArray(message.claims);
}

function answer(work: Promise<unknown>, sendResponse: (response: unknown) => void): true {
  // The callback form (rather than returning a promise) answers in every browser, with or without the polyfill.
  work.then(sendResponse, (error: unknown) => sendResponse({ facts: {}, problem: String(error) }));
  return true;
}

/** Where the last storage problem is kept across service-worker restarts. */
const PROBLEM_KEY = 'relatedProblem';

function keptProblemService(): RelatedService {
  const service = new RelatedService({
    onProblemChange: (problem) => {
      browser.storage.local.set({ [PROBLEM_KEY]: problem }).catch(() => undefined);
    },
  });
  browser.storage.local.get(PROBLEM_KEY).then(
    (stored) => service.restoreProblem(stored[PROBLEM_KEY]),
    () => undefined,
  );
  return service;
}

export function registerRelatedHandlers(service = keptProblemService()): RelatedService {
  const listener = (
    message: unknown,
    sender: Browser.Runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): true | undefined => {
    if (isMessageOf<ClaimsReport>(message, 'claims-report')) {
      const page = mayRemember(sender) && isPageReport(message) ? reportForHistory(message) : null;
      if (page) void loadSettings().then((settings) => service.record(page, settings));
      // No answer: the badge's listener handles the same report.
      return undefined;
    }
    if (isMessageOf<RelatedLookup>(message, 'related-lookup')) {
      if (!isPageReport(message)) return undefined;
      return answer(
        loadSettings().then((settings) => service.lookup(message.claims, message.info, message.url, settings)),
        sendResponse,
      );
    }
    // The options page's requests come from the extension's own pages only, never a content script.
    if (sender.tab && sender.url && !sender.url.startsWith(browser.runtime.getURL(''))) return undefined;
    if (isMessageOf<RelatedStatusRequest>(message, 'related-status')) return answer(service.status(), sendResponse);
    if (isMessageOf<HistoryClear>(message, 'history-clear')) return answer(service.clear(), sendResponse);
    if (isMessageOf<PackImport>(message, 'pack-import') && typeof message.json === 'string') {
      return answer(service.importPack(message.json), sendResponse);
    }
    if (isMessageOf<PackExport>(message, 'pack-export')) return answer(service.exportPack(String(message.id)), sendResponse);
    if (isMessageOf<PackRemove>(message, 'pack-remove')) return answer(service.removePack(String(message.id)), sendResponse);
    return undefined;
  };
  // The typings know "always true" or "never answers"; browsers accept undefined as "not mine, ask the next listener".
  browser.runtime.onMessage.addListener(listener as Browser.Runtime.OnMessageListenerCallback);
  watchSettings((settings) => void service.prune(settings));
  void loadSettings().then((settings) => service.prune(settings));
  return service;
}
