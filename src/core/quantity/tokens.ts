/**
 * The sentence as tokens with offsets: runs of digits (with the separators between them: "1,000.5",
 * "10:30", "192.168.1.2"), runs of letters ("per", "km", "U"), and single other characters ("$", "%", "-").
 * One regex pass; everything after works on these.
 */
export type TokenKind = 'digits' | 'word' | 'mark';

export interface Token {
  text: string;
  /** Lowercase text, for lookups. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const TOKEN = /\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+|\S/gu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'digits' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'mark';
    tokens.push({ text: t, lower: t.toLowerCase(), start: from + m.index, end: from + m.index + t.length, kind });
  }
  return tokens;
}

/** Whether two tokens touch, with no space between them ("3" "m" in "3m"). */
export const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
