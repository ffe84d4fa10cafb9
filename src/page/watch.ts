/**
 * Notices content that arrives after the first scan (infinite scroll, live blogs, single-page navigation)
 * through a debounced MutationObserver, handing over only the added nodes so the page is never rescanned
 * whole for a new paragraph.
 */
const DEBOUNCE_MS = 300;
/** A page that never stops changing (a ticking clock, a streaming feed) is still read this often. */
const MAX_WAIT_MS = 1500;

export interface Changes {
  added: Node[];
  /** Whether anything was taken out of the page (the claims in it go too). */
  removedSome: boolean;
}

export class ContentWatcher {
  private readonly observer: MutationObserver;
  /** A set: a text node a page rewrites every second (a clock) is one change, however often it ticks. */
  private readonly added = new Set<Node>();
  private removedSome = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt: number | null = null;

  constructor(
    private readonly onChanges: (changes: Changes) => void,
    /** Nodes ClaimLens itself adds (its overlay host, fallback marks) are not new content. */
    private readonly isOwn: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        this.added.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) if (!this.isOwn(node)) this.added.add(node);
      for (const node of record.removedNodes) if (!this.isOwn(node)) this.removedSome = true;
    }
    if (this.added.size === 0 && !this.removedSome) return;
    const now = performance.now();
    this.firstPendingAt ??= now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    const changes = { added: [...this.added], removedSome: this.removedSome };
    this.firstPendingAt = null;
    this.added.clear();
    this.removedSome = false;
    this.onChanges(changes);
  }

  /** Drops the records of ClaimLens's own changes made just now (the fallback painter's marks). */
  forgetPending(): void {
    this.observer.takeRecords();
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.firstPendingAt = null;
    this.added.clear();
    this.removedSome = false;
  }
}
