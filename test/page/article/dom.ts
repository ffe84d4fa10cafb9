import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { TextExtraction } from '../../../src/page/article';

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page around the given body markup. */
export function page(body: string, head = ''): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

export function fixture(path: string): Document {
  return parse(readFileSync(new URL(`../../fixtures/pages/${path}`, import.meta.url), 'utf8'));
}

/** Every segment's text equals the slice of its Text node it claims to copy. */
export function expectRoundTrip(extraction: TextExtraction): void {
  let previousEnd = 0;
  for (const segment of extraction.segments) {
    const size = segment.end - segment.start;
    if (segment.start < previousEnd || size <= 0) throw new Error(`segments overlap or are empty at ${segment.start}`);
    const fromText = extraction.text.slice(segment.start, segment.end);
    const fromNode = segment.node.data.slice(segment.nodeStart, segment.nodeStart + size);
    if (fromText !== fromNode) throw new Error(`segment at ${segment.start}: ${JSON.stringify(fromText)} ≠ ${JSON.stringify(fromNode)}`);
    previousEnd = segment.end;
  }
  // Whatever no segment covers is layout the extraction added: one space or one line break.
  let covered = 0;
  for (const segment of extraction.segments) {
    const gap = extraction.text.slice(covered, segment.start);
    if (!/^(?: |\n)?$/.test(gap)) throw new Error(`uncovered text ${JSON.stringify(gap)} at ${covered}`);
    covered = segment.end;
  }
  if (!/^\n?$/.test(extraction.text.slice(covered))) throw new Error('uncovered text at the end');
}
