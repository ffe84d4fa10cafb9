import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { analyse } from '../core/analyse';
import type { Claim } from '../core/types';
import type { Output } from './output';

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

/**
 * Streams JSON lines through the analysis: one output line per input line, in order, each written
 * before the next line is read, so memory stays flat however long the input.
 */
export async function scanLines(input: AsyncIterable<Uint8Array | string>, output: Output): Promise<void> {
  const reader = createInterface({ input: Readable.from(input), crlfDelay: Infinity });
  for await (const line of reader) {
    await output.write(`${JSON.stringify(analyseLine(line))}\n`);
  }
}
