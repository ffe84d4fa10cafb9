/**
 * ClaimLens on one page while it is switched on: finds the article, scans it in slices, paints the claims,
 * opens the card on hover or keyboard, follows new content, and takes everything off again on stop().
 */
import type { RelatedFact } from '../core/related/types';
import type { Claim, DocumentInfo } from '../core/types';
import { REPORTED_CLAIMS } from '../messages';
import type { HighlightNumbers, HighlightStyle } from '../settings';
import { extractBlocks } from './article/extract';
import type { TextExtraction } from './article/types';
import { announcement } from '../view/claim';
import { isHiddenByStyle } from './hidden';
import { claimAtPoint } from './hit-test';
import { installKeys } from './keyboard';
import { DWELL_DELAY_MS, effectsBetween, HIDE_DELAY_MS, initialCardState, next, shownClaim, type CardEffect, type CardEvent, type CardState } from './overlay/card-state';
import { Overlay } from './overlay/overlay';
import { createPainter, MARK_TAG, type Painter } from './paint';
import { extensionEngine, loadPageEngine } from './engine-loader';
import { scanOffThread, type EngineAccess } from './offthread-scan';
import { cardClaimOf, claimOf, type PageClaim } from './page-claim';
import { extractArticleOnPage, readInBackground } from './readable-client';
import { addBackgroundFacts } from './related-client';
import {
  afterNextFrame,
  FIRST_HIGHLIGHT_MARK,
  markOnce,
  measured,
  RELATED_DONE_MARK,
  runInSlices,
  SCAN_DONE_MARK,
  SCAN_FAILED_MARK,
  yieldToPage,
} from './timing';
import { ContentWatcher, type Changes } from './watch';

export interface SessionEvents {
  /** The claims on the page changed (a scan finished or content left): the first of them, and how many there are. */
  claimsChanged(first: Claim[], info: DocumentInfo, count: number): void;
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
  return compareStarts(a.range, b.range);
}

function compareStarts(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    return 0;
  }
}

/**
 * Added nodes read per task when a live page changes: a burst of hundreds of paragraphs is extracted a
 * few dozen at a time, each batch then scanned in slices, so the page's own timers keep their turn.
 */
const NODES_PER_BATCH = 32;

/** A page that never stops changing is still reported (badge, popup, related facts) at least this often. */
const REPORT_AT_LEAST_EVERY_MS = 5000;

/** Changes that arrived while ClaimLens was busy, merged until their turn comes. */
interface PendingChanges {
  added: Set<Node>;
  removedSome: boolean;
  /** The page navigated or replaced its article: read it again from the start. */
  rescan: boolean;
}

/** The added nodes still in the article, without those inside another added node (read with it). */
function outermostAdded(added: Set<Node>, root: Element): Node[] {
  const outermost: Node[] = [];
  for (const node of added) {
    if (!root.contains(node)) continue;
    let inner = false;
    for (let parent = node.parentNode; parent && parent !== root; parent = parent.parentNode) {
      if (added.has(parent)) {
        inner = true;
        break;
      }
    }
    if (!inner) outermost.push(node);
  }
  return outermost;
}

/** The engine in the background, with the page's own copy loaded only when the background cannot answer. */
const ENGINE: EngineAccess = { host: extensionEngine, loadPageEngine };

export class PageSession {
  private readonly painter: Painter;
  private readonly overlay = new Overlay();
  private readonly watcher: ContentWatcher;
  private claims: PageClaim[] = [];
  private article: TextExtraction | null = null;
  private info: DocumentInfo | null = null;
  private url = location.href;
  /**
   * Related facts from the reader's history and fact packs, by claim id, for the claims whose card has
   * opened since the claims were last reported (the background is asked when a card opens).
   */
  private backgroundFacts = new Map<string, RelatedFact[]>();
  private stopped = false;
  /** Scans run one after another: a new content scan waits for the one before it. */
  private queue: Promise<void> = Promise.resolve();
  /** Changes not yet read; a scan of them is queued whenever this is not null. */
  private pending: PendingChanges | null = null;
  /** Whether a report of the claims (and their related facts) is queued. */
  private reportQueued = false;
  /** When the claims were last reported (performance.now()), or null before the first report. */
  private lastReportAt: number | null = null;
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
    /** The key claims only (the default), or every number ClaimLens reads. */
    private readonly highlight: HighlightNumbers = 'key',
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

  /** Every claim on the page with its record read (for the popup, which lists them all). */
  claimRecords(): Claim[] {
    return measured('claims listed', () => this.claims.map(claimOf));
  }

  get documentInfo(): DocumentInfo | null {
    return this.info;
  }

  setStyle(style: HighlightStyle): void {
    this.painter.setStyle(style);
  }

  /** Whether the card says why each claim was read so. */
  setReasons(on: boolean): void {
    this.overlay.setReasons(on);
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
    // In slices, with Readability's reading made in the background.
    const extraction = await extractArticleOnPage(document, { isHidden: isHiddenByStyle, url: location.href }, {
      read: readInBackground,
      cancelled: () => this.stopped,
    });
    if (this.stopped) return;
    this.info = extraction?.info ?? null;
    this.article = extraction;
    this.url = location.href;
    if (extraction && !this.stopped) await this.scan([extraction]);
    this.finishScan();
  }

  private async scan(extractions: TextExtraction[]): Promise<void> {
    const info = this.info ?? { title: document.title || null, url: location.href, publisher: null, published: null };
    await scanOffThread(extractions, info, ENGINE, {
      cancelled: () => this.stopped,
      found: (found) => {
        this.painter.paint(found);
        this.watcher.forgetPending();
        this.insertInOrder(found);
        markOnce(FIRST_HIGHLIGHT_MARK);
      },
    }, { highlight: this.highlight });
  }

  /**
   * Puts claims into their place in document order: at the end when they follow the last (a first scan, a
   * page growing at its foot), else found by binary search, so no scan sorts all the claims again.
   */
  private insertInOrder(found: PageClaim[]): void {
    for (const item of found) {
      const last = this.claims.at(-1);
      if (!last || byPosition(last, item) <= 0) {
        this.claims.push(item);
        continue;
      }
      let low = 0;
      let high = this.claims.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (byPosition(this.claims[mid]!, item) <= 0) low = mid + 1;
        else high = mid;
      }
      this.claims.splice(low, 0, item);
    }
  }

  private finishScan(): void {
    if (this.stopped) return;
    measured('painted', () => this.painter.flush());
    this.watcher.forgetPending();
    performance.mark(SCAN_DONE_MARK);
    if (this.reportQueued) return;
    this.reportQueued = true;
    this.enqueue(() => this.report());
  }

  /**
   * Tells the background and the popup what is on the page. A live page still changing is reported once its
   * queued changes are read, or every few seconds.
   */
  private async report(): Promise<void> {
    // Queued right after a scan's last task: start a task of its own.
    await yieldToPage();
    this.reportQueued = false;
    if (this.stopped) return;
    // More content is queued: report after reading it, unless the page has kept changing for a while.
    const now = performance.now();
    if (this.pending && this.lastReportAt !== null && now - this.lastReportAt < REPORT_AT_LEAST_EVERY_MS) return;
    this.lastReportAt = now;
    const info = this.info ?? { title: document.title || null, url: location.href, publisher: null, published: null };
    const first = measured('claims listed', () => this.claims.slice(0, REPORTED_CLAIMS).map(claimOf));
    measured('claims reported', () => this.events.claimsChanged(first, info, this.claims.length));
    // The history may have changed with this report: cards look their facts up anew.
    this.backgroundFacts = new Map();
    // The article's own facts came with each claim's record: read when its card opens.
    performance.mark(RELATED_DONE_MARK);
  }

  /**
   * Asks the background for the history's and packs' facts of the claim whose card opened, then tells the
   * card (which drops an answer to a card opened before it). One claim a lookup: a page of 20,000 claims
   * no longer reads every record to send them all, a thousand a message, before any card can open.
   */
  private async lookUp(item: PageClaim, token: number): Promise<void> {
    if (!this.backgroundFacts.has(item.id)) {
      const info = this.info ?? { title: document.title || null, url: location.href, publisher: null, published: null };
      const claim = claimOf(item);
      const { facts } = await addBackgroundFacts(new Map([[claim.id, []]]), [claim], info, location.href);
      if (this.stopped) return;
      this.backgroundFacts.set(item.id, facts.get(claim.id) ?? []);
    }
    this.dispatch({ type: 'lookup-done', token });
  }

  /** The article's own facts of the claim, then those from history and packs; null until those are in. */
  private factsFor(item: PageClaim | null): RelatedFact[] | null {
    const more = item ? this.backgroundFacts.get(item.id) : undefined;
    if (!item || !more) return null;
    return [...item.records.facts(item.number), ...more];
  }

  /**
   * New or removed content. Changes that arrive while earlier ones are still being read are merged into
   * one pending set, so a burst costs one pass, and only the blocks that arrived are scanned.
   */
  private onChanges(changes: Changes): void {
    if (this.stopped) return;
    const navigated = location.href !== this.url;
    const rootGone = this.article !== null && !this.article.root.isConnected;
    const queued = this.pending !== null;
    const pending = (this.pending ??= { added: new Set(), removedSome: false, rescan: false });
    for (const node of changes.added) pending.added.add(node);
    pending.removedSome ||= changes.removedSome;
    pending.rescan ||= navigated || rootGone || this.article === null;
    if (!queued) this.enqueue(() => this.readPending());
  }

  private async readPending(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (!pending || this.stopped) return;
    if (pending.rescan || this.article === null || !this.article.root.isConnected) {
      this.removeClaims(this.claims);
      await this.scanArticle();
      return;
    }
    const root = this.article.root;
    // Claims whose text left the page (or was rewritten under them) go.
    const left = (item: PageClaim) => !item.range.startContainer.isConnected || item.range.collapsed;
    measured('claims that left removed', () => this.removeClaims(this.claims.filter(left)));
    const added = measured('added nodes listed', () => outermostAdded(pending.added, root));
    for (let from = 0; from < added.length && !this.stopped; from += NODES_PER_BATCH) {
      await yieldToPage();
      const blocks = measured('added blocks extracted', () => {
        const found = extractBlocks(root, added.slice(from, from + NODES_PER_BATCH), { isHidden: isHiddenByStyle });
        // A re-read paragraph brings its old claims again: take the old ones off first.
        for (const block of found) this.removeClaims(this.claimsWithin(block.root));
        return found;
      });
      await yieldToPage();
      await this.scan(blocks);
    }
    this.finishScan();
  }

  /** The claims inside an element: found from its start by binary search over the claims in document order. */
  private claimsWithin(element: Element): PageClaim[] {
    const within = document.createRange();
    within.selectNodeContents(element);
    let low = 0;
    let high = this.claims.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareStarts(this.claims[mid]!.range, within) < 0) low = mid + 1;
      else high = mid;
    }
    const inside: PageClaim[] = [];
    for (let i = low; i < this.claims.length; i++) {
      const item = this.claims[i]!;
      if (!element.contains(item.range.startContainer)) break;
      inside.push(item);
    }
    return inside;
  }

  private removeClaims(items: PageClaim[]): void {
    if (items.length === 0) return;
    const leaving = new Set(items);
    this.dispatch({ type: 'page-mutation', removed: items.map((item) => item.id) });
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
    const id = item?.id ?? null;
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
    return this.claims.find((item) => item.id === id);
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
        this.overlay.show(cardClaimOf(item), this.info, effect.factsReady ? this.factsFor(item) : null);
        return;
      }
      case 'hide':
        this.overlay.hide();
        this.painter.setActive(null);
        return;
      case 'lookup': {
        const item = this.claimById(effect.claimId);
        // After this change of state is over: an answer already at hand is a new event, not part of this one.
        if (item) queueMicrotask(() => void this.lookUp(item, effect.token));
        return;
      }
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
        const index = this.claims.findIndex((item) => item.id === effect.claimId);
        const item = this.claims[index];
        if (item) this.overlay.announce(announcement(claimOf(item), index + 1, this.claims.length));
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
    const current = shown === null ? -1 : this.claims.findIndex((item) => item.id === shown);
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
    const index = this.claims.findIndex((item) => item.id === id);
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
    this.dispatch({ type: 'focus-claim', claimId: item.id });
  }
}
