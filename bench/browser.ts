/**
 * npm run bench:browser [-- FOLDER] [--throttle N]
 *
 * Loads the built extension in headless Chromium over every .html page in FOLDER (default: the real pages
 * in test/fixtures/pages/readability), served from 127.0.0.1 (outside resources refused), and prints per page:
 * when the content script started and painted its first highlight (from navigation start, and from the
 * script's start), the total main-thread time ClaimLens spent, its longest task (and its longest besides
 * the article's extraction), and the time the engine took off the page (in the background, or on the page
 * when it fell back there). ClaimLens records each of its tasks as a "claimlens:task" performance measure;
 * a longtask observer installed before the page loads cross-checks them (a long task that overlaps one of
 * ClaimLens's tasks is counted).
 *
 * --throttle N slows the page's CPU N times (CDP Emulation.setCPUThrottlingRate on the page's own session,
 * set before it navigates; 4 is Lighthouse's mid-range device). Only the page's renderer is slowed: the
 * background's time is printed as it ran.
 *
 * --thread-time also traces each page and prints ClaimLens's tasks by thread time, which a busy machine does
 * not stretch (throttling does count); tracing costs the page some time itself, so the wall-clock columns
 * of such a run are not those of a run without it.
 *
 * npm run bench:browser -- --claims N
 *
 * Instead of a folder: a made-up article of N claims (bench/generated-page.ts), loaded under a Chromium
 * trace. Prints when the scan and the article's related facts finished, and ClaimLens's tasks by their
 * wall clock and by their thread time (which a busy machine does not stretch), with the garbage
 * collector's pauses inside them, as test/browser/big-page.test.ts reads them; then what the content script
 * keeps alive: the heap in use, its world's objects, and the commonest plain objects by their keys.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fixturesDir, launchHarness, type Harness } from '../test/browser/harness';
import { type ClaimLensTask, describeTask, type TaskTrace, traceTasks } from '../test/browser/task-trace';
import { watchContentHeap } from './content-heap';
import { plainObjectShapes } from './heap-shapes';
import { generatedArticleHtml, paragraphsFor } from './generated-page';

const LONG_TASK_MS = 50;
/** The mark the content script sets per scanned text, with the engine's own time and where it ran in its detail. */
const ENGINE_TIME_MARK = 'claimlens:engine-time';
/** The mark the content script sets when the background has read the page's outline with Readability, its time in the detail. */
const READABILITY_TIME_MARK = 'claimlens:readability-time';
/**
 * The names of the tasks that read the page's DOM to find the article (or the blocks a live page added):
 * the outline Readability reads, its sending to the background, and the collection of the text.
 */
const EXTRACTION_TASKS = ['article outlined', 'article outline sent', 'article extracted', 'added blocks extracted'];
/** The tasks that map and paint the engine's claims in slices (or run the engine itself, on the page). */
const SLICED_TASKS = ['claims checked', 'claims painted', 'scan', 'related facts on the page'];

interface BenchArguments {
  folder: string;
  throttle: number;
  /** Also trace each page for its tasks' thread time (tracing itself costs the page some time). */
  threadTime: boolean;
  generatedClaims: number | null;
}

function parseArguments(argv: string[]): BenchArguments {
  let folder: string | null = null;
  let throttle = 1;
  let generatedClaims: number | null = null;
  let threadTime = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '--thread-time') {
      threadTime = true;
    } else if (argument === '--throttle') {
      const rate = Number(argv[++i]);
      if (!Number.isFinite(rate) || rate < 1) throw new Error(`--throttle wants a rate of 1 or more, not "${argv[i] ?? ''}"`);
      throttle = rate;
    } else if (argument === '--claims') {
      generatedClaims = Number(argv[++i]);
    } else if (argument.startsWith('--')) {
      throw new Error(`unknown option ${argument}`);
    } else {
      folder = argument;
    }
  }
  return { folder: path.resolve(folder ?? path.join(fixturesDir, 'readability')), throttle, threadTime, generatedClaims };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Opens a page with its CPU throttled from before its first script (harness.open would navigate first). */
async function openThrottled(
  harness: Harness,
  pathname: string,
  rate: number,
  beforeNavigation: (page: Page) => Promise<void> = async () => undefined,
): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('ClaimLens')) errors.push(message.text());
  });
  if (rate !== 1) {
    const session = await harness.context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate });
  }
  await beforeNavigation(page);
  await page.goto(harness.server.url(pathname), { waitUntil: 'load' });
  return { page, errors };
}

interface PageFigures {
  page: string;
  claims: number;
  startMs: number | null;
  firstHighlightMs: number | null;
  scanDoneMs: number | null;
  totalMs: number;
  tasks: number;
  longestMs: number;
  /** The longest task that was not reading the page's DOM for the article. */
  longestBesidesExtractionMs: number;
  /** The page's DOM read for the article: its tasks' total. */
  extractionMs: number;
  longTasksOverlapping: number;
  longestOverlappingMs: number;
  /** The engine's own time for this page's scans, and where it ran (background, or the page as a fallback). */
  engineMs: number;
  engineWhere: string;
  /** Readability's time on this page's outline in the background, null when it was not read there. */
  readabilityMs: number | null;
  /** ClaimLens's main-thread time on this page by what the work was (the tasks' names), and its longest task of each. */
  byWork: Record<string, { totalMs: number; longestMs: number }>;
  /**
   * The same tasks by thread time (a Chromium trace): what they cost the page's thread, throttling included,
   * without the time the thread waited for a core on a busy machine. The browser's whole task is counted,
   * so work around ClaimLens's measure in the same task (a garbage collection, a style update) counts too.
   */
  threadTotalMs: number;
  threadLongestMs: number;
  threadLongestWhat: string;
}

function pad(value: string, width: number): string {
  return value.length >= width ? value : value + ' '.repeat(width - value.length);
}

function fixed(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** Where the main-thread time goes: per kind of work (the tasks' names), its total per page and its longest task, median and max over the pages. */
function printByWork(results: PageFigures[]): void {
  const works = [...new Set(results.flatMap((r) => Object.keys(r.byWork)))].sort();
  const rows = works.map((work) => {
    const totals = results.map((r) => r.byWork[work]?.totalMs ?? 0);
    const longest = results.map((r) => r.byWork[work]?.longestMs ?? 0);
    const pages = results.filter((r) => r.byWork[work]).length;
    return [work, String(pages), median(totals).toFixed(1), Math.max(...totals).toFixed(1), median(longest).toFixed(1), Math.max(...longest).toFixed(1)];
  });
  const header = ['ClaimLens work', 'pages', 'total ms median', 'total ms max', 'longest task ms median', 'longest task ms max'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!)).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}

async function benchGenerated(claims: number): Promise<void> {
  if (!Number.isInteger(claims) || claims < 1) throw new Error('--claims needs a positive whole number');
  const loadBefore = os.loadavg()[0]!;
  const harness = await launchHarness();
  try {
    harness.server.route('/generated.html', generatedArticleHtml(paragraphsFor(claims)));
    const page = await harness.context.newPage();
    const trace = await traceTasks(harness.context, page);
    const contentHeap = await watchContentHeap(harness.context, page);
    await page.goto(harness.server.url('/generated.html'), { waitUntil: 'load', timeout: 300_000 });
    await harness.waitForScan(page, 1, 600_000);
    await page.waitForFunction(() => performance.getEntriesByName('claimlens:related-done', 'mark').length > 0, null, {
      timeout: 600_000,
      polling: 200,
    });
    const tasks = (await trace.stop()).claimLens;
    const heap = await contentHeap.read();
    const shapes = await plainObjectShapes(harness.context, page);
    const figures = await page.evaluate(() => {
      let highlighted = 0;
      for (const name of ['claimlens-attributed', 'claimlens-unattributed', 'claimlens-hedged']) {
        highlighted += CSS.highlights.get(name)?.size ?? 0;
      }
      const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
      const measures = performance.getEntriesByName('claimlens:task', 'measure');
      return {
        highlighted,
        scanDoneMs: mark('claimlens:scan-done'),
        relatedDoneMs: mark('claimlens:related-done'),
        longestMeasureMs: measures.reduce((max, m) => Math.max(max, m.duration), 0),
      };
    });
    const by = (cost: (t: (typeof tasks)[number]) => number, among = tasks) => among.reduce((a, b) => (cost(b) > cost(a) ? b : a));
    const costliest = by((t) => t.cpuMs);
    const costliestOwn = by((t) => t.cpuMs - t.gcMs);
    // The claims painted (and scanned, when the page ran the engine itself) in slices.
    const sliced = tasks.filter((t) => t.what.every((what) => SLICED_TASKS.includes(what)));
    const costliestSlice = sliced.length > 0 ? by((t) => t.cpuMs - t.gcMs, sliced) : null;
    const reports = tasks.filter((t) => t.what.includes('claims reported'));
    const costliestReport = reports.length > 0 ? by((t) => t.cpuMs, reports) : null;
    const over = tasks.filter((t) => t.cpuMs > LONG_TASK_MS);
    const sum = (cost: (t: (typeof tasks)[number]) => number) => tasks.reduce((total, t) => total + cost(t), 0);
    const engine = await page.evaluate((mark) => {
      const details = performance.getEntriesByName(mark, 'mark').map((m) => (m as PerformanceMark).detail as { where?: unknown } | null);
      return [...new Set(details.map((detail) => String(detail?.where ?? '?')))].join('+') || '—';
    }, ENGINE_TIME_MARK);
    process.stdout.write(
      `bench:browser --claims ${claims} — load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after, on ${os.cpus().length} cores\n` +
        `highlighted claims: ${figures.highlighted}; scan done at ${fixed(figures.scanDoneMs)} ms, related facts at ${fixed(figures.relatedDoneMs)} ms from navigation start\n` +
        `ClaimLens tasks: ${tasks.length}; longest by wall clock (its own measure) ${fixed(figures.longestMeasureMs)} ms\n` +
        `costliest by thread time: ${fixed(costliest.cpuMs)} ms (${describeTask(costliest)}; garbage collection ${fixed(costliest.gcMs)} ms of it)\n` +
        `costliest without garbage collection: ${fixed(costliestOwn.cpuMs - costliestOwn.gcMs)} ms (${describeTask(costliestOwn)})\n` +
        `the engine ran in the ${engine}; ClaimLens's thread time in all ${fixed(sum((t) => t.cpuMs))} ms, ` +
        `of it garbage collection ${fixed(sum((t) => t.gcMs))} ms\n` +
        `costliest of the ${sliced.length} slices painting (or scanning) claims without garbage collection: ` +
        `${costliestSlice ? `${fixed(costliestSlice.cpuMs - costliestSlice.gcMs)} ms (${fixed(costliestSlice.cpuMs)} ms with it)` : '—'}\n` +
        `costliest of the ${reports.length} claims reports to the background: ` +
        `${costliestReport ? `${fixed(costliestReport.cpuMs)} ms (${describeTask(costliestReport)}; garbage collection ${fixed(costliestReport.gcMs)} ms of it)` : '—'}\n` +
        `heap in use after a full garbage collection: ${fixed(heap.heapMb)} MB; the content script's world holds ` +
        `${heap.counts.Object} objects (${heap.counts.Range} of them Range and ${heap.counts.Array} Array objects)\n` +
        `the commonest plain objects on the page's heap, by their keys: ${shapes.map((shape) => `${shape.count} {${shape.keys}}`).join('; ')}\n` +
        `tasks over ${LONG_TASK_MS} ms of thread time: ${over.length === 0 ? 'none' : over.map((t) => `${fixed(t.cpuMs)} (${describeTask(t)}, gc ${fixed(t.gcMs)})`).join('; ')}\n`,
    );
    await page.close();
  } finally {
    await harness.close();
  }
}

async function main(): Promise<void> {
  const { folder, throttle, threadTime, generatedClaims } = parseArguments(process.argv.slice(2));
  if (generatedClaims !== null) {
    await benchGenerated(generatedClaims);
    return;
  }
  const pages = (await readdir(folder)).filter((name) => /\.html?$/i.test(name)).sort();
  if (pages.length === 0) {
    process.stderr.write(`bench:browser: no .html pages in ${folder}\n`);
    process.exit(2);
  }
  // Wall-clock task times grow with whatever else the machine runs: say how busy it was.
  const loadBefore = os.loadavg()[0]!;
  const harness = await launchHarness({ fixtures: folder });
  // Long tasks are only reported to observers that exist when they happen: observe from the first script.
  await harness.context.addInitScript(() => {
    const seen: { start: number; duration: number }[] = [];
    (window as unknown as { __claimlensBenchLongTasks: typeof seen }).__claimlensBenchLongTasks = seen;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No longtask support: the cross-check column stays at zero.
    }
  });
  const results: PageFigures[] = [];
  const failures: string[] = [];
  try {
    for (const name of pages) {
      const traced: { trace: TaskTrace | null } = { trace: null };
      const { page, errors } = await openThrottled(harness, `/${encodeURIComponent(name)}`, throttle, async (opened) => {
        if (threadTime) traced.trace = await traceTasks(harness.context, opened);
      });
      const scanned = await harness.waitForScan(page, 1, 120_000 * throttle).then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error)),
      );
      if (scanned !== null) {
        process.stderr.write(`bench:browser: ${name}: ${scanned}${errors.length ? ` (${errors.join('; ')})` : ''}\n`);
        failures.push(name);
        await page.close();
        continue;
      }
      const figures = await page.evaluate(([engineMark, extractionTasks, readabilityMark]) => {
        const tasks = performance.getEntriesByName('claimlens:task', 'measure');
        const start = performance.getEntriesByName('claimlens:start', 'mark')[0];
        const first = performance.getEntriesByName('claimlens:first-highlight', 'mark')[0];
        const done = performance.getEntriesByName('claimlens:scan-done', 'mark')[0];
        const long = (window as unknown as { __claimlensBenchLongTasks?: { start: number; duration: number }[] })
          .__claimlensBenchLongTasks ?? [];
        const overlapping = long.filter((entry) =>
          tasks.some((task) => task.startTime < entry.start + entry.duration && entry.start < task.startTime + task.duration),
        );
        const engine = performance.getEntriesByName(engineMark, 'mark') as PerformanceMark[];
        const engineDetail = engine.map((mark) => mark.detail as { ms?: unknown; where?: unknown } | null);
        let claims = 0;
        for (const name of ['claimlens-attributed', 'claimlens-unattributed', 'claimlens-hedged']) {
          claims += CSS.highlights.get(name)?.size ?? 0;
        }
        const byWork: Record<string, { totalMs: number; longestMs: number }> = {};
        for (const task of tasks) {
          const work = (byWork[String((task as PerformanceMeasure).detail)] ??= { totalMs: 0, longestMs: 0 });
          work.totalMs += task.duration;
          work.longestMs = Math.max(work.longestMs, task.duration);
        }
        const reading = performance.getEntriesByName(readabilityMark, 'mark')[0] as PerformanceMark | undefined;
        const readingMs = (reading?.detail as { ms?: unknown } | null)?.ms;
        return {
          claims,
          byWork,
          readabilityMs: typeof readingMs === 'number' ? readingMs : null,
          startMs: start ? start.startTime : null,
          firstHighlightMs: first ? first.startTime : null,
          scanDoneMs: done ? done.startTime : null,
          totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
          tasks: tasks.length,
          longestMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
          extractionMs: tasks
            .filter((task) => extractionTasks.includes(String((task as PerformanceMeasure).detail)))
            .reduce((sum, task) => sum + task.duration, 0),
          longestBesidesExtractionMs: tasks
            .filter((task) => !extractionTasks.includes(String((task as PerformanceMeasure).detail)))
            .reduce((max, task) => Math.max(max, task.duration), 0),
          longTasksOverlapping: overlapping.length,
          longestOverlappingMs: overlapping.reduce((max, entry) => Math.max(max, entry.duration), 0),
          engineMs: engineDetail.reduce((sum, detail) => sum + (typeof detail?.ms === 'number' ? detail.ms : 0), 0),
          engineWhere: [...new Set(engineDetail.map((detail) => String(detail?.where ?? '?')))].join('+') || '—',
        };
      }, [ENGINE_TIME_MARK, EXTRACTION_TASKS, READABILITY_TIME_MARK] as const);
      const threadTasks = traced.trace ? (await traced.trace.stop()).claimLens : [];
      const threadLongest = threadTasks.reduce<ClaimLensTask | null>((a, b) => (a && a.cpuMs >= b.cpuMs ? a : b), null);
      results.push({
        page: name,
        ...figures,
        threadTotalMs: threadTasks.reduce((sum, task) => sum + task.cpuMs, 0),
        threadLongestMs: threadLongest?.cpuMs ?? 0,
        threadLongestWhat: threadLongest ? describeTask(threadLongest) : '—',
      });
      await page.close();
    }
  } finally {
    await harness.close();
  }

  const header = ['page', 'claims', 'script start ms', 'first highlight ms', 'after start ms', 'scan done ms', 'ClaimLens total ms', 'of it extraction ms', 'tasks', 'longest task ms', 'longest besides extraction ms', 'long tasks overlapping (max ms)', 'engine ms (where)'];
  const rows = results.map((r) => [
    r.page,
    String(r.claims),
    fixed(r.startMs),
    fixed(r.firstHighlightMs),
    fixed(r.firstHighlightMs !== null && r.startMs !== null ? r.firstHighlightMs - r.startMs : null),
    fixed(r.scanDoneMs),
    fixed(r.totalMs),
    fixed(r.extractionMs),
    String(r.tasks),
    fixed(r.longestMs),
    fixed(r.longestBesidesExtractionMs),
    `${r.longTasksOverlapping} (${fixed(r.longestOverlappingMs)})`,
    `${fixed(r.engineMs)} (${r.engineWhere})`,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!)).join('  ');
  process.stdout.write(
    `bench:browser — ${results.length} pages from ${folder}; CPU throttled ${throttle}×; times from navigation start; ` +
      `load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after, on ${os.cpus().length} cores\n`,
  );
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  if (failures.length > 0) process.stdout.write(`pages whose scan did not finish: ${failures.join(', ')}\n`);
  if (results.length === 0) process.exit(1);
  const worst = results.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
  const over = results.filter((r) => r.longestMs > LONG_TASK_MS).map((r) => r.page);
  process.stdout.write(
    `\nworst longest ClaimLens task: ${worst.longestMs.toFixed(1)} ms on ${worst.page}; ` +
      `pages with a ClaimLens task over ${LONG_TASK_MS} ms: ${over.length === 0 ? 'none' : over.join(', ')}\n`,
  );
  const worstBesides = results.reduce((a, b) => (b.longestBesidesExtractionMs > a.longestBesidesExtractionMs ? b : a));
  const overBesides = results.filter((r) => r.longestBesidesExtractionMs > LONG_TASK_MS).map((r) => r.page);
  const afterStart = results.flatMap((r) => (r.firstHighlightMs !== null && r.startMs !== null ? [r.firstHighlightMs - r.startMs] : []));
  process.stdout.write(
    `besides the article's extraction: longest ClaimLens task ${worstBesides.longestBesidesExtractionMs.toFixed(1)} ms on ${worstBesides.page}; ` +
      `pages with one over ${LONG_TASK_MS} ms: ${overBesides.length === 0 ? 'none' : overBesides.join(', ')}\n` +
      `main-thread total per page: median ${median(results.map((r) => r.totalMs)).toFixed(1)} ms, ` +
      `max ${Math.max(...results.map((r) => r.totalMs)).toFixed(1)} ms; ` +
      `besides the extraction: median ${median(results.map((r) => r.totalMs - r.extractionMs)).toFixed(1)} ms, ` +
      `max ${Math.max(...results.map((r) => r.totalMs - r.extractionMs)).toFixed(1)} ms\n` +
      `first highlight after the content script's start: median ${afterStart.length ? median(afterStart).toFixed(1) : '—'} ms, ` +
      `max ${afterStart.length ? Math.max(...afterStart).toFixed(1) : '—'} ms\n` +
      `engine time per page, off the page: median ${median(results.map((r) => r.engineMs)).toFixed(1)} ms, ` +
      `max ${Math.max(...results.map((r) => r.engineMs)).toFixed(1)} ms\n`,
  );
  const read = results.flatMap((r) => (r.readabilityMs === null ? [] : [r.readabilityMs]));
  process.stdout.write(
    `Readability's reading, off the page: ${read.length} of ${results.length} pages, ` +
      (read.length ? `median ${median(read).toFixed(1)} ms, max ${Math.max(...read).toFixed(1)} ms\n` : 'none\n'),
  );
  printByWork(results);
  if (threadTime) printThreadTime(results);
  if (failures.length > 0) process.exitCode = 1;
}

function printThreadTime(results: PageFigures[]): void {
  const threadWorst = results.reduce((a, b) => (b.threadLongestMs > a.threadLongestMs ? b : a));
  const threadOver = results.filter((r) => r.threadLongestMs > LONG_TASK_MS);
  process.stdout.write(
    `\nby thread time (a trace; not stretched by the machine's load, throttling included): longest ClaimLens task ` +
      `${threadWorst.threadLongestMs.toFixed(1)} ms on ${threadWorst.page} (${threadWorst.threadLongestWhat}); pages with one over ${LONG_TASK_MS} ms: ` +
      `${threadOver.length === 0 ? 'none' : threadOver.map((r) => `${r.page} ${r.threadLongestMs.toFixed(1)} (${r.threadLongestWhat})`).join(', ')}; ` +
      `total per page median ${median(results.map((r) => r.threadTotalMs)).toFixed(1)} ms, max ${Math.max(...results.map((r) => r.threadTotalMs)).toFixed(1)} ms\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:browser: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
