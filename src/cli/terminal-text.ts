/**
 * Page text made safe to print on a terminal. A page's title or a claim's words reach the table as the
 * page wrote them, and a terminal obeys what it reads: ESC and CSI sequences recolour or move the
 * cursor, OSC sequences set the window title or (on some terminals) write the clipboard, and bidi
 * controls reorder what the reader sees. Whole escape sequences go first (Node's own parser, so their
 * parameters go too), then any control character left over.
 */
import { stripVTControlCharacters } from 'node:util';

/** C0 controls (tab and line feed are whitespace to the table), DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides, isolates and marks: they reorder the text around them. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return stripVTControlCharacters(text).replace(CONTROL, '').replace(BIDI_CONTROL, '');
}
