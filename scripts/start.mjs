// `npm start`: serves the demo article on 127.0.0.1 and opens it in Chromium with ClaimLens loaded
// (run after `node build.mjs`). With no display to open a browser on, it says so and prints the scan of
// the demo article instead, so the engine can still be seen at work.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const demoDir = path.join(root, 'test/fixtures/pages/seed');
const demoFile = path.join(demoDir, 'article.html');
const extensionDir = path.join(root, 'extension');
const scanner = path.join(root, 'dist/claimlens.mjs');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Chromium loads an unpacked extension from the command line; branded Google Chrome (137+) no longer does. */
function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((file) => file && existsSync(file)) ?? null;
}

function printScan(reason) {
  process.stdout.write(`no display: ${reason}; here is the scan of the demo article instead.\n\n`);
  const result = spawnSync(process.execPath, [scanner, 'scan', demoFile], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

/** Serves the demo article's folder, and nothing outside it, on a free port of 127.0.0.1. */
async function serveDemo() {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(demoDir, pathname === '/' ? 'article.html' : pathname);
    if (!file.startsWith(demoDir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function openBrowser(url) {
  const executablePath = findChromium();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'claimlens-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : { channel: 'chrome' }),
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run'],
  });
  // The extension's service worker starting is the sign that the browser took the extension.
  const loaded =
    context.serviceWorkers().length > 0 ||
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }).then(
      () => true,
      () => false,
    ));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  if (loaded) {
    process.stdout.write(`ClaimLens is on ${url} — close the browser to stop.\n`);
  } else {
    process.stdout.write(
      `The browser did not load ClaimLens (Google Chrome ignores extensions given on the command line; set\n` +
        `CHROMIUM_PATH to a Chromium). Load ${extensionDir} from chrome://extensions ("Load unpacked"), then\n` +
        `reload ${url}. Close the browser to stop.\n`,
    );
  }
  await new Promise((resolve) => context.on('close', resolve));
  await rm(profile, { recursive: true, force: true });
}

async function main() {
  if (!existsSync(demoFile)) {
    process.stderr.write(`the demo article is missing: ${path.relative(root, demoFile)}\n`);
    process.exit(2);
  }
  if (!hasDisplay()) printScan('DISPLAY and WAYLAND_DISPLAY are not set, so no browser can open');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    process.stderr.write('extension/ is not built: run `npm start`, which builds first.\n');
    process.exit(2);
  }
  const server = await serveDemo();
  const { port } = server.address();
  try {
    await openBrowser(`http://127.0.0.1:${port}/article.html`);
  } catch (error) {
    server.close();
    printScan(`the browser could not open (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
  server.close();
}

await main();
