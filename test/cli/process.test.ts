import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/claimlens.mjs');

function claimlens(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: fixtures, input, encoding: 'utf8', timeout: 30_000 });
}

describe('the built claimlens command', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['build.mjs', '--node-only'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  });

  it('scans a page and exits 0', () => {
    const result = claimlens(['scan', '--json', 'seed/article.html']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe('Kim Jong Un sees bigger cash-cow in Russia arms than embassies');
  });

  it('pipes JSON lines through in one process', () => {
    const result = claimlens(['scan', '--lines'], '{"id":1,"text":"Up 4%."}\nbroken\n{"id":2,"text":"Two."}\n');
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toEqual([1, null, 2]);
  });

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const result = claimlens(['scan', 'missing.html']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('claimlens: missing.html: no such file\n');
  });
});
