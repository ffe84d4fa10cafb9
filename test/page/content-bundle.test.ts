/**
 * The content script is parsed on every page a person opens, and Readability's reading is made in the
 * background: the content script's bundle must not carry Readability or linkedom (one import of the article
 * index's extractArticle would pull them in).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe("the content script's bundle", () => {
  it('holds neither Readability nor linkedom', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'src/page/content.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      platform: 'browser',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('src/page/article/outline.ts'))).toBe(true);
    expect(inputs.filter((input) => /@mozilla[/\\]readability|linkedom|src[/\\]page[/\\]article[/\\](readable|in-process)\.ts/.test(input))).toEqual([]);
  });
});
