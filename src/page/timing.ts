/**
 * ClaimLens's own record of its work on the page's main thread. Each task is a performance measure named
 * "claimlens:task"; the first painted highlight and the end of each scan are marks. The page's performance
 * timeline is shared with the content script, so the browser tests and the bench read these to see when a
 * scan finished and how long each task took, without any change to the page's DOM.
 */
import type { Steps } from '../core/steps';

export const TASK_MEASURE = 'claimlens:task';
export const START_MARK = 'claimlens:start';
export const FIRST_HIGHLIGHT_MARK = 'claimlens:first-highlight';
export const SCAN_DONE_MARK = 'claimlens:scan-done';
/** Set per answered scan, with the engine's time and where it ran (background or page) in its detail. */
export const ENGINE_TIME_MARK = 'claimlens:engine-time';
/** Set when the background has read the page's outline with Readability, with its time there in the detail. */
export const READABILITY_TIME_MARK = 'claimlens:readability-time';
/** Set each time the page asks the background for a scan (a lost answer makes a second ask). */
export const ENGINE_ASK_MARK = 'claimlens:engine-ask';
/** Set each time the article's own related facts are worked out after a scan (history and packs come later). */
export const RELATED_DONE_MARK = 'claimlens:related-done';
/** Set instead of SCAN_DONE_MARK when a scan threw, so a waiting test or bench learns of it at once. */
export const SCAN_FAILED_MARK = 'claimlens:scan-failed';

/** Time given to one slice of work before yielding back to the page (well under the 50 ms long-task bar). */
export const SLICE_BUDGET_MS = 8;

/**
 * Runs one synchronous piece of ClaimLens work as a measured task; `what` (the measure's detail) says which
 * work it was, so a long task can be traced to its cause.
 */
export function measured<T>(what: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(TASK_MEASURE, { start, end: performance.now(), detail: what });
  }
}

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

interface Scheduler {
  postTask?: (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * Gives the main thread back to the page: ClaimLens continues in a new task of ordinary priority, queued
 * behind the page's own due timers, input and rendering. Not scheduler.yield(): its continuations jump
 * ahead of the page's tasks, so a long scan made of short slices still starved the page's timers.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const byTimer = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (!scheduler?.postTask) return byTimer();
  try {
    // A browser that refuses a content script's task here still gives it a timer.
    return scheduler.postTask(() => undefined, { priority: 'user-visible' }).catch(byTimer);
  } catch {
    return byTimer();
  }
}

export interface SliceOptions {
  /** What the work is, recorded with each slice's measure. */
  what: string;
  /** Asked between slices: true ends the work early. */
  cancelled?: () => boolean;
  /** Runs at the end of each slice, inside its measure (to paint what the slice found, say). */
  afterSlice?: () => void;
}

/**
 * Runs stepwise work in slices of about SLICE_BUDGET_MS, each measured as a task of its own, giving the
 * page its turn after every slice (the last one too, so whatever ClaimLens does next starts a new task).
 * Resolves with the work's result, or null when cancelled between two slices.
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T | null> {
  for (;;) {
    if (options.cancelled?.()) return null;
    const step = measured(options.what, () => {
      const result = runSlice(steps);
      options.afterSlice?.();
      return result;
    });
    await yieldToPage();
    if (step.done) return step.value;
  }
}

function runSlice<T>(steps: Steps<T>): IteratorResult<void, T> {
  const start = performance.now();
  let step: IteratorResult<void, T>;
  do step = steps.next();
  while (!step.done && performance.now() - start < SLICE_BUDGET_MS);
  return step;
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
