import { UsageError } from './errors';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'scan';
      /** A file path, '-' for standard input, or null with --lines (standard input). */
      input: string | null;
      json: boolean;
      lines: boolean;
      /** Under each row of the table, the named rules behind its reading. */
      why: boolean;
    };

export const USAGE = `Usage:
  claimlens scan FILE          print the claims with numbers in FILE (.html/.htm, or plain text) as a table
  claimlens scan -             read the page or text from standard input
  claimlens scan --why FILE    the table, with the named rules behind each claim's source and reading
  claimlens scan --json FILE   print { title, url, publisher, claims, text } as JSON
  claimlens scan --lines       read JSON lines {"id", "text"} from standard input and print one
                               {"id", "claims"} line for each, in order ({"id", "error"} for a
                               malformed line or one over 1 MB)
  claimlens --help | --version

Exit status: 0 on success, 2 for unreadable input or a usage error.`;

/** Reads the command line (without the node and script paths). */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-V')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given; try `claimlens scan FILE` or `claimlens --help`');
  if (command !== 'scan') throw new UsageError(`unknown command ${JSON.stringify(command)}; try \`claimlens --help\``);

  let json = false;
  let lines = false;
  let why = false;
  const positional: string[] = [];
  let optionsEnded = false;
  for (const arg of rest) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) positional.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') json = true;
    else if (arg === '--lines') lines = true;
    else if (arg === '--why') why = true;
    else throw new UsageError(`unknown option ${arg}; try \`claimlens --help\``);
  }
  if (positional.length > 1) throw new UsageError(`scan takes one FILE, got ${positional.length}`);
  const input = positional[0] ?? null;
  if (input === null && !lines) throw new UsageError('scan needs a FILE, or - for standard input');
  if (why && (json || lines)) throw new UsageError('--why adds to the table; the JSON already holds each source.rule');
  return { kind: 'scan', input, json, lines, why };
}
