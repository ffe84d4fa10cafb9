// Renders icons/icon.svg to the PNG sizes the manifest names. Run after changing the SVG:
//   node scripts/icons.mjs
// The PNGs are committed so that building the extension needs no native rasteriser.
import { Resvg } from '@resvg/resvg-js';
import { readFile, writeFile } from 'node:fs/promises';

const dir = new URL('../icons/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`icon-${size}.png`, dir), png);
  process.stdout.write(`icons/icon-${size}.png (${png.length} bytes)\n`);
}
