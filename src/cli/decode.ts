import { InputError } from './errors';

/** The charset a page declares in its first bytes: <meta charset> or an http-equiv Content-Type. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * windows-1252's characters for bytes 0x80–0x9F (undefined ones stay as they are). Node's TextDecoder
 * decodes windows-1252, and the labels the Encoding standard maps to it (latin1, iso-8859-1, ascii),
 * as ISO-8859-1, which turns the curly quotes, dashes, € and ™ of many older pages into control codes.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * What a browser does with an encoding a page declares in a <meta>, by the HTML standard's rule ("prescan
 * a byte stream", step "get an encoding"): a page that could be read far enough to find its <meta> in
 * ASCII is not UTF-16, so a declared UTF-16 means UTF-8, and x-user-defined means windows-1252.
 */
const META_DECLARED_OVERRIDE: Record<string, string> = {
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  'x-user-defined': 'windows-1252',
};

/** The decoder for a declared charset; null when it names no encoding, or UTF-8 (decoded on its own path). */
function decoderFor(label: string): ((bytes: Uint8Array) => string) | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  encoding = META_DECLARED_OVERRIDE[encoding] ?? encoding;
  if (encoding === 'utf-8') return null;
  const decoder = new TextDecoder(encoding);
  return encoding === 'windows-1252' ? (bytes) => fixWindows1252(decoder.decode(bytes)) : (bytes) => decoder.decode(bytes);
}

/** Control characters no text file holds (all of C0 but tab, line feed, form feed, carriage return). */
function controlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) count++;
  }
  return count;
}

/**
 * Bytes to text: a byte-order mark decides, then the page's declared charset (for HTML), else UTF-8,
 * which is what a page without a declaration is taken to be. Binary data and text that is mostly
 * not UTF-8 get a one-line reason.
 */
export function decodeText(bytes: Uint8Array, name: string, html: boolean): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new InputError(`${name} holds binary data (NUL bytes), not text or HTML`);
  const charset = html ? declaredCharset(bytes) : null;
  const declared = charset ? decoderFor(charset) : null;
  let text: string;
  if (declared) {
    text = declared(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // A few stray bytes in a real page are survivable; a file that is mostly not UTF-8 is not text.
      text = new TextDecoder('utf-8').decode(bytes);
      let replaced = 0;
      for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
      if (replaced > Math.max(8, text.length / 100)) throw new InputError(`${name} is not UTF-8 text and declares no other charset`);
    }
  }
  if (controlCharacters(text) > Math.max(8, text.length / 100)) throw new InputError(`${name} holds binary data, not text or HTML`);
  return text;
}
