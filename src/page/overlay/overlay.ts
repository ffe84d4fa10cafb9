/**
 * Opens and closes the card next to a claim, keeps it placed while the page scrolls (flipping at the
 * viewport's edge), and announces stepped-to claims. Never moves focus: the reader keeps their place.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { RelatedFact } from '../../core/related/types';
import type { DocumentInfo } from '../../core/types';
import type { CardClaim } from '../page-claim';
import { reasonLines } from '../../view/claim';
import { Card } from './Card';
import { createOverlayHost, type OverlayHost } from './host';

function anchorOf(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

const CARD_GAP = 6;

/** The height of the claim's first line box: the room the line below it takes. */
function lineHeightOf(range: Range): number {
  const first = range.getClientRects()[0];
  return first ? first.height : 0;
}

export class Overlay {
  /** What closing the card from its own button does (the session also clears the active highlight). */
  onClose: () => void = () => this.hide();
  private host: OverlayHost | null = null;
  private shown: CardClaim | null = null;
  private shownInfo: DocumentInfo | null = null;
  private shownFacts: RelatedFact[] | null = null;
  /** Whether the card says why the claim was read so (the reader's setting). */
  private reasons = false;
  private stopTracking: (() => void) | null = null;

  /** Whether an event target is the card (events inside the shadow root surface as its host). */
  contains(target: EventTarget | null): boolean {
    return this.host !== null && target === this.host.host;
  }

  /** Whether a node is the overlay's host (all the page can see of it). */
  owns(node: Node): boolean {
    return this.host !== null && this.host.host.contains(node);
  }

  /** Where the open card is on screen, or null. */
  cardBox(): DOMRect | null {
    const card = this.shown && this.host ? (this.host.mount.firstElementChild as HTMLElement | null) : null;
    return card ? card.getBoundingClientRect() : null;
  }

  private ensureHost(): OverlayHost {
    if (!this.host || !this.host.host.isConnected) this.host = createOverlayHost();
    return this.host;
  }

  show(item: CardClaim, info: DocumentInfo | null, facts: RelatedFact[] | null): void {
    const host = this.ensureHost();
    // The same claim shown again (its facts arrived): each showing reads its record anew, so compare its range.
    const same = this.shown?.range === item.range;
    this.shown = item;
    this.shownInfo = info;
    this.shownFacts = facts;
    render(h(Card, { item, info, facts, reasons: this.reasons ? reasonLines(item.claim) : null, onClose: this.onClose }), host.mount);
    if (same) return;
    this.stopTracking?.();
    const card = host.mount.firstElementChild as HTMLElement | null;
    if (!card) return;
    const anchor = anchorOf(item.range);
    const place = () => {
      void computePosition(anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          // One line's height of room between the claim and the card, so the line the reader goes on to
          // stays readable; the pointer crossing it to the card gets the card's hide delay.
          offset(() => lineHeightOf(item.range) + CARD_GAP),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Where neither side has room for the whole card, it scrolls inside the room there is.
          size({
            padding: 8,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    this.stopTracking = autoUpdate(anchor, card, place, { animationFrame: false });
  }

  /** Whether the card says why; an open card is drawn again at once. */
  setReasons(on: boolean): void {
    if (this.reasons === on) return;
    this.reasons = on;
    if (this.shown) this.show(this.shown, this.shownInfo, this.shownFacts);
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = null;
    this.shown = null;
    this.shownInfo = null;
    this.shownFacts = null;
    if (this.host) render(null, this.host.mount);
  }

  announce(text: string): void {
    const { live } = this.ensureHost();
    live.textContent = text;
  }

  /** Removes the card and its host from the page. */
  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
  }
}
