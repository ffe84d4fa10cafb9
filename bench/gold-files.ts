/** The gold files a benchmark reads: one file, or every <page>.json of a folder, in name order. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function goldFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`${target}: no such file or folder`);
  if (info.isFile()) return [target];
  const names = (await readdir(target)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) throw new Error(`${target}: no gold files (<page>.json) in this folder`);
  return names.map((name) => path.join(target, name));
}
