/**
 * What the plain objects on a page's heap are, for the browser bench: a heap snapshot of the renderer (every
 * world, the content script's among them), its plain objects grouped by their property names. A claim
 * record, a related fact or an agreement each has keys of its own, so the groups say which of ClaimLens's
 * records a page keeps alive, and how many of each.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ObjectShape {
  /** The object's property names, sorted and joined by commas. */
  keys: string;
  count: number;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** The `top` commonest shapes of plain objects (constructor Object) on the page's heap, after a full collection. */
export async function plainObjectShapes(context: BrowserContext, page: Page, top = 6): Promise<ObjectShape[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (event: { chunk: string }) => chunks.push(event.chunk));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return shapesOf(JSON.parse(chunks.join('')) as HeapSnapshot, top);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function shapesOf(heap: HeapSnapshot, top: number): ObjectShape[] {
  const { meta } = heap.snapshot;
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const [nodeType, nodeName, edgeCount] = ['type', 'name', 'edge_count'].map((field) => meta.node_fields.indexOf(field)) as [number, number, number];
  const [edgeType, edgeName] = ['type', 'name_or_index'].map((field) => meta.edge_fields.indexOf(field)) as [number, number];
  const counts = new Map<string, number>();
  let edge = 0;
  for (let node = 0; node < heap.nodes.length; node += nodeFields) {
    const edges = heap.nodes[node + edgeCount]!;
    const isPlain = meta.node_types[0][heap.nodes[node + nodeType]!] === 'object' && heap.strings[heap.nodes[node + nodeName]!] === 'Object';
    if (isPlain) {
      const keys: string[] = [];
      for (let i = edge; i < edge + edges; i++) {
        const at = i * edgeFields;
        const name = heap.strings[heap.edges[at + edgeName]!];
        if (meta.edge_types[0][heap.edges[at + edgeType]!] === 'property' && name !== '__proto__' && name !== undefined) keys.push(name);
      }
      const shape = keys.sort().join(',');
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    edge += edges;
  }
  return [...counts].map(([keys, count]) => ({ keys, count })).sort((a, b) => b.count - a.count).slice(0, top);
}
