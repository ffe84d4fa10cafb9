/**
 * What the content script keeps alive on a page, for the browser bench: the renderer's heap in use and
 * how many objects the content script's isolated world holds: Ranges, Arrays, and objects of any kind that
 * descend from its Object.prototype (DevTools' queryObjects follows the prototype chain, so that count
 * takes in the Ranges and Arrays too). A large live
 * heap is what makes the garbage collector's pauses long, so this says where to look when they are.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Constructors whose instances are counted, by prototype, in the content script's world. */
const COUNTED = ['Range', 'Object', 'Array'] as const;

export interface ContentHeap {
  heapMb: number;
  /** Objects whose prototype chain holds each constructor's prototype, in the content script's world, after a full garbage collection. */
  counts: Record<(typeof COUNTED)[number], number>;
}

interface ContextCreated {
  context: { id: number; auxData?: { type?: string } };
}

async function countInstances(cdp: CDPSession, contextId: number, constructor: string): Promise<number> {
  const prototype = await cdp.send('Runtime.evaluate', { expression: `${constructor}.prototype`, contextId });
  const instances = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId! });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: instances.objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return length.result.value as number;
}

/** Starts watching for the content script's world; call before the page loads. */
export async function watchContentHeap(context: BrowserContext, page: Page): Promise<{ read(): Promise<ContentHeap> }> {
  const cdp = await context.newCDPSession(page);
  const isolatedWorlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', (event: ContextCreated) => {
    if (event.context.auxData?.type === 'isolated') isolatedWorlds.push(event.context.id);
  });
  await cdp.send('Runtime.enable');
  return {
    async read() {
      const world = isolatedWorlds.at(-1);
      if (world === undefined) throw new Error('the content script never ran on the page');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const counts = { Range: 0, Object: 0, Array: 0 };
      for (const constructor of COUNTED) counts[constructor] = await countInstances(cdp, world, constructor);
      return { heapMb: usedSize / 1e6, counts };
    },
  };
}
