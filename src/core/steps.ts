/**
 * Work written as a generator that yields between small steps, so the page's main thread can run it in
 * slices (see src/page/timing.ts) while Node and the background run it straight through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs stepwise work to its end in one go and returns its result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
