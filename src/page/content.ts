/**
 * The content script's entry point: runs a PageSession while ClaimLens is on for this site, ends it (and
 * with it every highlight and the card) when the reader switches it off, and answers the popup.
 */
import { browser } from '../browser';
import type { Claim, DocumentInfo } from '../core/types';
import { REPORTED_CLAIMS, type PageState } from '../messages';
import type { ContentProtocol } from '../messaging/protocol';
import { serve } from '../messaging/serve';
import { notifyBackground } from '../messaging/send';
import { isActiveOn, parseSettings, SETTINGS_KEY, type Settings } from '../settings';
import { PageSession } from './session';
import { START_MARK } from './timing';

performance.mark(START_MARK);

const host = location.hostname;
let session: PageSession | null = null;
let settings: Settings = parseSettings(undefined);

function emptyInfo(): DocumentInfo {
  return { title: document.title || null, url: location.href, publisher: null, published: null };
}

function report(claims: Claim[], info: DocumentInfo, count = claims.length): void {
  notifyBackground({ type: 'claims-report', url: location.href, info, count, claims: claims.slice(0, REPORTED_CLAIMS) });
}

function apply(next: Settings): void {
  const previous = settings;
  settings = next;
  const active = isActiveOn(next, host);
  if (!active) {
    if (session) {
      session.stop();
      session = null;
      report([], emptyInfo());
    }
    return;
  }
  // Which numbers are highlighted changes what the scan finds: scan afresh.
  if (session && previous.highlightNumbers !== next.highlightNumbers) {
    session.stop();
    session = null;
  }
  if (!session) {
    session = new PageSession(next.highlightStyle, { claimsChanged: report }, next.highlightNumbers);
    session.start();
  } else if (previous.highlightStyle !== next.highlightStyle) {
    session.setStyle(next.highlightStyle);
  }
  session.setReasons(next.showReasons);
}

function pageState(): PageState {
  return {
    host,
    active: session !== null,
    info: session?.documentInfo ?? emptyInfo(),
    claims: session?.claimRecords() ?? [],
  };
}

// The popup and the keyboard command ask; both are ClaimLens's own (a web page cannot message its content script).
serve<ContentProtocol>({
  'get-page-state': { from: ['extension'], handle: () => pageState() },
  'reveal-claim': { from: ['extension'], handle: (message) => session?.revealClaim(message.id) ?? false },
});

browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_KEY];
  if (area === 'local' && change) apply(parseSettings(change.newValue));
});

browser.storage.local.get(SETTINGS_KEY).then(
  (stored) => apply(parseSettings(stored[SETTINGS_KEY])),
  () => apply(parseSettings(undefined)),
);
