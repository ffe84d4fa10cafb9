/**
 * Notices content that arrives after the first scan (infinite scroll, live blogs, single-page navigation)
 * through a debounced MutationObserver, handing over only the added nodes so the page is never rescanned
 * whole for a new paragraph.
 */
const DEBOUNCE_MS = 300;

export interface Changes {
  added: Node[];
  /** Nodes taken out of the page (their claims go too). */
  removed: Node[];
}

export class ContentWatcher {
  private readonly observer: MutationObserver;
  private added: Node[] = [];
  private removed: Node[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

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
        this.added.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) if (!this.isOwn(node)) this.added.push(node);
      for (const node of record.removedNodes) if (!this.isOwn(node)) this.removed.push(node);
    }
    if (this.added.length === 0 && this.removed.length === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    const changes = { added: this.added, removed: this.removed };
    this.added = [];
    this.removed = [];
    this.onChanges(changes);
  }

  /** Drops the records of ClaimLens's own changes made just now (the fallback painter's marks). */
  forgetPending(): void {
    this.observer.takeRecords();
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.added = [];
    this.removed = [];
  }
}
