import { afterEach, describe, expect, it } from 'vitest';
import type { Steps } from '../../src/core/steps';
import { runInSlices, SLICE_BUDGET_MS, TASK_MEASURE } from '../../src/page/timing';

/** Steps that each take about `ms` of busy time, counting how many ran. */
function* busySteps(count: number, ms: number, ran: { steps: number }): Steps<string> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy: a step of the engine
    }
    ran.steps++;
    yield;
  }
  return 'finished';
}

const measures = () => performance.getEntriesByName(TASK_MEASURE, 'measure') as PerformanceMeasure[];

afterEach(() => {
  performance.clearMeasures(TASK_MEASURE);
});

describe('runInSlices', () => {
  it('runs stepwise work to its result in several measured slices, each named for its work', async () => {
    const ran = { steps: 0 };
    const result = await runInSlices(busySteps(40, 1, ran), { what: 'test work' });
    expect(result).toBe('finished');
    expect(ran.steps).toBe(40);
    const slices = measures();
    // 40 ms of steps cannot fit one slice of SLICE_BUDGET_MS.
    expect(slices.length).toBeGreaterThanOrEqual(Math.floor(40 / (SLICE_BUDGET_MS + 2)));
    expect(slices.every((slice) => slice.detail === 'test work')).toBe(true);
  });

  it('lets other tasks run between slices', async () => {
    const ran = { steps: 0 };
    const seenBetween: number[] = [];
    // A timer the "page" set: it must fire while the work is still going.
    const timer = setInterval(() => seenBetween.push(ran.steps), 0);
    await runInSlices(busySteps(60, 1, ran), { what: 'test work' });
    clearInterval(timer);
    expect(seenBetween.some((steps) => steps > 0 && steps < 60)).toBe(true);
  });

  it('stops between slices when cancelled, and paints each slice inside its measure', async () => {
    const ran = { steps: 0 };
    let slices = 0;
    const result = await runInSlices(busySteps(200, 1, ran), {
      what: 'test work',
      cancelled: () => slices >= 2,
      afterSlice: () => slices++,
    });
    expect(result).toBeNull();
    expect(slices).toBe(2);
    expect(ran.steps).toBeLessThan(200);
    expect(measures()).toHaveLength(2);
  });
});
