/** Bounds a fact pack must stay within; the options page checks the size before reading a file. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
export const MAX_PACK_FACTS = 10_000;
export const MAX_TEXT_LENGTH = 500;
