import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/input';
import { scan, tempDir } from './harness';

/** Exit status 2 and exactly one line on standard error, nothing on standard output. */
async function expectRefused(argv: string[], pattern: RegExp, stdin?: string | Uint8Array | AsyncIterable<Uint8Array>) {
  const result = await scan(argv, stdin);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^claimlens: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
}

describe('input the scanner refuses, with one line', () => {
  it('a missing file', async () => {
    await expectRefused(['scan', 'no/such/page.html'], /no\/such\/page\.html: no such file/);
  });

  it('a directory', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'pages.html'));
    await expectRefused(['scan', path.join(dir, 'pages.html')], /is a directory/);
  });

  it('binary data', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await expectRefused(['scan', path.join(dir, 'image.html')], /binary data/);
    await expectRefused(['scan', '-'], /standard input holds binary data/, Buffer.from([1, 2, 3, 0, 4]));
  });

  it('text that is not UTF-8 and declares no charset', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'latin.txt'), Buffer.alloc(400, 0xe9));
    await expectRefused(['scan', path.join(dir, 'latin.txt')], /not UTF-8/);
  });

  it('empty files and pages without text', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.html'), '');
    writeFileSync(path.join(dir, 'blank.txt'), '  \n\t\n');
    writeFileSync(path.join(dir, 'scripts.html'), '<html><head><title>Only code</title></head><body><script>var a = 1;</script></body></html>');
    await expectRefused(['scan', path.join(dir, 'empty.html')], /empty\.html is empty/);
    await expectRefused(['scan', path.join(dir, 'blank.txt')], /blank\.txt is empty/);
    await expectRefused(['scan', path.join(dir, 'scripts.html')], /no article text found/);
    await expectRefused(['scan', '-'], /standard input is empty/, '');
  });

  it('a page over the size limit, from a file or standard input', async () => {
    const dir = tempDir();
    const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 'a');
    writeFileSync(path.join(dir, 'big.html'), big);
    await expectRefused(['scan', path.join(dir, 'big.html')], /big\.html is 16\.0 MB; pages over 16\.0 MB are not scanned/);
    const chunks = Array.from({ length: 17 }, () => Buffer.alloc(1024 * 1024, 'a'));
    await expectRefused(['scan', '-'], /standard input is over 16\.0 MB/, Readable.from(chunks));
  });
});

describe('the command line itself', () => {
  it('refuses unknown options, commands and missing files with a usage line', async () => {
    await expectRefused(['scan', '--tabel', 'a.html'], /unknown option --tabel/);
    await expectRefused(['scna', 'a.html'], /unknown command "scna"/);
    await expectRefused([], /no command given/);
    await expectRefused(['scan'], /scan needs a FILE/);
    await expectRefused(['scan', 'a.html', 'b.html'], /one FILE/);
  });

  it('prints help and version', async () => {
    const help = await scan(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n {2}claimlens scan FILE/);
    const version = await scan(['scan', '--version']);
    expect(version.stdout).toMatch(/^claimlens \d+\.\d+\.\d+\n$/);
  });
});
