/**
 * The one element ClaimLens adds to a page: a fixed, zero-size host on <html> whose shadow root holds the
 * card and a live region, out of reach of the page's CSS and scripts. Removed when ClaimLens is switched off.
 *
 * The card shows what the reader saw on other sites, so the page must not read it:
 * - the shadow root is closed: `host.shadowRoot` is null, and events from inside surface as the host alone;
 * - the host is a plain <div>, never a custom element: a page that defines an element of ClaimLens's name
 *   would run its constructor on the host, break attachShadow, or reach the root through ElementInternals;
 * - the host's inline styles are `!important` over `all: initial`, so page rules cannot restyle it;
 * - what the reader saw elsewhere is drawn by CSS, out of reach of window.find() (find-proof.tsx).
 * Assistive technology reads closed roots as it reads open ones.
 */
import { relatedFactsCss } from './RelatedFacts';
import { cardCss } from './card-css';
import { findProofCss } from './find-proof';

/** Names the host for ClaimLens's own tests and for the reader's devtools; ClaimLens never selects by it. */
export const OVERLAY_HOST_ATTRIBUTE = 'data-claimlens-overlay';

const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; ' +
  'height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; ' +
  'z-index: 2147483647 !important; display: block !important; visibility: visible !important; opacity: 1 !important;';

export interface OverlayHost {
  host: HTMLElement;
  /** Where the card is rendered. */
  mount: HTMLElement;
  /** A visually hidden polite live region for announcing the claim the keyboard stepped to. */
  live: HTMLElement;
  remove(): void;
}

export function createOverlayHost(): OverlayHost {
  const host = document.createElement('div');
  host.setAttribute(OVERLAY_HOST_ATTRIBUTE, '');
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'closed' });
  const css = `${cardCss}\n${relatedFactsCss}\n${findProofCss}`;
  const mount = document.createElement('div');
  const live = document.createElement('div');
  live.className = 'cl-visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  shadow.append(mount, live);
  try {
    // A constructed sheet is not an inline style: a page's Content-Security-Policy cannot block it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  }
  document.documentElement.append(host);
  return { host, mount, live, remove: () => host.remove() };
}
