/**
 * ClaimLens on one page while it is switched on: finds the article, scans it in slices, paints the claims,
 * opens the card on hover or keyboard, follows new content, and takes everything off again on stop().
 */
import type { RelatedFact } from '../core/related/types';
import type { Claim, DocumentInfo } from '../core/types';
import type { HighlightStyle } from '../settings';
import { extractArticle, extractBlocks, type TextExtraction } from './article';
import { announcement } from '../view/claim';
import { isHiddenByStyle } from './hidden';
import { claimAtPoint } from './hit-test';
import { installKeys } from './keyboard';
import { DWELL_DELAY_MS, effectsBetween, HIDE_DELAY_MS, initialCardState, next, shownClaim, type CardEffect, type CardEvent, type CardState } from './overlay/card-state';
import { Overlay } from './overlay/overlay';
import { createPainter, MARK_TAG, type Painter } from './paint';
import { fetchRelatedFacts } from './related-client';
import { scanInSlices, type PageClaim } from './scan';
import { afterNextFrame, FIRST_HIGHLIGHT_MARK, markOnce, measured, SCAN_DONE_MARK, SCAN_FAILED_MARK } from './timing';
import { ContentWatcher, type Changes } from './watch';

export interface SessionEvents {
  /** The claims on the page changed (a scan finished or content left). */
  claimsChanged(claims: Claim[], info: DocumentInfo): void;
}

function isMarkNode(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && element.closest(MARK_TAG) !== null;
}

/**
 * Only the reader's own pointer and keys open or step the card: a page can dispatch a pointermove, keydown
 * or focus of its own at one of its claims, and must not get the card (with the reader's history) that way.
 */
function isFromReader(event: Event): boolean {
  return event.isTrusted;
}

/** Document order, so the keyboard steps through claims as they read. */
function byPosition(a: PageClaim, b: PageClaim): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0;
  }
}

export class PageSession {
  private readonly painter: Painter;
  private readonly overlay = new Overlay();
  private readonly watcher: ContentWatcher;
  private claims: PageClaim[] = [];
  private article: TextExtraction | null = null;
  private info: DocumentInfo | null = null;
  private url = location.href;
  private related = new Map<string, RelatedFact[]>();
  private relatedReady = false;
  private stopped = false;
  /** Scans run one after another: a new content scan waits for the one before it. */
  private queue: Promise<void> = Promise.resolve();
  private pointer: { x: number; y: number } | null = null;
  /** Where the pointer was when it last moved over a claim or the card: tells whether it heads for the card. */
  private lastPointer: { x: number; y: number } | null = null;
  /** The claim the pointer is on, and whether it is on the card: what the state machine was last told. */
  private pointerClaim: string | null = null;
  private pointerOnCard = false;
  private frame = 0;
  /** The card's state (card-state.ts); changed only through dispatch(). */
  private card: CardState = initialCardState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly removeKeys: () => void;

  constructor(
    style: HighlightStyle,
    private readonly events: SessionEvents,
  ) {
    this.painter = createPainter(style);
    this.overlay.onClose = () => this.dispatch({ type: 'close-button' });
    // The overlay host is told by identity: a page could copy any name or attribute ClaimLens gives it.
    this.watcher = new ContentWatcher((changes) => this.onChanges(changes), (node) => this.overlay.owns(node) || isMarkNode(node));
    this.removeKeys = installKeys({
      next: () => this.step(1),
      previous: () => this.step(-1),
      escape: () => this.closeCard({ type: 'key', key: 'Escape' }),
    });
    document.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    // A tap on a touch screen brings no pointermove before it: treat it as pointing at the claim.
    document.addEventListener('pointerdown', this.onPointerMove, { passive: true, capture: true });
    document.documentElement.addEventListener('pointerleave', this.onPointerLeave, { passive: true });
    window.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  start(): void {
    this.enqueue(() => this.scanArticle());
    if (document.body) this.watcher.start(document.body);
  }

  get pageClaims(): readonly PageClaim[] {
    return this.claims;
  }

  get documentInfo(): DocumentInfo | null {
    return this.info;
  }

  setStyle(style: HighlightStyle): void {
    this.painter.setStyle(style);
  }

  stop(): void {
    this.stopped = true;
    this.watcher.stop();
    this.removeKeys();
    document.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    document.removeEventListener('pointerdown', this.onPointerMove, { capture: true });
    document.documentElement.removeEventListener('pointerleave', this.onPointerLeave);
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.overlay.destroy();
    this.painter.clear();
    this.claims = [];
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      // A failure in one scan must not end the session or surface in the page's console as the page's own.
      console.warn('ClaimLens: a scan failed', error);
      performance.mark(SCAN_FAILED_MARK);
    });
  }

  private async scanArticle(): Promise<void> {
    await afterNextFrame();
    if (this.stopped) return;
    const extraction = measured(() => extractArticle(document, { isHidden: isHiddenByStyle, url: location.href }));
    if (this.stopped) return;
    this.info = extraction?.info ?? null;
    this.article = extraction;
    this.url = location.href;
    if (extraction) await this.scan(extraction);
    this.finishScan();
  }

  private async scan(extraction: TextExtraction): Promise<void> {
    const info = this.info ?? { title: document.title || null, url: location.href, publisher: null, published: null };
    await scanInSlices(extraction, info, {
      cancelled: () => this.stopped,
      found: (found) => {
        this.painter.paint(found);
        this.watcher.forgetPending();
        this.claims.push(...found);
        markOnce(FIRST_HIGHLIGHT_MARK);
      },
    });
  }

  private finishScan(): void {
    if (this.stopped) return;
    this.painter.flush();
    this.watcher.forgetPending();
    this.claims.sort(byPosition);
    performance.mark(SCAN_DONE_MARK);
    this.report();
  }

  private report(): void {
    const info = this.info ?? { title: document.title || null, url: location.href, publisher: null, published: null };
    const claims = this.claims.map((item) => item.claim);
    this.events.claimsChanged(claims, info);
    this.relatedReady = false;
    const text = this.article?.text;
    void fetchRelatedFacts(claims, info, location.href, text).then(
      ({ facts }) => {
        if (this.stopped) return;
        this.related = facts;
        this.relatedReady = true;
        const card = this.card;
        if (card.phase === 'idle') return;
        if (card.factsReady) this.overlay.refresh(this.info, this.factsFor(this.overlay.current));
        else this.dispatch({ type: 'lookup-done', token: card.token });
      },
      () => undefined,
    );
  }

  private factsFor(item: PageClaim | null): RelatedFact[] | null {
    if (!item) return null;
    return this.relatedReady ? (this.related.get(item.claim.id) ?? []) : null;
  }

  /** New or removed content: drop the claims that left, scan only the blocks that arrived. */
  private onChanges(changes: Changes): void {
    if (this.stopped) return;
    const navigated = location.href !== this.url;
    const rootGone = this.article !== null && !this.article.root.isConnected;
    if (navigated || rootGone || this.article === null) {
      this.enqueue(async () => {
        this.removeClaims(this.claims);
        await this.scanArticle();
      });
      return;
    }
    const root = this.article.root;
    this.enqueue(async () => {
      const blocks = measured(() => {
        this.removeClaims(this.claims.filter((item) => !item.range.startContainer.isConnected || item.range.collapsed));
        const found = extractBlocks(root, changes.added, { isHidden: isHiddenByStyle });
        // A re-read paragraph brings its old claims again: take the old ones off first.
        this.removeClaims(this.claims.filter((item) => found.some((block) => block.root.contains(item.range.startContainer))));
        return found;
      });
      for (const block of blocks) await this.scan(block);
      this.finishScan();
    });
  }

  private removeClaims(items: PageClaim[]): void {
    if (items.length === 0) return;
    const leaving = new Set(items);
    this.dispatch({ type: 'page-mutation', removed: items.map((item) => item.claim.id) });
    this.painter.unpaint(items);
    this.claims = this.claims.filter((item) => !leaving.has(item));
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!isFromReader(event)) return;
    // A mouse dragging out a selection is not pointing at a claim.
    if (event.type === 'pointermove' && event.pointerType === 'mouse' && event.buttons !== 0) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.overlay.contains(event.target)) {
      this.pointerAt(null, true);
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      // Not recorded as a task: a reading session would fill the page's performance timeline with them.
      if (this.pointer && !this.stopped) this.pointerAt(claimAtPoint(this.claims, this.pointer.x, this.pointer.y), false);
    });
  };

  private readonly onPointerLeave = (event: PointerEvent): void => {
    if (!isFromReader(event)) return;
    this.pointerAt(null, false);
  };

  private readonly onScroll = (event: Event): void => {
    if (isFromReader(event) && this.card.phase !== 'idle') this.dispatch({ type: 'scroll' });
  };

  /** Tells the state machine where the pointer went: onto a claim, onto the card, or elsewhere. */
  private pointerAt(item: PageClaim | null, onCard: boolean): void {
    const id = item?.claim.id ?? null;
    if (this.pointerOnCard && !onCard) {
      this.pointerOnCard = false;
      this.dispatch({ type: 'pointer-leave-card' });
    }
    if (this.pointerClaim !== null && this.pointerClaim !== id) {
      this.pointerClaim = null;
      this.dispatch({ type: 'pointer-leave-claim', towardsCard: onCard || this.headingForCard() });
    }
    if (onCard && !this.pointerOnCard) {
      this.pointerOnCard = true;
      this.dispatch({ type: 'pointer-enter-card' });
    }
    if (id !== null && this.pointerClaim !== id) {
      this.pointerClaim = id;
      this.dispatch({ type: 'pointer-enter-claim', claimId: id });
    }
    if (id !== null || onCard) this.lastPointer = this.pointer;
  }

  /** Whether the pointer got nearer the card since it was last on the claim or the card. */
  private headingForCard(): boolean {
    const box = this.overlay.cardBox();
    if (!box || !this.pointer || !this.lastPointer) return false;
    const distance = (p: { x: number; y: number }) =>
      Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));
    return distance(this.pointer) < distance(this.lastPointer);
  }

  private claimById(id: string): PageClaim | undefined {
    return this.claims.find((item) => item.claim.id === id);
  }

  /** Feeds one event to the card's state machine and runs the effects of the change. */
  private dispatch(event: CardEvent): void {
    if (this.stopped) return;
    const before = this.card;
    this.card = next(before, event);
    for (const effect of effectsBetween(before, this.card)) this.run(effect);
  }

  private run(effect: CardEffect): void {
    switch (effect.type) {
      case 'render': {
        const item = this.claimById(effect.claimId);
        if (!item) return;
        this.painter.setActive(item);
        this.overlay.show(item, this.info, effect.factsReady ? this.factsFor(item) : null);
        return;
      }
      case 'hide':
        this.overlay.hide();
        this.painter.setActive(null);
        return;
      case 'lookup':
        // The page's facts are computed once per scan: answer at once when they are in, else when they arrive.
        if (this.relatedReady) queueMicrotask(() => this.dispatch({ type: 'lookup-done', token: effect.token }));
        return;
      case 'start-hide-timer':
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.dispatch({ type: 'hide-timeout', token: effect.token }), HIDE_DELAY_MS);
        return;
      case 'start-dwell-timer':
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.dispatch({ type: 'dwell-timeout', token: effect.token }), DWELL_DELAY_MS);
        return;
      case 'cancel-timers':
        clearTimeout(this.timer);
        return;
      case 'announce': {
        const index = this.claims.findIndex((item) => item.claim.id === effect.claimId);
        const item = this.claims[index];
        if (item) this.overlay.announce(announcement(item.claim, index + 1, this.claims.length));
        return;
      }
    }
  }

  /** Closes the card through the state machine; whether one was open. */
  private closeCard(event: CardEvent): boolean {
    const open = this.card.phase !== 'idle';
    this.dispatch(event);
    return open;
  }

  /** Steps to the next (1) or previous (-1) claim: scrolls it into view, opens its card and announces it. */
  private step(direction: 1 | -1): void {
    if (this.claims.length === 0) return;
    const shown = shownClaim(this.card);
    const current = shown === null ? -1 : this.claims.findIndex((item) => item.claim.id === shown);
    let index: number;
    if (current >= 0) index = (current + direction + this.claims.length) % this.claims.length;
    else index = direction === 1 ? this.firstInView() : this.lastInView();
    this.reveal(index);
  }

  private firstInView(): number {
    const index = this.claims.findIndex((item) => item.range.getBoundingClientRect().bottom >= 0);
    return index === -1 ? 0 : index;
  }

  private lastInView(): number {
    for (let i = this.claims.length - 1; i >= 0; i--) {
      if (this.claims[i]!.range.getBoundingClientRect().top <= window.innerHeight) return i;
    }
    return this.claims.length - 1;
  }

  /** Shows the claim with this id as the keyboard would; false when it is not on the page. */
  revealClaim(id: string): boolean {
    const index = this.claims.findIndex((item) => item.claim.id === id);
    if (index === -1) return false;
    this.reveal(index);
    return true;
  }

  private reveal(index: number): void {
    const item = this.claims[index];
    if (!item) return;
    const box = item.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      item.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    this.dispatch({ type: 'focus-claim', claimId: item.claim.id });
  }
}
