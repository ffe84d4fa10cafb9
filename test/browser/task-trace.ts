/**
 * The browser tasks in which ClaimLens ran, read from a Chromium trace: each task that holds one or more
 * "claimlens:task" measures, with its wall-clock length and its thread (CPU) time.
 *
 * The thread time is what a task costs the page whatever else the machine runs: on a machine with more
 * runnable processes than cores, a 5 ms slice can take 100 ms of wall clock while the renderer waits for
 * a core, which says nothing about ClaimLens. The task is the browser's whole task, not only the measured
 * part, so work ClaimLens leaves unmeasured in the same task (a microtask after a slice, say) still counts.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const TASK_MEASURE = 'claimlens:task';
/** Tasks, user timing, and the garbage collector's pauses (MajorGC, MinorGC). */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', '__metadata'];
const GC_PAUSES = new Set(['MajorGC', 'MinorGC']);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id2?: { local?: string };
  args?: { name?: string; detail?: string; startTime?: number };
}

export interface ClaimLensTask {
  /** What the measures inside it say they did ("scan", "related facts", …). */
  what: string[];
  /** The browser task, wall clock, ms. */
  wallMs: number;
  /** The browser task, thread time of the renderer's main thread, ms. */
  cpuMs: number;
  /** Thread time of the garbage collector's pauses inside the task, ms (the whole renderer's heap, not ClaimLens's alone). */
  gcMs: number;
}

export interface TracedTasks {
  /** Every task ClaimLens ran in. */
  claimLens: ClaimLensTask[];
  /**
   * Thread time the page's main thread spent in tasks between two moments of the page's clock
   * (performance.now()), any task's: what a busy thread, not a busy machine, cost the page then.
   */
  busyMs(from: number, to: number): number;
}

export interface TaskTrace {
  /** Ends the trace and returns the tasks of the page's main thread while it was on. */
  stop(): Promise<TracedTasks>;
}

/** Starts tracing the page's renderer; call before the page loads what is to be measured. */
export async function traceTasks(context: BrowserContext, page: Page): Promise<TaskTrace> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const event of data.value) events.push(event as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  } as never);
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      return claimLensTasks(events);
    },
  };
}

/** Pairs each measure's begin and end, and finds the main-thread task around it. */
function claimLensTasks(events: TraceEvent[]): TracedTasks {
  const open = new Map<string, TraceEvent>();
  let clockOffset: number | undefined;
  const measures: { pid: number; tid: number; start: number; end: number; what: string }[] = [];
  for (const event of events) {
    if (event.name !== TASK_MEASURE || event.cat !== 'blink.user_timing') continue;
    const key = `${event.pid}:${event.id2?.local ?? ''}`;
    if (event.ph === 'b') open.set(key, event);
    else if (event.ph === 'e') {
      const begin = open.get(key);
      open.delete(key);
      const what = begin?.args?.detail ? (JSON.parse(begin.args.detail) as string) : '?';
      if (begin) measures.push({ pid: begin.pid, tid: begin.tid, start: begin.ts, end: event.ts, what });
      // The measure's start on both clocks ties the page's performance.now() to the trace's.
      if (begin?.args?.startTime !== undefined) clockOffset ??= begin.ts - begin.args.startTime * 1000;
    }
  }
  const tasksByThread = new Map<string, TraceEvent[]>();
  const pausesByThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (GC_PAUSES.has(event.name) && event.ph === 'X' && event.dur !== undefined) {
      const key = `${event.pid}:${event.tid}`;
      const list = pausesByThread.get(key) ?? [];
      list.push(event);
      pausesByThread.set(key, list);
      continue;
    }
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.dur === undefined) continue;
    const key = `${event.pid}:${event.tid}`;
    const list = tasksByThread.get(key) ?? [];
    list.push(event);
    tasksByThread.set(key, list);
  }
  for (const list of tasksByThread.values()) list.sort((a, b) => a.ts - b.ts);
  const found = new Map<TraceEvent, ClaimLensTask>();
  for (const measure of measures) {
    const task = taskAround(tasksByThread.get(`${measure.pid}:${measure.tid}`) ?? [], measure.start, measure.end);
    if (!task) continue;
    const entry = found.get(task) ?? {
      what: [],
      wallMs: task.dur! / 1000,
      cpuMs: (task.tdur ?? task.dur!) / 1000,
      gcMs: gcInside(pausesByThread.get(`${task.pid}:${task.tid}`) ?? [], task),
    };
    entry.what.push(measure.what);
    found.set(task, entry);
  }
  if (process.env.CLAIMLENS_TRACE_DEBUG) process.stdout.write(`trace: ${measures.length} measures, ${found.size} tasks\n`);
  const mainThread = measures[0] ? (tasksByThread.get(`${measures[0].pid}:${measures[0].tid}`) ?? []) : [];
  return {
    claimLens: [...found.values()],
    busyMs(from, to) {
      if (clockOffset === undefined) return 0;
      const start = from * 1000 + clockOffset;
      const end = to * 1000 + clockOffset;
      let busy = 0;
      for (const task of mainThread) {
        const overlap = Math.min(end, task.ts + task.dur!) - Math.max(start, task.ts);
        // A task's thread time, in the share of it that fell between the two moments.
        if (overlap > 0) busy += ((task.tdur ?? task.dur!) * overlap) / task.dur! / 1000;
      }
      return busy;
    },
  };
}

/** Thread time of the garbage-collection pauses that ran inside a task. */
function gcInside(pauses: TraceEvent[], task: TraceEvent): number {
  let total = 0;
  for (const pause of pauses) {
    if (pause.ts >= task.ts && pause.ts + pause.dur! <= task.ts + task.dur!) total += (pause.tdur ?? pause.dur!) / 1000;
  }
  return total;
}

/** The outermost task of a thread's (sorted) tasks that spans start..end. */
function taskAround(tasks: TraceEvent[], start: number, end: number): TraceEvent | undefined {
  let low = 0;
  let high = tasks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tasks[mid]!.ts <= start) low = mid + 1;
    else high = mid;
  }
  let outermost: TraceEvent | undefined;
  // Nested tasks (a nested run loop) start inside their parent: look back a few for the outer one.
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) {
    const task = tasks[i]!;
    if (task.ts + task.dur! >= end) outermost = task;
  }
  return outermost;
}

/** "scan ×3, related facts": what a task did, briefly. */
export function describeTask(task: ClaimLensTask): string {
  const counts = new Map<string, number>();
  for (const what of task.what) counts.set(what, (counts.get(what) ?? 0) + 1);
  return [...counts].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what)).join(', ');
}
