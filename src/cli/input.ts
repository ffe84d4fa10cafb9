import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from './errors';

/**
 * Pages over this size are refused rather than risk minutes of work and gigabytes of memory:
 * a news page is well under 2 MB, and a 50 MB page took 13 s and 2 GB just to parse and extract.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooBig(name: string, size: number | null): InputError {
  const known = size === null ? `over ${megabytes(MAX_INPUT_BYTES)}` : megabytes(size);
  return new InputError(`${name} is ${known}; pages over ${megabytes(MAX_INPUT_BYTES)} are not scanned`);
}

async function statFile(path: string, name: string) {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${name}: no such file`);
    if (code === 'EACCES') throw new InputError(`${name}: permission denied`);
    throw new InputError(`${name}: cannot read (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new InputError(`${name} is a directory, not a page`);
  if (!info.isFile()) throw new InputError(`${name} is not a regular file`);
  return info;
}

/** A file read as a stream, for input of any length read piece by piece (--lines). */
export async function openFileStream(path: string, name: string): Promise<AsyncIterable<Uint8Array>> {
  await statFile(path, name);
  return createReadStream(path);
}

/** The bytes of a file, with a one-line reason when it cannot be read. */
export async function readFileBytes(path: string, name: string): Promise<Uint8Array> {
  const info = await statFile(path, name);
  if (info.size > MAX_INPUT_BYTES) throw tooBig(name, info.size);
  let handle;
  try {
    handle = await open(path, 'r');
    return await handle.readFile();
  } catch (error) {
    throw new InputError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  } finally {
    await handle?.close();
  }
}

/** All of a stream, refusing more than the size limit without holding more of it. */
export async function readStreamBytes(stream: AsyncIterable<Uint8Array | string>, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw tooBig(name, null);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
