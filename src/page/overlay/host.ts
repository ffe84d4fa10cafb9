/**
 * The one element ClaimLens adds to a page: a fixed, zero-size host on <html> whose shadow root holds the
 * card and a live region, out of reach of the page's CSS. Removed when ClaimLens is switched off.
 */
import { relatedFactsCss } from '../../ui/related/RelatedFacts';
import { cardCss } from './card-css';

export const OVERLAY_TAG = 'claimlens-overlay';

export interface OverlayHost {
  host: HTMLElement;
  /** Where the card is rendered. */
  mount: HTMLElement;
  /** A visually hidden polite live region for announcing the claim the keyboard stepped to. */
  live: HTMLElement;
  remove(): void;
}

export function createOverlayHost(): OverlayHost {
  const host = document.createElement(OVERLAY_TAG);
  host.style.cssText =
    'position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; ' +
    'margin: 0 !important; padding: 0 !important; border: 0 !important; z-index: 2147483647 !important; display: block !important;';
  // Open, so assistive technology and tests can read the card; it holds nothing the page cannot already see.
  const shadow = host.attachShadow({ mode: 'open' });
  const css = `${cardCss}\n${relatedFactsCss}`;
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
