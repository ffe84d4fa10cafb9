/**
 * The import arrows between ClaimLens's parts, checked against the table in the design (parts and what
 * each may import). Every import in src/ is read; an arrow the table does not allow fails the test unless
 * it is one of the EXCEPTIONS below, each with the reason it is still there. An exception that no longer
 * occurs fails too, so the list only shrinks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);

type Part = 'core/text' | 'core' | 'view' | 'messaging' | 'page' | 'background' | 'ui' | 'cli' | 'browser';

/** Which part a source file belongs to. */
function partOf(file: string): Part {
  if (file.startsWith('src/core/text/')) return 'core/text';
  if (file.startsWith('src/core/')) return 'core';
  if (file.startsWith('src/view/')) return 'view';
  // The typed protocol and the settings' shape every part exchanges.
  if (file === 'src/messages.ts' || file === 'src/settings.ts' || file.startsWith('src/messaging/')) return 'messaging';
  if (file.startsWith('src/page/')) return 'page';
  if (file.startsWith('src/background/')) return 'background';
  if (file.startsWith('src/ui/')) return 'ui';
  if (file.startsWith('src/cli/')) return 'cli';
  // The one module that wraps webextension-polyfill: "the browser API".
  if (file === 'src/browser.ts') return 'browser';
  throw new Error(`${file} belongs to no part of the design's table`);
}

/** The design's table: what each part may import (parts, and packages by name). */
const ALLOWED: Record<Part, readonly string[]> = {
  'core/text': [],
  core: ['core/text', 'compromise'],
  view: ['core', 'core/text'],
  // Sending and serving go through the one module that wraps the browser API.
  messaging: ['core/text', 'valibot', 'browser'],
  // Libraries the page's own work uses: the card's placement and the article finder.
  page: ['core/text', 'view', 'messaging', 'preact', 'browser', '@floating-ui/dom', '@mozilla/readability'],
  background: ['core', 'core/text', 'view', 'messaging', 'browser', 'idb', 'valibot'],
  ui: ['view', 'messaging', 'preact'],
  // page/article is the page's text extraction, which the scanner runs over a Node DOM.
  cli: ['core', 'core/text', 'view', 'page/article', 'linkedom', 'node'],
  browser: ['webextension-polyfill'],
};

/** The claim record and the related-fact record are the vocabulary all parts exchange: their types may be imported anywhere. */
const SHARED_TYPES = new Set(['src/core/types.ts', 'src/core/related/types.ts']);

/** Arrows the table does not allow yet, each with why: `from-file -> imported file or package`. */
const EXCEPTIONS: Record<string, string> = {
  'src/page/scan.ts -> src/core/analyse.ts': "the engine's copy for the page, in slices, loaded (as engine-page.js) only when the background's engine host cannot answer",
  'src/page/scan.ts -> src/core/quantity/index.ts': 'the engine is warmed up on the page for the same reason',
  'src/page/engine-page.ts -> src/core/related/index.ts': "the article's related facts for that fallback, in the page's slices",
  'src/page/scan.ts -> src/core/steps.ts': "the engine's stepwise work is run in the page's slices, for the same reason",
  'src/page/timing.ts -> src/core/steps.ts': 'the same',
  'src/page/article/extract.ts -> src/core/steps.ts': "the article's extraction is stepwise work of the same kind, run in the page's slices and straight through by the CLI",
  'src/page/article/readable.ts -> src/core/steps.ts': 'the same',
  'src/page/related-client.ts -> src/core/related/index.ts': "the article's related facts are computed beside the scan, in the content script, for the same reason",
  'src/ui/shared/i18n.ts -> src/browser.ts': "the pages' strings are read from the browser's i18n API directly",
  'src/ui/options/sections/HighlightSection.tsx -> src/page/paint/styles.ts': 'the highlight colours are defined once, with the painter',
  'src/ui/popup/ClaimList.tsx -> src/page/paint/styles.ts': 'the same',
  'src/ui/related/ExportButtons.tsx -> src/page/related-client.ts': 'the export gathers related facts the way the page does, until an engine host serves them',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [path.relative(ROOT, full)] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolve(from: string, specifier: string): string | null {
  const base = path.relative(ROOT, path.resolve(ROOT, path.dirname(from), specifier));
  if (/\.(css|json|svg)$/.test(base)) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      if (statSync(path.join(ROOT, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return 'node';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface Arrow {
  key: string;
  from: Part;
  to: string;
}

function arrows(): Arrow[] {
  const found: Arrow[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const from = partOf(file);
    for (const match of readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)) {
      const typeOnly = match[2] !== undefined;
      const specifier = match[3]!;
      if (!specifier.startsWith('.')) {
        found.push({ key: `${file} -> ${specifier}`, from, to: packageOf(specifier) });
        continue;
      }
      const target = resolve(file, specifier);
      if (target === null) continue;
      if (typeOnly && SHARED_TYPES.has(target)) continue;
      const to = target.startsWith('src/page/article/') && from === 'cli' ? 'page/article' : partOf(target);
      if (to !== from) found.push({ key: `${file} -> ${target}`, from, to });
    }
  }
  return found;
}

describe('the import arrows of the design', () => {
  const all = arrows();

  it('reads the imports it checks', () => {
    expect(all.some((a) => a.key === 'src/page/overlay/Card.tsx -> src/view/claim.ts')).toBe(true);
  });

  it('allows only the arrows of the table, and the listed exceptions', () => {
    const bad = all.filter((a) => !ALLOWED[a.from].includes(a.to) && !(a.key in EXCEPTIONS)).map((a) => `${a.key} (${a.from} → ${a.to})`);
    expect(bad).toEqual([]);
  });

  it('lists no exception that no longer occurs', () => {
    const keys = new Set(all.map((a) => a.key));
    expect(Object.keys(EXCEPTIONS).filter((key) => !keys.has(key))).toEqual([]);
  });
});
