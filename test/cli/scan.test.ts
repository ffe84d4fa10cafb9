import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/types';
import { fixtures, scan, tempDir } from './harness';

const SEED = 'seed/article.html';

describe('claimlens scan FILE', () => {
  it('prints the page and its claims as a table', async () => {
    const result = await scan(['scan', SEED]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Kim Jong Un sees bigger cash-cow in Russia arms than embassies — Cnews Live');
    expect(lines[1]).toBe(`file://${path.join(fixtures, SEED)}`);
    const count = /^(\d+) claims?$/.exec(lines[2]!);
    expect(count).not.toBeNull();
    if (Number(count![1]) > 0) expect(lines[4]).toMatch(/^CLAIM +KIND +VALUE +FIRMNESS +WHEN +SOURCE$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('--why adds the rules behind each claim to the table, and is refused beside --json', async () => {
    const result = await scan(['scan', '--why', SEED]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}why: Source: [a-z-]+(?::[a-z-]+)?: /m);
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    const refused = await scan(['scan', '--why', '--json', SEED]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--why adds to the table/);
  });

  it('--json prints title, url, publisher, claims and the extracted text', async () => {
    const result = await scan(['scan', '--json', SEED]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { title: string; url: string; publisher: string; claims: Claim[]; text: string };
    expect(Object.keys(report)).toEqual(['title', 'url', 'publisher', 'claims', 'text']);
    expect(report.title).toBe('Kim Jong Un sees bigger cash-cow in Russia arms than embassies');
    expect(report.publisher).toBe('Cnews Live');
    expect(report.text).toContain('Currently, North Korea has 47 embassies, three consulates, and three representative offices');
    expect(report.text).not.toContain('Comments (12)');
    expect(Array.isArray(report.claims)).toBe(true);
    // Offsets point into the text that is printed with them.
    for (const claim of report.claims) expect(report.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('reads plain text files as they are', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'note.txt'), 'Prices rose 4% in May.\nThe <b> stays.\n');
    const result = await scan(['scan', '--json', path.join(dir, 'note.txt')]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: null, url: null, publisher: null, text: 'Prices rose 4% in May.\nThe <b> stays.\n' });
  });

  it('honours a declared charset and takes undeclared pages as UTF-8', async () => {
    const dir = tempDir();
    const latin = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>The fee is '),
      Buffer.from([0xa3, 0x35, 0x20, 0x93, 0x6f, 0x6b, 0x94]),
      Buffer.from('.</p></body></html>'),
    ]);
    writeFileSync(path.join(dir, 'latin.html'), latin);
    writeFileSync(path.join(dir, 'plain.html'), '<html><body><p>Café costs €5 — “fine”.</p></body></html>');
    const latinText = JSON.parse((await scan(['scan', '--json', path.join(dir, 'latin.html')])).stdout).text;
    expect(latinText).toBe('The fee is £5 “ok”.\n');
    const utf8Text = JSON.parse((await scan(['scan', '--json', path.join(dir, 'plain.html')])).stdout).text;
    expect(utf8Text).toBe('Café costs €5 — “fine”.\n');
  });
});

describe('claimlens scan -', () => {
  it('reads a page from standard input, recognised by its markup', async () => {
    const html = `<!doctype html><html><body><nav>Home 24</nav><article><p>Exports rose by 4% in May, officials said.</p></article></body></html>`;
    const result = await scan(['scan', '--json', '-'], html);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe('Exports rose by 4% in May, officials said.\n');
  });

  it('reads plain text from standard input', async () => {
    const result = await scan(['scan', '--json', '-'], 'Exports rose by 4% in May.');
    expect(JSON.parse(result.stdout).text).toBe('Exports rose by 4% in May.');
  });

  it('reads an HTML fragment with no <html> element', async () => {
    const result = await scan(['scan', '--json', '-'], '<p>Only 12 words here, in a fragment of a page.</p>');
    expect(JSON.parse(result.stdout).text).toBe('Only 12 words here, in a fragment of a page.\n');
  });
});

describe('big pages under the size limit', () => {
  it('reads a 6 MB page whose weight is furniture and scripts', async () => {
    const dir = tempDir();
    const furniture = `<nav>${'<a href="/x">Section 24</a>'.repeat(50_000)}</nav><script>${'var x = 1;'.repeat(400_000)}</script>`;
    const html = `<!doctype html><html><body>${furniture}<article><p>The council approved 3 new schools, officials said.</p></article></body></html>`;
    writeFileSync(path.join(dir, 'heavy.html'), html);
    expect(html.length).toBeGreaterThan(5_000_000);
    const result = await scan(['scan', '--json', path.join(dir, 'heavy.html')]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe('The council approved 3 new schools, officials said.\n');
  });

  it('reads a page whose <meta> declares UTF-16 as UTF-8, as a browser does', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'declared-utf16.html'),
      '<html><head><meta charset="utf-16"><title>T</title></head><body><p>The depot holds 4,000 crates — “so far”.</p></body></html>',
    );
    const result = JSON.parse((await scan(['scan', '--json', path.join(dir, 'declared-utf16.html')])).stdout);
    expect(result.text).toBe('The depot holds 4,000 crates — “so far”.\n');
    expect(result.claims.map((c: Claim) => c.text)).toContain('4,000 crates');
  });
});
