import path from 'node:path';
import type { Writable } from 'node:stream';
import { version } from '../../package.json';
import { analyse } from '../core/analyse';
import { parseArgs, USAGE } from './args';
import { InputError, UsageError } from './errors';
import { openFileStream } from './input';
import { scanLines } from './lines';
import { streamOutput } from './output';
import { readSource } from './source';
import { formatTable } from './table';

export interface CliStreams {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

/** Runs one command line and returns its exit status; every failure is one line on standard error. */
export async function run(argv: readonly string[], io: CliStreams): Promise<number> {
  const out = streamOutput(io.stdout);
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      await out.write(`${USAGE}\n`);
      return 0;
    }
    if (command.kind === 'version') {
      await out.write(`claimlens ${version}\n`);
      return 0;
    }
    if (command.lines) {
      const input = command.input === null || command.input === '-' ? io.stdin : await openFileStream(path.resolve(io.cwd, command.input), command.input);
      await scanLines(input, out);
      return 0;
    }
    const source = await readSource(command.input ?? '-', io.stdin, io.cwd);
    const claims = analyse(source.text, source.info);
    if (command.json) {
      const { title, url, publisher } = source.info;
      await out.write(`${JSON.stringify({ title, url, publisher, claims, text: source.text })}\n`);
    } else {
      await out.write(formatTable(source.info, claims, { why: command.why }));
    }
    return 0;
  } catch (error) {
    const known = error instanceof InputError || error instanceof UsageError;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`claimlens: ${known ? '' : 'internal error: '}${message.split('\n')[0]}\n`);
    return known ? 2 : 1;
  }
}
