/**
 * Paints claims with the CSS Custom Highlight API: the ranges are registered in CSS.highlights and styled
 * by ::highlight() rules in a constructed stylesheet, so the page's DOM never changes.
 *
 * CSS.highlights, the Highlight objects in it, their ranges and document.adoptedStyleSheets all belong to
 * the page as much as to ClaimLens: a page can add ranges of its own (fake ClaimLens underlines), move
 * ClaimLens's ranges, replace or delete its highlights, clear the registry or drop its stylesheet. So the
 * registry holds copies of the claims' ranges (the session hit-tests the originals, which the page never
 * sees), and `guard()` puts everything back as ClaimLens left it, on a timer. Each paint looks only at what
 * costs nothing to look at (the registry, the priorities, the sizes): looking at every range on every
 * paint made painting a page of 20,000 claims cost in proportion to the square of their number.
 */
import type { HighlightStyle } from '../../settings';
import type { ClaimStyle } from '../../view/claim';
import { measured } from '../timing';
import { highlightCss } from './styles';
import type { PaintedClaim, Painter } from './types';

const STYLES: ClaimStyle[] = ['attributed', 'unattributed', 'hedged'];
export const ACTIVE_HIGHLIGHT = 'claimlens-active';
/** How soon a page's change to ClaimLens's highlights is undone at the latest. */
export const GUARD_INTERVAL_MS = 1000;
/** Above the style highlights, so the claim whose card is open stands out. */
const ACTIVE_PRIORITY = 1;

export function highlightName(style: ClaimStyle): string {
  return `claimlens-${style}`;
}

/** Whether this browser paints ranges without DOM changes (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * document.adoptedStyleSheets as a plain array. It is a FrozenArray in some browsers and an ObservableArray
 * without `includes` or `filter` in others (Firefox ESR 140): only iteration is common to all.
 */
function adoptedSheets(): CSSStyleSheet[] {
  return Array.from(document.adoptedStyleSheets);
}

function sameBoundaries(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

/** One registered highlight and exactly the ranges ClaimLens put in it (copy → the claim's own range). */
interface OwnHighlight {
  name: string;
  highlight: Highlight;
  priority: number;
  shown: Map<Range, Range>;
}

function ownHighlight(name: string, priority: number): OwnHighlight {
  const highlight = new Highlight();
  highlight.priority = priority;
  return { name, highlight, priority, shown: new Map() };
}

/** Whether the page has unregistered, replaced or reprioritised a highlight, or added or removed ranges. */
function isVisiblyTampered(own: OwnHighlight): boolean {
  return CSS.highlights.get(own.name) !== own.highlight || own.highlight.priority !== own.priority || own.highlight.size !== own.shown.size;
}

/**
 * Whether the page has touched a highlight: unregistered or replaced it, reprioritised it, added, removed or
 * moved ranges. A Highlight is a set, so holding each of ClaimLens's copies at ClaimLens's size means it holds
 * nothing else. The check never iterates the Highlight: Firefox's content scripts see page-realm objects
 * through Xray wrappers, which refuse iterators ("Xray wrapping of iterators not supported").
 */
function isTampered(own: OwnHighlight): boolean {
  if (isVisiblyTampered(own)) return true;
  for (const [copy, original] of own.shown) {
    if (!own.highlight.has(copy) || !sameBoundaries(copy, original)) return true;
  }
  return false;
}

function restore(own: OwnHighlight): void {
  own.highlight.clear();
  own.highlight.priority = own.priority;
  for (const [copy, original] of own.shown) {
    copy.setStart(original.startContainer, original.startOffset);
    copy.setEnd(original.endContainer, original.endOffset);
    own.highlight.add(copy);
  }
  CSS.highlights.set(own.name, own.highlight);
}

export class HighlightPainter implements Painter {
  private readonly byStyle = new Map<ClaimStyle, OwnHighlight>();
  private readonly active = ownHighlight(ACTIVE_HIGHLIGHT, ACTIVE_PRIORITY);
  /** Each painted claim's copy of its range, as registered. */
  private readonly copies = new Map<PaintedClaim, Range>();
  private activeItem: PaintedClaim | null = null;
  private readonly sheet = new CSSStyleSheet();
  private css = '';
  /** The rules as the sheet serialises them, to notice a page rewriting them. */
  private sheetRules = '';
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(style: HighlightStyle) {
    this.setStyle(style);
    this.adoptSheet();
    for (const claimStyle of STYLES) {
      const own = ownHighlight(highlightName(claimStyle), 0);
      this.byStyle.set(claimStyle, own);
      CSS.highlights.set(own.name, own.highlight);
    }
    CSS.highlights.set(this.active.name, this.active.highlight);
  }

  /** A page that replaces document.adoptedStyleSheets drops ours: put it back when painting again. */
  private adoptSheet(): void {
    const sheets = adoptedSheets();
    if (!sheets.includes(this.sheet)) document.adoptedStyleSheets = [...sheets, this.sheet];
  }

  private ownHighlights(): OwnHighlight[] {
    return [...this.byStyle.values(), this.active];
  }

  /**
   * Undoes whatever the page did to ClaimLens's highlights and stylesheet since the last look; `thorough`
   * also checks every range (what the timer does), else only what is cheap to check.
   */
  guard(thorough = true): void {
    const tampered = thorough ? isTampered : isVisiblyTampered;
    for (const own of this.ownHighlights()) if (tampered(own)) restore(own);
    if (this.serialisedRules() !== this.sheetRules) {
      this.sheet.replaceSync(this.css);
      this.sheetRules = this.serialisedRules();
    }
    this.adoptSheet();
  }

  private serialisedRules(): string {
    return Array.from(this.sheet.cssRules, (rule) => rule.cssText).join('\n');
  }

  private startGuarding(): void {
    this.timer ??= setInterval(() => measured('highlights guarded', () => this.guard()), GUARD_INTERVAL_MS);
  }

  paint(items: PaintedClaim[]): void {
    if (items.length === 0) return;
    this.guard(false);
    for (const item of items) {
      const own = this.byStyle.get(item.style);
      if (!own || this.copies.has(item)) continue;
      const copy = item.range.cloneRange();
      this.copies.set(item, copy);
      own.shown.set(copy, item.range);
      own.highlight.add(copy);
    }
    this.startGuarding();
  }

  /** Highlights change no DOM, so they are shown at once in paint(). */
  flush(): void {}

  unpaint(items: PaintedClaim[]): void {
    for (const item of items) {
      const copy = this.copies.get(item);
      if (!copy) continue;
      this.copies.delete(item);
      const own = this.byStyle.get(item.style);
      own?.shown.delete(copy);
      own?.highlight.delete(copy);
      if (item === this.activeItem) this.setActive(null);
    }
  }

  setActive(item: PaintedClaim | null): void {
    this.activeItem = item;
    this.active.highlight.clear();
    this.active.shown.clear();
    if (!item) return;
    const copy = item.range.cloneRange();
    this.active.shown.set(copy, item.range);
    this.active.highlight.add(copy);
  }

  setStyle(style: HighlightStyle): void {
    this.css = highlightCss(style);
    this.sheet.replaceSync(this.css);
    this.sheetRules = this.serialisedRules();
  }

  clear(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const own of this.ownHighlights()) {
      // Only ClaimLens's own: a page's highlight under the same name is the page's business.
      if (CSS.highlights.get(own.name) === own.highlight) CSS.highlights.delete(own.name);
      own.highlight.clear();
      own.shown.clear();
    }
    this.byStyle.clear();
    this.copies.clear();
    this.activeItem = null;
    document.adoptedStyleSheets = adoptedSheets().filter((sheet) => sheet !== this.sheet);
  }
}
