import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/line-reader';
import { MAX_LINE_BYTES } from '../../src/cli/lines';
import { run } from '../../src/cli/run';
import { scan, tempDir } from './harness';

describe('claimlens scan --lines', () => {
  it('answers every input line in order, malformed ones with an error record', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Exports rose 4% in May.' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 7, text: 'Over 1 million shells were sent.' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify(['not', 'an', 'object']),
      '',
      JSON.stringify({ text: 'No id here, 12 of them.' }),
    ].join('\n');
    const result = await scan(['scan', '--lines'], `${input}\n`);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records).toHaveLength(7);
    expect(records.map((r) => r.id)).toEqual(['a', null, 7, 'c', null, null, null]);
    expect(records.map((r) => ('claims' in r ? 'claims' : r.error))).toEqual([
      'claims', 'not JSON', 'claims', 'no "text" string', 'not a JSON object', 'empty line', 'claims',
    ]);
    for (const record of records) if ('claims' in record) expect(Array.isArray(record.claims)).toBe(true);
  });

  it('reads lines from a file too, CRLF or not', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.jsonl'), '{"id":1,"text":"a"}\r\n{"id":2,"text":"b"}');
    const result = await scan(['scan', '--lines', path.join(dir, 'in.jsonl')]);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toEqual([1, 2]);
  });

  it('streams: answers a line before the next one arrives', async () => {
    const stdin = new PassThrough();
    const seen: string[] = [];
    let answered: () => void = () => {};
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        seen.push(chunk.toString());
        answered();
        done();
      },
    });
    const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
    const finished = run(['scan', '--lines'], { stdin, stdout, stderr: stdout, cwd: '.' });
    stdin.write('{"id":"first","text":"One 5 here."}\n');
    await firstAnswer;
    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0]!).id).toBe('first');
    stdin.end('{"id":"second","text":"Two."}\n');
    expect(await finished).toBe(0);
    expect(seen.map((line) => JSON.parse(line).id)).toEqual(['first', 'second']);
  });

  it('answers a line over the limit with an error naming its id, and goes on', async () => {
    // A line's bytes arrive in pieces, as from a pipe; the long one never needs to be held whole.
    async function* input(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('{"id":"before","text":"Prices rose 4% in May."}\n{"id": "huge", "text": "');
      const piece = Buffer.alloc(64 * 1024, 'x');
      for (let sent = 0; sent <= MAX_LINE_BYTES; sent += piece.length) yield piece;
      yield Buffer.from('"}\n{"text": "');
      for (let sent = 0; sent <= MAX_LINE_BYTES; sent += piece.length) yield piece;
      yield Buffer.from('"}\n{"id":"after","text":"Over 1 million shells were sent."}\n');
    }
    const result = await scan(['scan', '--lines'], input());
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => [r.id, 'claims' in r ? 'claims' : r.error])).toEqual([
      ['before', 'claims'],
      ['huge', `line over ${MAX_LINE_BYTES} bytes`],
      [null, `line over ${MAX_LINE_BYTES} bytes`],
      ['after', 'claims'],
    ]);
  });
});

describe('readLines', () => {
  async function lines(chunks: string[], maxBytes: number) {
    const read = [];
    for await (const line of readLines((async function* () { yield* chunks; })(), maxBytes)) read.push(line);
    return read;
  }

  it('splits at line feeds across chunks, drops a CR before one, and keeps a last line without one', async () => {
    expect(await lines(['ab', 'c\r\nd', 'e\n\nf'], 10)).toEqual([{ text: 'abc' }, { text: 'de' }, { text: '' }, { text: 'f' }]);
  });

  it('counts bytes, not characters, and keeps only the start of a line over the limit', async () => {
    expect(await lines(['ééé\n', 'éé\r\n'], 5)).toEqual([{ overLimit: true, start: 'ééé' }, { text: 'éé' }]);
    const [long] = await lines([`{"id":1,"text":"${'y'.repeat(5000)}"}`], 100);
    expect(long).toMatchObject({ overLimit: true });
    expect(long && 'start' in long && long.start.length).toBeLessThanOrEqual(256);
  });
});
