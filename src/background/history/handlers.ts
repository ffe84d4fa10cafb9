/**
 * Wires related facts into the background: remembers the claims of each page a content script reports
 * (never for private windows, never when the history is off), answers the card's and popup's lookups and
 * the options page's requests, and prunes the history when the retention changes.
 */
import { browser } from '../../browser';
import type { RelatedLookupResult } from '../../messages';
import type { BackgroundProtocol } from '../../messaging/protocol';
import { serve } from '../../messaging/serve';
import { loadSettings, watchSettings } from '../../messaging/settings-store';
import { reportForHistory } from './address';
import { mayRemember } from './policy';
import { RelatedService } from './service';

/** A lookup that failed answers with no facts and the reason, which the options page shows. */
function failedLookup(error: unknown): RelatedLookupResult {
  return { facts: {}, problem: String(error) };
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
  serve<BackgroundProtocol>({
    'claims-report': {
      from: ['content-script'],
      handle: (report, sender) => {
        const page = mayRemember(sender) ? reportForHistory(report) : null;
        if (page) void loadSettings().then((settings) => service.record(page, settings));
        // No answer: the badge's route handles the same report.
        return undefined;
      },
    },
    // The card asks from its page; the popup's export asks from ClaimLens's own page.
    'related-lookup': {
      from: ['content-script', 'extension'],
      handle: (lookup) => loadSettings().then((settings) => service.lookup(lookup.claims, lookup.info, lookup.url, settings)),
      failed: failedLookup,
    },
    // The options page's requests come from the extension's own pages only, never a content script.
    'related-status': { from: ['extension'], handle: () => service.status() },
    'history-clear': { from: ['extension'], handle: () => service.clear() },
    'pack-import': { from: ['extension'], handle: (message) => service.importPack(message.json) },
    'pack-export': { from: ['extension'], handle: (message) => service.exportPack(message.id) },
    'pack-remove': { from: ['extension'], handle: (message) => service.removePack(message.id) },
  });
  watchSettings((settings) => void service.prune(settings));
  void loadSettings().then((settings) => service.prune(settings));
  return service;
}
