import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/run';

export const fixtures = path.resolve(import.meta.dirname, '../fixtures/pages');

export interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** Runs the scanner in this process with the given standard input. */
export async function scan(argv: string[], stdin: string | Uint8Array | AsyncIterable<Uint8Array | string> = ''): Promise<Result> {
  const stdout = new Collector();
  const stderr = new Collector();
  const input = typeof stdin === 'string' || stdin instanceof Uint8Array ? Readable.from([Buffer.from(stdin)]) : stdin;
  const status = await run(argv, { stdin: input, stdout, stderr, cwd: fixtures });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'claimlens-cli-'));
}

export { PassThrough, Writable };
