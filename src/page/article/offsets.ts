import type { DomSpan, TextExtraction, TextSegment } from './types';

/** Index of the first segment whose end lies after `offset`, or segments.length. */
function firstEndingAfter(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (segments[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last segment starting before `offset`, or -1. */
function lastStartingBefore(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (segments[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * Where the text span [start, end) lies in the DOM, for Range.setStart/setEnd. A span edge that
 * falls between segments (on a collapsed space or a line break) moves inwards to the nearest text.
 * Null when the span covers no text of any node.
 */
export function rangeFor(extraction: TextExtraction, start: number, end: number): DomSpan | null {
  const { segments } = extraction;
  if (!(end > start)) return null;
  const first = firstEndingAfter(segments, start);
  const last = lastStartingBefore(segments, end);
  const head = segments[first];
  const tail = segments[last];
  if (!head || !tail || first > last) return null;
  const startInHead = Math.max(start, head.start);
  const endInTail = Math.min(end, tail.end);
  return {
    startNode: head.node,
    startOffset: head.nodeStart + (startInHead - head.start),
    endNode: tail.node,
    endOffset: tail.nodeStart + (endInTail - tail.start),
  };
}

/**
 * The text offset of a DOM position (a caret from a pointer, a selection edge), or null when the
 * node's text was left out of the extraction. A position on a collapsed whitespace run maps to
 * the end of the text before it.
 */
export function offsetAt(extraction: TextExtraction, node: Node, nodeOffset: number): number | null {
  let best: number | null = null;
  for (const segment of segmentsOf(extraction, node)) {
    const size = segment.end - segment.start;
    if (nodeOffset < segment.nodeStart) break;
    best = segment.start + Math.min(nodeOffset - segment.nodeStart, size);
  }
  return best;
}

const byNode = new WeakMap<TextExtraction, Map<Node, TextSegment[]>>();

/** The segments of one node in order, indexed once per extraction. */
function segmentsOf(extraction: TextExtraction, node: Node): TextSegment[] {
  let index = byNode.get(extraction);
  if (!index) {
    index = new Map();
    for (const segment of extraction.segments) {
      const list = index.get(segment.node);
      if (list) list.push(segment);
      else index.set(segment.node, [segment]);
    }
    byNode.set(extraction, index);
  }
  return index.get(node) ?? [];
}
