#!/usr/bin/env node
// The scanner is bundled by build.mjs; this shim only points at it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/claimlens.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('claimlens: not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
