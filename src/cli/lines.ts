import { analyse } from '../core/analyse';
import type { Claim } from '../core/types';
import { readLines, type ReadLine } from './line-reader';
import type { Output } from './output';

/**
 * Lines over this size are answered with an error and skipped: a sentence or paragraph is a few
 * kilobytes, a megabyte a whole book, and a line of hundreds of megabytes cannot even be held as one string.
 */
export const MAX_LINE_BYTES = 1024 * 1024;

/** The "id" that opens a line, when it does (`{"id": 7, "text": …`): a JSON string, number, boolean or null. */
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)\s*[,}]/;

type LineResult = { id: unknown; claims: Claim[] } | { id: unknown; error: string };

/** One input line to its output record; a line that is not a {"id", "text"} object gets an error record. */
export function analyseLine(line: string): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: line.trim().length === 0 ? 'empty line' : 'not JSON' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: null, error: 'not a JSON object' };
  const { id = null, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { id, error: 'no "text" string' };
  try {
    return { id, claims: analyse(text) };
  } catch (error) {
    // One bad line must not end a benchmark run of thousands; the record says what went wrong.
    return { id, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** An over-long line's record: its id when the line opens with one, so the caller knows which line it was. */
export function overLimitLine(start: string, maxBytes: number): LineResult {
  const id = LEADING_ID.exec(start)?.[1];
  return { id: id === undefined ? null : (JSON.parse(id) as unknown), error: `line over ${maxBytes} bytes` };
}

function resultOf(line: ReadLine, maxBytes: number): LineResult {
  return 'text' in line ? analyseLine(line.text) : overLimitLine(line.start, maxBytes);
}

/**
 * Streams JSON lines through the analysis: one output line per input line, in order, each written
 * before the next line is read, so memory stays flat however long the input, or any one line.
 */
export async function scanLines(input: AsyncIterable<Uint8Array | string>, output: Output, maxBytes = MAX_LINE_BYTES): Promise<void> {
  for await (const line of readLines(input, maxBytes)) {
    await output.write(`${JSON.stringify(resultOf(line, maxBytes))}\n`);
  }
}
