// Builds the unpacked extension into extension/ and the Node tools (scanner, benchmarks) into dist/.
//   node build.mjs              everything
//   node build.mjs --node-only  only dist/ (what the scanner and benchmarks need)
//   node build.mjs --watch      rebuild on change
import * as esbuild from 'esbuild';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const nodeOnly = args.has('--node-only');
const outExtension = path.join(root, 'extension');
const outNode = path.join(root, 'dist');

const shared = {
  bundle: true,
  sourcemap: 'linked',
  target: ['chrome120', 'firefox121'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  legalComments: 'linked',
};

async function exists(file) {
  return stat(file).then(() => true, () => false);
}

/** Every page in src/ui/<name>/ with an index.html and a main.tsx becomes extension/<name>.html + .js. */
async function uiPages() {
  const dir = path.join(root, 'src/ui');
  if (!existsSync(dir)) return [];
  const pages = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const html = path.join(dir, entry.name, 'index.html');
    const main = path.join(dir, entry.name, 'main.tsx');
    if ((await exists(html)) && (await exists(main))) pages.push({ name: entry.name, html, main });
  }
  return pages;
}

async function extensionBuild() {
  await rm(outExtension, { recursive: true, force: true });
  await mkdir(outExtension, { recursive: true });
  const pages = await uiPages();
  const entryPoints = {
    background: path.join(root, 'src/background/main.ts'),
    content: path.join(root, 'src/page/content.ts'),
    ...Object.fromEntries(pages.map((p) => [p.name, p.main])),
  };
  for (const [name, file] of Object.entries(entryPoints)) {
    if (!(await exists(file))) delete entryPoints[name];
  }
  const options = {
    ...shared,
    entryPoints,
    outdir: outExtension,
    format: 'iife',
    // The content script is parsed on every page a person opens: ship it small (source maps stay beside it).
    minify: true,
    platform: 'browser',
    // The content script and the service worker must not rely on eval or remote code (MV3 CSP).
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  await cp(path.join(root, 'manifest.json'), path.join(outExtension, 'manifest.json'));
  // The manifest's name and description and every UI string come from here (browser.i18n).
  await cp(path.join(root, '_locales'), path.join(outExtension, '_locales'), { recursive: true });
  await cp(path.join(root, 'icons'), path.join(outExtension, 'icons'), {
    recursive: true,
    filter: (src) => !src.endsWith('.svg') || src.endsWith('icon.svg'),
  });
  for (const page of pages) await cp(page.html, path.join(outExtension, `${page.name}.html`));
  const packs = path.join(root, 'src/background/packs');
  // Only the pack files ship; the TypeScript that imports packs lives beside them and is bundled instead.
  if (await exists(packs)) {
    await cp(packs, path.join(outExtension, 'packs'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  }
  return options;
}

/**
 * The engine for the page, loaded by the content script with import() only when the background cannot
 * answer (src/page/engine-loader.ts): an ES module, so the content script itself carries no engine.
 */
function pageEngineBuild() {
  return {
    ...shared,
    entryPoints: { 'engine-page': path.join(root, 'src/page/engine-page.ts') },
    outdir: outExtension,
    format: 'esm',
    minify: true,
    platform: 'browser',
  };
}

async function nodeBuild() {
  await mkdir(outNode, { recursive: true });
  const entryPoints = { claimlens: path.join(root, 'src/cli/main.ts') };
  const benchDir = path.join(root, 'bench');
  if (existsSync(benchDir)) {
    for (const file of await readdir(benchDir)) {
      if (file.endsWith('.ts')) entryPoints[`bench/${file.slice(0, -3)}`] = path.join(benchDir, file);
    }
  }
  for (const [name, file] of Object.entries(entryPoints)) {
    if (!(await exists(file))) delete entryPoints[name];
  }
  return {
    ...shared,
    target: ['node20'],
    entryPoints,
    outdir: outNode,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    platform: 'node',
    packages: 'external',
  };
}

const builds = [await nodeBuild()];
if (!nodeOnly) builds.push(await extensionBuild(), pageEngineBuild());

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  process.stdout.write('watching for changes…\n');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
