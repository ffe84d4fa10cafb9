import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentInfo } from '../core/types';
import { decodeText } from './decode';
import { InputError } from './errors';
import { articleFromHtml, looksLikeHtml, type ArticleText } from './html';
import { readFileBytes, readStreamBytes } from './input';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

const NO_INFO: DocumentInfo = { title: null, url: null, publisher: null, published: null };

/**
 * The text to analyse from a file or standard input: HTML by the file's extension (by its first
 * markup when the extension says nothing, and always for standard input), else plain text.
 */
export async function readSource(input: string, stdin: AsyncIterable<Uint8Array | string>, cwd: string): Promise<ArticleText> {
  const fromStdin = input === '-';
  const name = fromStdin ? 'standard input' : input;
  const bytes = fromStdin ? await readStreamBytes(stdin, name) : await readFileBytes(path.resolve(cwd, input), name);
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  const extension = fromStdin ? '' : path.extname(input).toLowerCase();
  const sniff = !HTML_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension);
  const text = decodeText(bytes, name, !TEXT_EXTENSIONS.has(extension));
  const html = HTML_EXTENSIONS.has(extension) || (sniff && looksLikeHtml(text));
  if (!html) {
    if (text.trim().length === 0) throw new InputError(`${name} is empty`);
    return { text, info: NO_INFO };
  }
  const article = articleFromHtml(text, fromStdin ? null : pathToFileURL(path.resolve(cwd, input)).href);
  if (!article) throw new InputError(`${name}: no article text found in the page`);
  return article;
}
