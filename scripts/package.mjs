// Writes one zip per browser from the built extension/ folder (run `node build.mjs` first; `npm run
// package` does both):
//   packages/claimlens-chrome-<version>.zip   manifest without the keys Chrome warns about
//   packages/claimlens-firefox-<version>.zip  manifest without the service worker Firefox ignores
// The zips are written by web-ext's own builder.
import webExt from 'web-ext';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const extensionDir = path.join(root, 'extension');
const outDir = path.join(root, 'packages');

/** Each browser's manifest: the shared one minus what that browser does not read. */
const variants = {
  chrome(manifest) {
    const { browser_specific_settings: _gecko, ...rest } = manifest;
    const { scripts: _scripts, ...background } = manifest.background;
    return { ...rest, background };
  },
  firefox(manifest) {
    const { service_worker: _worker, ...background } = manifest.background;
    return { ...manifest, background };
  },
};

async function main() {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    process.stderr.write('extension/ is not built: run `node build.mjs` first (or `npm run package`).\n');
    process.exit(2);
  }
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const staging = await mkdtemp(path.join(os.tmpdir(), 'claimlens-package-'));
  try {
    for (const [browserName, adapt] of Object.entries(variants)) {
      const sourceDir = path.join(staging, browserName);
      await cp(extensionDir, sourceDir, { recursive: true });
      await writeFile(path.join(sourceDir, 'manifest.json'), `${JSON.stringify(adapt(manifest), null, 2)}\n`);
      const { extensionPath } = await webExt.cmd.build(
        {
          sourceDir,
          artifactsDir: outDir,
          filename: `claimlens-${browserName}-${manifest.version}.zip`,
          overwriteDest: true,
          // Source maps point into src/, which the packages do not carry.
          ignoreFiles: ['**/*.map'],
        },
        { shouldExitProgram: false },
      );
      process.stdout.write(`${path.relative(root, extensionPath)}\n`);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

await main();
