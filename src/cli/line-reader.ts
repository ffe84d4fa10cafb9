/**
 * Lines from a byte stream, each at most a given number of bytes. A longer line is not kept: its bytes
 * are dropped as they arrive, up to the line's end, and only its first bytes are held (enough to read
 * the "id" that opens it), so one enormous line costs no more memory than a short one.
 */

export type ReadLine = { text: string } | { overLimit: true; start: string };

/** How much of an over-long line is kept to say which line it was. */
const START_BYTES = 256;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const decoder = new TextDecoder();

/** The state of the line being read: its pieces so far, or the start of a line already over the limit. */
interface PendingLine {
  pieces: Uint8Array[];
  size: number;
  overLimit: boolean;
}

const emptyLine = (): PendingLine => ({ pieces: [], size: 0, overLimit: false });

function finish(line: PendingLine, maxBytes: number): ReadLine {
  let bytes = Buffer.concat(line.pieces);
  if (!line.overLimit && bytes.at(-1) === CARRIAGE_RETURN) bytes = bytes.subarray(0, -1);
  if (line.overLimit || bytes.length > maxBytes) return { overLimit: true, start: decoder.decode(bytes.subarray(0, START_BYTES)) };
  return { text: decoder.decode(bytes) };
}

function append(line: PendingLine, piece: Uint8Array, maxBytes: number): void {
  line.size += piece.length;
  if (line.overLimit) return;
  // One byte of slack for a CR before the line feed.
  if (line.size > maxBytes + 1) {
    line.overLimit = true;
    // A copy, so the pieces read so far can go.
    line.pieces = [Buffer.from(Buffer.concat([...line.pieces, piece]).subarray(0, START_BYTES))];
    return;
  }
  line.pieces.push(piece);
}

/** Splits at line feeds (a CR before one is dropped); the last line needs no line feed. */
export async function* readLines(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<ReadLine> {
  let line = emptyLine();
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let end = bytes.indexOf(LINE_FEED); end !== -1; end = bytes.indexOf(LINE_FEED, from)) {
      append(line, bytes.subarray(from, end), maxBytes);
      yield finish(line, maxBytes);
      line = emptyLine();
      from = end + 1;
    }
    if (from < bytes.length) append(line, bytes.subarray(from), maxBytes);
  }
  if (line.size > 0) yield finish(line, maxBytes);
}
