/**
 * Units written after a number ("155 mm", "19 per cent", "30 euros", "38C") and currency marks written
 * before it ("$", "US$", "€", "USD 1,700"), with the singular names NewsQuant normalises them to.
 */
import type { ClaimKind } from '../types';
import { fold, matchUnitPattern, WHITESPACE, notFollowedBy, oneOf, optional, type UnitPattern, unitPattern } from './unit-pattern';
import { UNIT_SPECS } from './unit-table';

export interface UnitMatch {
  unit: string;
  kind: ClaimKind;
  /** Where the unit's text ends. */
  end: number;
}

interface UnitEntry {
  pattern: UnitPattern;
  unit: string;
  kind: ClaimKind;
}

/** A unit ends where no letter or digit follows (read as a code point, as RegExp's `u` flag does). */
function letterOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const AT_WORD_END = notFollowedBy(letterOrDigitAt);
/** How a unit may be joined to its number: a space or hyphen, a space, or nothing. */
const JOIN_CHARS = ' \u00a0-';
const JOINS = { any: [optional(oneOf(JOIN_CHARS))], space: [oneOf(' \u00a0')], touch: [] } as const;

/**
 * The table parsed, and each entry's position in it listed under the folded characters its unit may start
 * with; built on first use, so a page without numbers pays nothing.
 */
let table: { entries: UnitEntry[]; byFirst: Map<string, number[]> } | null = null;

function unitTable(): NonNullable<typeof table> {
  if (table) return table;
  const entries = UNIT_SPECS.map(([source, unit, kind, join, caseSensitive]): UnitEntry => ({
    pattern: unitPattern([...JOINS[join]], source, !caseSensitive, AT_WORD_END),
    unit,
    kind,
  }));
  const byFirst = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const ch of entry.pattern.firsts) {
      const list = byFirst.get(ch);
      if (list) list.push(index);
      else byFirst.set(ch, [index]);
    }
  });
  return (table = { entries, byFirst });
}

/** Table positions, in order, of the entries whose unit may start at `window[0]` or, after a join, `window[1]`. */
function candidates(byFirst: Map<string, number[]>, window: string): number[] {
  const here = byFirst.get(fold(window[0]!)) ?? [];
  const joined = JOIN_CHARS.includes(window[0]!) && window[1] !== undefined ? byFirst.get(fold(window[1])) ?? [] : [];
  if (joined.length === 0) return here;
  if (here.length === 0) return joined;
  return [...new Set([...here, ...joined])].sort((x, y) => x - y);
}

/** "Australian dollars" → "australian dollar", "Singaporean dollars" → "singapore dollar", "dutch guilders" → "dutch guilder". */
function namedCurrency(written: string): string {
  const words = written.trim().toLowerCase().split(/\s+/);
  const last = words.pop() ?? '';
  const singular = last === 'btc' ? 'bitcoin' : /(?:markkas|liras|zlotys)$/.test(last) ? last.slice(0, -1) : last.replace(/(?<=[a-z]{3})s$/, '');
  const region = words.join(' ').replace(/^singaporean?$/, 'singapore').replace(/^taiwan(?:ese)?$/, 'new taiwan');
  return region ? `${region} ${singular}` : singular;
}

function mayStartUnit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return ch === '%' || ch === '$' || ((code | 32) >= 97 && (code | 32) <= 122);
  return UNIT_START.test(ch);
}
const UNIT_START = /[\p{L}%$€£°″µ元]/u;

/** The unit written at `at` (right after a number), or null. Reads a short window, so each call is constant work. */
export function unitAt(text: string, at: number, limit: number): UnitMatch | null {
  // Every unit starts with a letter or a sign; most numbers are followed by neither, so skip the table.
  const gap = text[at] === ' ' || text[at] === '-' || text[at] === '\u00a0' ? 1 : 0;
  const first = text[at + gap];
  if (first === undefined || at + gap >= limit || !mayStartUnit(first)) return null;
  const window = text.slice(at, Math.min(limit, at + 40));
  const { entries, byFirst } = unitTable();
  for (const index of candidates(byFirst, window)) {
    const entry = entries[index]!;
    const length = matchUnitPattern(entry.pattern, window);
    if (length < 0) continue;
    const unit = entry.unit === '$&' ? namedCurrency(window.slice(0, length)) : entry.unit;
    return { unit, kind: entry.kind, end: at + length };
  }
  return null;
}

export interface CurrencyPrefix {
  unit: string;
  start: number;
}

/** Currency marks before a number, matched against the text that ends where the number starts. */
const PREFIXES: [RegExp, string][] = [
  [/(?:US|U\.S\.)\s?\$\s?$|\$\s?US\s?$|USD\s?$/, 'dollar'],
  [/(?<![\p{L}])(?:A|AU|AUD)\s?\$\s?$|\$\s?A\s?$|AUD\s?$/u, 'australian dollar'],
  [/(?<![\p{L}])(?:C|CA|Can)\s?\$\s?$|CAD\s?$/u, 'canadian dollar'],
  [/(?<![\p{L}])(?:S|SG)\s?\$\s?$|SGD\s?$/u, 'singapore dollar'],
  [/(?:HK)\s?\$\s?$|HKD\s?$/, 'hong kong dollar'],
  [/(?:NZ)\s?\$\s?$|NZD\s?$/, 'new zealand dollar'],
  [/\$\s?$/, 'dollar'],
  [/€\s?$|EUR\s?$/, 'euro'],
  [/£\s?$|GBP\s?$/u, 'pound sterling'],
  [/¥\s?$|JPY\s?$|(?<![\p{L}])Y=\s?$/u, 'japanese yen'],
  [/CNY\s?$|RMB\s?$/, 'chinese yuan'],
  [/₹\s?$|INR\s?$|(?<![\p{L}])Rs\.?\s?$/u, 'indian rupee'],
  [/₩\s?$|KRW\s?$/, 'south korean won'],
  [/(?<![\p{L}])RM\s?$/u, 'malaysian ringgit'],
  [/CHF\s?$/, 'franc'],
  [/₽\s?$|RUB\s?$/, 'russian rouble'],
];

/**
 * Every currency mark above ends, but for one optional space, with one of these characters ("Rs" and
 * "Rs." are checked apart): a number not preceded by one skips the table and its RegExps altogether.
 */
const CURRENCY_LAST = '$SAD€R£P¥Y=B₹W₩MF₽';

function mayEndInCurrency(before: string): boolean {
  const endsAt = (i: number): boolean => {
    const ch = before[i];
    if (ch === undefined) return false;
    if (CURRENCY_LAST.includes(ch)) return true;
    if (ch === 's') return before[i - 1] === 'R';
    return ch === '.' && before[i - 1] === 's' && before[i - 2] === 'R';
  };
  const last = before.length - 1;
  return endsAt(last) || (WHITESPACE.includes(before[last]!) && endsAt(last - 1));
}

/** The currency written before `at`, or null. */
export function currencyBefore(text: string, at: number, floor: number): CurrencyPrefix | null {
  const before = text.slice(Math.max(floor, at - 6), at);
  if (before.length === 0 || !mayEndInCurrency(before)) return null;
  for (const [re, unit] of PREFIXES) {
    const m = re.exec(before);
    if (m) return { unit, start: at - before.length + m.index };
  }
  return null;
}
