/**
 * ClaimLens's own record of its work on the page's main thread. Each task is a performance measure named
 * "claimlens:task"; the first painted highlight and the end of each scan are marks. The page's performance
 * timeline is shared with the content script, so the browser tests and the bench read these to see when a
 * scan finished and how long each task took, without any change to the page's DOM.
 */
export const TASK_MEASURE = 'claimlens:task';
export const START_MARK = 'claimlens:start';
export const FIRST_HIGHLIGHT_MARK = 'claimlens:first-highlight';
export const SCAN_DONE_MARK = 'claimlens:scan-done';
/** Set per answered scan, with the engine's time and where it ran (background or page) in its detail. */
export const ENGINE_TIME_MARK = 'claimlens:engine-time';
/** Set each time the page asks the background for a scan (a lost answer makes a second ask). */
export const ENGINE_ASK_MARK = 'claimlens:engine-ask';
/** Set instead of SCAN_DONE_MARK when a scan threw, so a waiting test or bench learns of it at once. */
export const SCAN_FAILED_MARK = 'claimlens:scan-failed';

/** Time given to one slice of work before yielding back to the page (well under the 50 ms long-task bar). */
export const SLICE_BUDGET_MS = 8;

/** What a task did, kept in its measure's detail so the bench can tell the parts apart. */
export type TaskPart = 'extract' | 'engine' | 'paint' | 'other';

/** Runs one synchronous piece of ClaimLens work as a measured task. */
export function measured<T>(work: () => T, part: TaskPart = 'other'): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(TASK_MEASURE, { start, end: performance.now(), detail: { part } });
  }
}

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the main thread back to the page: input and rendering run before ClaimLens continues. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits until the page has rendered a frame (or 100 ms in a background tab, which renders none), so the
 * style and layout work of a freshly loaded page is the browser's own task and not the first of ClaimLens's.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
