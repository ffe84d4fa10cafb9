/**
 * Paints claims with the CSS Custom Highlight API: the ranges are registered in CSS.highlights and styled
 * by ::highlight() rules in a constructed stylesheet, so the page's DOM never changes.
 */
import type { HighlightStyle } from '../../settings';
import type { ClaimStyle } from '../format';
import { highlightCss } from './styles';
import type { PaintedClaim, Painter } from './types';

const STYLES: ClaimStyle[] = ['attributed', 'unattributed', 'hedged'];
export const ACTIVE_HIGHLIGHT = 'claimlens-active';

export function highlightName(style: ClaimStyle): string {
  return `claimlens-${style}`;
}

/** Whether this browser paints ranges without DOM changes (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter implements Painter {
  private readonly highlights = new Map<ClaimStyle, Highlight>();
  private readonly active = new Highlight();
  private readonly sheet = new CSSStyleSheet();

  constructor(style: HighlightStyle) {
    this.setStyle(style);
    this.adoptSheet();
    for (const claimStyle of STYLES) {
      const highlight = new Highlight();
      this.highlights.set(claimStyle, highlight);
      CSS.highlights.set(highlightName(claimStyle), highlight);
    }
    // Above the style highlights, so the claim whose card is open stands out.
    this.active.priority = 1;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** A page that replaces document.adoptedStyleSheets drops ours: put it back when painting again. */
  private adoptSheet(): void {
    if (!document.adoptedStyleSheets.includes(this.sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
  }

  paint(items: PaintedClaim[]): void {
    if (items.length === 0) return;
    this.adoptSheet();
    for (const item of items) this.highlights.get(item.style)?.add(item.range);
  }

  unpaint(items: PaintedClaim[]): void {
    for (const item of items) {
      this.highlights.get(item.style)?.delete(item.range);
      this.active.delete(item.range);
    }
  }

  setActive(item: PaintedClaim | null): void {
    this.active.clear();
    if (item) this.active.add(item.range);
  }

  setStyle(style: HighlightStyle): void {
    this.sheet.replaceSync(highlightCss(style));
  }

  clear(): void {
    for (const claimStyle of STYLES) CSS.highlights.delete(highlightName(claimStyle));
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.highlights.clear();
    this.active.clear();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}
