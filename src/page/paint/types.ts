import type { HighlightStyle } from '../../settings';
import type { ClaimStyle } from '../../view/claim';

/** A claim found on the page: the live range of its words and how it looks (painters need nothing else). */
export interface PaintedClaim {
  range: Range;
  style: ClaimStyle;
}

/** Shows claims on the page and takes them off again, leaving the page as it was. */
export interface Painter {
  /** May hold the claims back until flush(); the session calls it when a scan is over. */
  paint(items: PaintedClaim[]): void;
  /** Shows the claims held back; a painter that changes the DOM waits for this, as a scan still maps into it. */
  flush(): void;
  unpaint(items: PaintedClaim[]): void;
  /** Marks the claim whose card is open (or none). */
  setActive(item: PaintedClaim | null): void;
  setStyle(style: HighlightStyle): void;
  /** Takes every claim off the page and removes everything the painter added. */
  clear(): void;
}
