/**
 * A saved page's markup from its bytes, as the benchmarks read it: gunzipped when the file name ends in
 * .gz (the article-extraction benchmark ships its pages gzipped, and they are kept byte for byte), then
 * decoded by the charset the page declares, as the CLI decodes a page.
 */
import { gunzipSync } from 'node:zlib';
import { decodeText } from '../src/cli/decode';

export function pageMarkup(bytes: Uint8Array, file: string): string {
  const raw = file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
  return decodeText(raw, file, true);
}
