/**
 * The unit table's patterns, read by a small backtracking matcher instead of compiled RegExps.
 *
 * A content script must never hold the page's main thread for long. Compiling a hundred Unicode-aware,
 * case-insensitive RegExps on first use (and again for two-byte text, e.g. with curly quotes) cost tens of
 * milliseconds; parsing the same patterns into a few plain objects costs a fraction of one. The matcher
 * keeps RegExp semantics for the syntax the table uses — literals, `\.` `\$` `\s`, classes, `(?:…)`,
 * `|`, greedy `?` and `+`, and `(?![…])` — including backtracking order and Unicode simple case folding
 * (the `iu` flags), so the table reads exactly as it did as RegExps.
 */

/** What JavaScript's `\s` matches. */
export const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Unicode simple case folding, as RegExp's `iu` flags apply it, for the characters the table's patterns
 * use: ASCII letters, plus the two non-ASCII letters that fold into ASCII and the micro/mu pair.
 */
export function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 128) return ch;
  if (ch === '\u017f') return 's';
  if (ch === '\u212a') return 'k';
  if (ch === '\u00b5' || ch === '\u039c') return '\u03bc';
  return ch;
}

type Node =
  /** Characters in a row; folded when caseless. */
  | { type: 'text'; text: string; caseless: boolean }
  /** One of the characters; folded when caseless. */
  | { type: 'oneOf'; chars: string; caseless: boolean }
  | { type: 'alt'; options: Node[][] }
  /** `nodes` holds the one node repeated, ready to run as a sequence. */
  | { type: 'optional'; nodes: [Node] }
  | { type: 'some'; nodes: [Node] }
  | { type: 'notBefore'; test: (text: string, at: number) => boolean };

export interface UnitPattern {
  sequence: Node[];
  /** Folded characters a match's first consumed character may fold to. */
  firsts: Set<string>;
}

const foldAll = (chars: string): string => (/^[\x00-\x7f]*$/.test(chars) ? chars.toLowerCase() : Array.from(chars, fold).join(''));

/** Characters with a meaning in a pattern; every other character stands for itself. */
const SYNTAX = '()[]\\|?+.*{}^$';

/** One character of `chars` (compared folded when `caseless`). */
export function oneOf(chars: string, caseless = false): Node {
  return { type: 'oneOf', chars: caseless ? foldAll(chars) : chars, caseless };
}

/** `node` or nothing, preferring `node`, as RegExp's greedy `?`. */
export function optional(node: Node): Node {
  return { type: 'optional', nodes: [node] };
}

/** Succeeds without consuming when the text at that point is not what `test` accepts (or has ended). */
export function notFollowedBy(test: (text: string, at: number) => boolean): Node {
  return { type: 'notBefore', test };
}

/** Reads `source`, a pattern in the subset described above; throws on anything outside it. */
export function parseUnitPattern(source: string, caseless: boolean): Node {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`unit pattern "${source}" at ${at}: ${why}`);
  };

  function readClass(): string {
    let chars = '';
    while (source[at] !== ']') {
      const ch = source[at++] ?? fail('unclosed class');
      if (source[at] === '-' && source[at + 1] !== ']' && source[at + 1] !== undefined) {
        const last = source[at + 1]!;
        at += 2;
        for (let code = ch.charCodeAt(0); code <= last.charCodeAt(0); code++) chars += String.fromCharCode(code);
      } else chars += ch;
    }
    at++;
    return chars;
  }

  function readAtom(): Node {
    const ch = source[at++] ?? fail('unexpected end');
    if (ch === '(') {
      if (source.startsWith('?:', at)) {
        at += 2;
        const inner = readAlternatives();
        if (source[at++] !== ')') fail('unclosed group');
        return inner;
      }
      if (source.startsWith('?![', at)) {
        at += 3;
        const excluded = caseless ? foldAll(readClass()) : readClass();
        if (source[at++] !== ')') fail('unclosed lookahead');
        return notFollowedBy((text, pos) => excluded.includes(caseless ? fold(text[pos]!) : text[pos]!));
      }
      return fail('unsupported group');
    }
    if (ch === '[') return oneOf(readClass(), caseless);
    if (ch === '\\') {
      const escaped = source[at++] ?? fail('dangling escape');
      if (escaped === 's') return oneOf(WHITESPACE);
      if (!'.$-/'.includes(escaped)) fail(`unsupported escape \\${escaped}`);
      return { type: 'text', text: escaped, caseless };
    }
    return fail(`unsupported syntax ${ch}`);
  }

  /** Plain characters from `at` as one run, leaving a last one that a quantifier applies to. */
  function readText(): Node {
    let end = at;
    while (end < source.length && !SYNTAX.includes(source[end]!)) end++;
    if (end - at > 1 && (source[end] === '?' || source[end] === '+')) end--;
    const text = source.slice(at, end);
    at = end;
    return { type: 'text', text: caseless ? foldAll(text) : text, caseless };
  }

  function readSequence(): Node[] {
    const nodes: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const atom = SYNTAX.includes(source[at]!) ? readAtom() : readText();
      const quantifier = source[at];
      if (quantifier === '?' || quantifier === '+') {
        if (atom.type === 'notBefore') fail('quantified lookahead');
        at++;
        nodes.push({ type: quantifier === '?' ? 'optional' : 'some', nodes: [atom] });
      } else nodes.push(atom);
    }
    return nodes;
  }

  function readAlternatives(): Node {
    const options = [readSequence()];
    while (source[at] === '|') {
      at++;
      options.push(readSequence());
    }
    return { type: 'alt', options };
  }

  const pattern = readAlternatives();
  if (at !== source.length) fail('unbalanced )');
  return pattern;
}

/** Adds the folded characters `nodes` may start with; false when they can match without consuming one. */
function firstsOf(nodes: Node[], into: Set<string>): boolean {
  for (const node of nodes) {
    if (node.type === 'notBefore') continue;
    if (node.type === 'text') {
      into.add(fold(node.text[0]!));
      return true;
    }
    if (node.type === 'oneOf') {
      for (const ch of node.chars) into.add(fold(ch));
      return true;
    }
    if (node.type === 'alt') {
      let always = true;
      for (const option of node.options) always = firstsOf(option, into) && always;
      if (always) return true;
    } else if (firstsOf(node.nodes, into) && node.type === 'some') return true;
  }
  return false;
}

/** `lead` (the join to the number), the parsed pattern, then `after` (what must not follow it). */
export function unitPattern(lead: Node[], source: string, caseless: boolean, after: Node): UnitPattern {
  const body = parseUnitPattern(source, caseless);
  const firsts = new Set<string>();
  if (!firstsOf([body], firsts)) throw new Error(`unit pattern "${source}" can match nothing`);
  return { sequence: [...lead, body, after], firsts };
}

/** Where a match of `pattern` at the start of `window` ends, or -1: the RegExp's own choice among matches. */
export function matchUnitPattern(pattern: UnitPattern, window: string): number {
  let end = -1;
  const run = (nodes: Node[], i: number, pos: number, then: (pos: number) => boolean): boolean => {
    const node = nodes[i];
    if (node === undefined) return then(pos);
    switch (node.type) {
      case 'text': {
        const { text, caseless } = node;
        if (pos + text.length > window.length) return false;
        for (let k = 0; k < text.length; k++) {
          const ch = window[pos + k]!;
          if ((caseless ? fold(ch) : ch) !== text[k]) return false;
        }
        return run(nodes, i + 1, pos + text.length, then);
      }
      case 'oneOf': {
        const ch = window[pos];
        return ch !== undefined && node.chars.includes(node.caseless ? fold(ch) : ch) && run(nodes, i + 1, pos + 1, then);
      }
      case 'notBefore':
        return !(pos < window.length && node.test(window, pos)) && run(nodes, i + 1, pos, then);
      case 'alt': {
        const after = (next: number): boolean => run(nodes, i + 1, next, then);
        for (const option of node.options) if (run(option, 0, pos, after)) return true;
        return false;
      }
      case 'optional':
        return run(node.nodes, 0, pos, (next) => run(nodes, i + 1, next, then)) || run(nodes, i + 1, pos, then);
      case 'some': {
        const rest = (from: number): boolean =>
          run(node.nodes, 0, from, (next) => next !== from && rest(next)) || run(nodes, i + 1, from, then);
        return run(node.nodes, 0, pos, rest);
      }
    }
  };
  return run(pattern.sequence, 0, 0, (pos) => ((end = pos), true)) ? end : -1;
}
