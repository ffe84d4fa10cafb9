/**
 * Reads the numeral at a token: digits ("1,000.5", ".25"), digits with a scale ("1 million", "2.5bn",
 * "3m", "40k"), number words ("three", "twenty-five", "two hundred and fifty thousand", "a dozen",
 * "half a million", "two-thirds") and vague plurals as ranges ("dozens" → [12, 120], "tens of thousands"
 * → [10000, 100000]). A hand-written reader over a small word table: no tagger on the hot path.
 */
import { own } from '../own';
import { type Token, touching } from './tokens';

export interface Numeral {
  /** First and last-plus-one token indexes. */
  from: number;
  to: number;
  value: number | null;
  range: [number, number] | null;
  /** Read from digits (as opposed to words). */
  digits: boolean;
  /** The value before a scale word multiplied it: 2.5 in "2.5 billion". */
  unscaled: number;
  /** The scale word or suffix, when there was one. */
  scale: number;
  /** A fraction word ("a third", "half"): a ratio rather than a count. */
  fraction: boolean;
  /** A multiple ("fourfold", "double the figure"): so many times something. */
  multiple?: boolean;
}

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words after a number ("2.5 billion"). */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, tn: 1e12, trn: 1e12, mil: 1e6, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Scale suffixes written onto digits ("3m", "$2.5bn", "40k", "$13.6M"). */
const SUFFIX_SCALES: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mil: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tr: 1e12,
};
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/** "dozens of", "hundreds of": from one of the unit to ten of them. */
const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
/** Vague plurals that are amounts on their own ("cost billions"), without "of" after them. */
const VAGUE_ALONE = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions']);
/** Multiplying words: "double the number", "expected to triple". */
const MULTIPLES: Record<string, number> = { double: 2, triple: 3, treble: 3, quadruple: 4 };
/** Words that may follow a multiplying word when it multiplies something: "double the figure", "triple over a decade". */
const AFTER_MULTIPLE = /^(?:the|that|what|its|their|his|her|our|this|those|these|in|over|by|within|from|to|again|since|or)$/;
/** "twice as much", "three times the size" said in one word: a multiple only before a comparison ("twice a week" is how often). */
const TIMES_WORDS: Record<string, number> = { twice: 2, thrice: 3 };
const AFTER_TIMES_WORD = /^(?:as|the|that|what|its|their|his|her|our|this|those|these)$/;
/** Words before a multiplying word that make it a verb of growth: "costs could triple if…", "set to double". */
const BEFORE_MULTIPLE_VERB = /^(?:to|could|would|will|may|might|can|should|must|did|does|do)$/;
/** "fourfold", "tenfold", "twentyfold": a number word written onto "fold". */
const FOLD = /^(\p{L}+?)-?fold$/u;

/** The value of a word like "fourfold", or null. */
function foldValue(lower: string): number | null {
  const m = FOLD.exec(lower);
  if (!m) return null;
  const stem = m[1]!;
  return own(ONES, stem) ?? own(TENS, stem) ?? (stem === 'hundred' ? 100 : stem === 'thousand' ? 1000 : null);
}

/** "several million", "a few thousand": a vague multiple of a scale, as a range of it. */
const VAGUE_MULTIPLES: Record<string, [number, number]> = { several: [3, 9], few: [2, 5] };

export const isNumberWord = (lower: string): boolean =>
  lower === 'several' || Object.hasOwn(ONES, lower) || Object.hasOwn(TENS, lower) || lower === 'dozen' || lower === 'half' || lower === 'quarter' ||
  Object.hasOwn(VAGUE, lower) || lower === 'tens' || Object.hasOwn(MULTIPLES, lower) || Object.hasOwn(TIMES_WORDS, lower) || (lower.endsWith('fold') && foldValue(lower) !== null);

/** Ordinal words that end a spelled-out ordinal ("twenty second", "two hundredth"). */
const ORDINAL_WORDS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth|hundredth|thousandth|millionth|billionth)$/u;

/** Whether digits are written the way amounts are: "1,000", "1000", "3.5" (not "1,00", "192.168.1.2", "10:30"). */
export function digitsValue(text: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) || /^\d+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  return null;
}

const word = (tokens: Token[], i: number): string | undefined => (tokens[i]?.kind === 'word' ? tokens[i]!.lower : undefined);

/** A scale after the number at `i` (exclusive end of the number): touching suffix or separate word. */
function scaleAfter(tokens: Token[], i: number, prev: Token): { scale: number; to: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (touching(prev, t)) {
    // "3m", "2.5bn", "$13.6M", "40k" — but "80km/h", "m2" and "1.8m tall" are units, not a million.
    const s = own(SUFFIX_SCALES, t.lower);
    if (s === undefined) return null;
    const glued = tokens[i + 1];
    const unitAfter =
      (touching(t, glued) && (glued!.text === '/' || glued!.kind === 'digits')) ||
      (t.lower === 'm' && /^(?:tall|long|wide|high|deep|away|across|thick|deeper|higher|taller|longer)$/.test(glued?.lower ?? ''));
    return unitAfter ? null : { scale: s, to: i + 1 };
  }
  const s = own(SCALES, t.lower);
  if (s !== undefined) return { scale: s, to: i + 1 };
  // "3 dozen eggs"
  if (t.lower === 'dozen' || t.lower === 'dozens') return { scale: 12, to: i + 1 };
  return null;
}

/** Denominators that make "n/d" a fraction ("1/4 mile", "3/8 inch") rather than a date ("9/11"). */
const DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16, 32, 64, 100]);
const VULGAR: Record<string, number> = { '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };

export const isVulgarFraction = (text: string): boolean => Object.hasOwn(VULGAR, text);

/** "1/4", "3/8": a slash fraction from token `i`, as [value, index after]. */
function slashFraction(tokens: Token[], i: number): [number, number] | null {
  const n = tokens[i];
  const slash = tokens[i + 1];
  const d = tokens[i + 2];
  if (!n || n.kind !== 'digits' || (slash?.text !== '/' && slash?.text !== '\u2044') || d?.kind !== 'digits' || !touching(n, slash) || !touching(slash, d)) return null;
  if (touching(d, tokens[i + 3]) && tokens[i + 3]?.text === '/') return null;
  const num = Number(n.text);
  const den = Number(d.text);
  return /^\d+$/.test(n.text) && /^\d+$/.test(d.text) && DENOMINATORS.has(den) && num < den ? [num / den, i + 3] : null;
}

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/** "×10²³", "x 10^-9": a power of ten written after a number (scientific notation), from token `i`. */
function powerOfTen(tokens: Token[], i: number): { exponent: number; to: number } | null {
  const times = tokens[i];
  if (!times || !(times.text === '×' || times.lower === 'x')) return null;
  const ten = tokens[i + 1];
  if (ten?.text !== '10' || !touching(ten, tokens[i + 2])) return null;
  let j = i + 2;
  let written = '';
  if (tokens[j]?.text === '^') {
    j++;
    if (tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j])) written = tokens[j++]!.text;
    if (tokens[j]?.kind !== 'digits' || !touching(tokens[j - 1], tokens[j])) return null;
    written += tokens[j++]!.text;
  } else {
    while (tokens[j] && Object.hasOwn(SUPERSCRIPTS, tokens[j]!.text) && touching(tokens[j - 1], tokens[j])) written += own(SUPERSCRIPTS, tokens[j++]!.text);
  }
  return /^-?\d+$/.test(written) ? { exponent: Number(written), to: j } : null;
}

function fromDigits(tokens: Token[], i: number): Numeral | null {
  let from = i;
  const t = tokens[i]!;
  const whole = slashFraction(tokens, i);
  if (whole) return { from: i, to: whole[1], value: whole[0], range: null, digits: true, unscaled: whole[0], scale: 1, fraction: false };
  // "10 1/2 miles", "2½ hours"
  const mixed = slashFraction(tokens, i + 1);
  const vulgar = tokens[i + 1] && touching(t, tokens[i + 1]) ? own(VULGAR, tokens[i + 1]!.text) : undefined;
  if ((mixed || vulgar !== undefined) && /^\d+$/.test(t.text)) {
    const value = Number(t.text) + (mixed ? mixed[0] : vulgar!);
    return { from: i, to: mixed ? mixed[1] : i + 2, value, range: null, digits: true, unscaled: value, scale: 1, fraction: false };
  }
  let value: number | null;
  // ".25", ".500": a leading dot that follows a space or the start.
  const dot = tokens[i - 1];
  if (dot?.text === '.' && touching(dot, t) && /^\d+$/.test(t.text) && !(tokens[i - 2] && touching(tokens[i - 2], dot))) {
    value = Number(`0.${t.text}`);
    from = i - 1;
  } else {
    value = digitsValue(t.text);
  }
  if (value === null) return null;
  const power = powerOfTen(tokens, i + 1);
  if (power) {
    // Through the decimal string, so 6.02×10²³ is 6.02e23 exactly rather than 6.02 × 1e23 in binary.
    const v = Number(`${value}e${power.exponent}`);
    return { from, to: power.to, value: v, range: null, digits: true, unscaled: v, scale: 1, fraction: false };
  }
  let to = i + 1;
  let scale = 1;
  const scaled = scaleAfter(tokens, to, t);
  if (scaled) {
    scale = scaled.scale;
    to = scaled.to;
  }
  return { from, to, value: value * scale, range: null, digits: true, unscaled: value, scale, fraction: false };
}

/** "twenty-five", "two hundred and fifty thousand": the sum of the words from `i`, or null. */
function fromWords(tokens: Token[], i: number): Numeral | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  let last = i;
  let largestScale = 1;
  // "a dozen", "a hundred", "a million", "an estimated" is not a numeral.
  if ((word(tokens, j) === 'a' || word(tokens, j) === 'an') && ['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion'].includes(word(tokens, j + 1) ?? '')) {
    current = 1;
    seen = true;
    j++;
  }
  for (; j < tokens.length; j++) {
    const w = word(tokens, j);
    if (w === undefined) {
      // "twenty-five": a hyphen between two number words.
      if (tokens[j]!.text === '-' && seen && touching(tokens[j - 1], tokens[j]) && word(tokens, j + 1) !== undefined && Object.hasOwn(ONES, word(tokens, j + 1)!)) continue;
      break;
    }
    const rest = current % 100;
    if (Object.hasOwn(ONES, w) && (rest === 0 || (rest >= 20 && rest % 10 === 0 && ONES[w]! < 10))) {
      current += ONES[w]!;
    } else if (Object.hasOwn(TENS, w) && current % 100 === 0) {
      current += TENS[w]!;
    } else if (w === 'hundred' && seen) {
      current = (current || 1) * 100;
    } else if ((w === 'dozen' || (w === 'dozens' && current > 1)) && seen) {
      current = (current || 1) * 12;
    } else if ((w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') && seen) {
      const s = SCALES[w]!;
      total += (current || 1) * s;
      current = 0;
      largestScale = Math.max(largestScale, s);
    } else if (w === 'and' && seen && (word(tokens, j - 1) === 'hundred' || word(tokens, j - 1) === 'thousand') && (Object.hasOwn(ONES, word(tokens, j + 1) ?? '') || Object.hasOwn(TENS, word(tokens, j + 1) ?? ''))) {
      continue;
    } else if (w === 'and' && seen && word(tokens, j + 1) === 'a' && ['half', 'third', 'quarter', 'fourth', 'fifth'].includes(word(tokens, j + 2) ?? '')) {
      // "one and a half", "five and a quarter"
      current += 1 / FRACTIONS[word(tokens, j + 2)!]!;
      j += 2;
      last = j;
      continue;
    } else {
      break;
    }
    seen = true;
    last = j;
  }
  if (!seen) return null;
  const value = total + current;
  return { from: i, to: last + 1, value, range: null, digits: false, unscaled: value, scale: largestScale, fraction: false };
}

/** "a third", "two-thirds", "three quarters", "half", "half a million". */
function fraction(tokens: Token[], i: number): Numeral | null {
  const w = word(tokens, i);
  if (w === 'half') {
    // "half a million"
    if (word(tokens, i + 1) === 'a' && ['million', 'billion', 'thousand', 'dozen'].includes(word(tokens, i + 2) ?? '')) {
      const s = word(tokens, i + 2) === 'dozen' ? 12 : SCALES[word(tokens, i + 2)!]!;
      return { from: i, to: i + 3, value: s / 2, range: null, digits: false, unscaled: 0.5, scale: s, fraction: false };
    }
    const scale = own(SCALES, word(tokens, i + 1) ?? '');
    if (scale !== undefined && scale >= 1e3) return { from: i, to: i + 2, value: scale / 2, range: null, digits: false, unscaled: 0.5, scale, fraction: false };
    return { from: i, to: i + 1, value: 0.5, range: null, digits: false, unscaled: 0.5, scale: 1, fraction: true };
  }
  let count: number | undefined;
  if (w === 'quarter') {
    // "quarter million"; a bare "quarter" is a part of the year.
    const scale = own(SCALES, word(tokens, i + 1) ?? '');
    return scale !== undefined && scale >= 1e3 ? { from: i, to: i + 2, value: scale / 4, range: null, digits: false, unscaled: 0.25, scale, fraction: false } : null;
  }
  if (w === 'a' || w === 'an' || w === 'one') count = 1;
  else if (w !== undefined) count = own(ONES, w);
  if (count === undefined) return null;
  let j = i + 1;
  if (tokens[j]?.text === '-' && touching(tokens[i], tokens[j])) j++;
  const f = word(tokens, j);
  if (f === undefined || !Object.hasOwn(FRACTIONS, f)) return null;
  // "one third", "a third", "two-thirds": the plural only after more than one.
  if ((count === 1) !== !/s$/.test(f) && f !== 'half') return null;
  if (w === 'a' && f === 'half') return null;
  const value = count / FRACTIONS[f]!;
  // "a quarter million", "three quarters billion"
  const scale = own(SCALES, word(tokens, j + 1) ?? '');
  if (scale !== undefined && scale >= 1e3) return { from: i, to: j + 2, value: value * scale, range: null, digits: false, unscaled: value, scale, fraction: false };
  return { from: i, to: j + 1, value, range: null, digits: false, unscaled: value, scale: 1, fraction: true };
}

/** "dozens of", "hundreds of thousands of", "tens of thousands of". */
function vague(tokens: Token[], i: number): Numeral | null {
  const w = word(tokens, i);
  if (w === undefined) return null;
  let base = own(VAGUE, w);
  let to = i + 1;
  if (w === 'tens' && word(tokens, i + 1) === 'of' && ['thousands', 'millions', 'billions'].includes(word(tokens, i + 2) ?? '')) {
    base = VAGUE[word(tokens, i + 2)!]! * 10;
    to = i + 3;
  } else if (base !== undefined && word(tokens, i + 1) === 'of' && ['thousands', 'millions', 'billions'].includes(word(tokens, i + 2) ?? '')) {
    base = base * VAGUE[word(tokens, i + 2)!]!;
    to = i + 3;
  }
  if (base === undefined) return null;
  // As a count of something ("dozens of people"), or an amount on its own ("cost billions", "hundreds of
  // thousands marched"); not "scores" or "dozens" alone (a match's scores), nor "in their thousands".
  const alone = to > i + 1 || (VAGUE_ALONE.has(w) && word(tokens, i - 1) !== 'their');
  if (word(tokens, to) !== 'of' && word(tokens, to) !== 'more' && !alone) return null;
  if (word(tokens, to) === 'of' && /^(?:less|more|fewer|up|over|under|between|about|around|at)$/.test(word(tokens, to + 1) ?? '')) return null;
  return { from: i, to, value: null, range: [base, base * 10], digits: false, unscaled: base, scale: 1, fraction: false };
}

/** "several million", "a few thousand": a range of the scale, from the words' smallest to largest reading. */
function vagueMultiple(tokens: Token[], i: number): Numeral | null {
  const j = word(tokens, i) === 'a' && word(tokens, i + 1) === 'few' ? i + 1 : i;
  const span = own(VAGUE_MULTIPLES, word(tokens, j) ?? '');
  const scale = own(SCALES, word(tokens, j + 1) ?? '');
  if (!span || (j === i && word(tokens, i) === 'few') || scale === undefined || scale < 100 || tokens[j + 1]!.lower.length < 5) return null;
  return { from: i, to: j + 2, value: null, range: [span[0] * scale, span[1] * scale], digits: false, unscaled: span[0], scale, fraction: false };
}

/** "fourfold", "double the figure", "expected to triple": so many times something. */
function multiple(tokens: Token[], i: number): Numeral | null {
  const t = tokens[i]!;
  const timesWord = own(TIMES_WORDS, t.lower);
  if (timesWord !== undefined) {
    if (!AFTER_TIMES_WORD.test(word(tokens, i + 1) ?? '')) return null;
    return { from: i, to: i + 1, value: timesWord, range: null, digits: false, unscaled: timesWord, scale: 1, fraction: false, multiple: true };
  }
  const fold = t.lower.endsWith('fold') ? foldValue(t.lower) : null;
  const times = fold ?? own(MULTIPLES, t.lower);
  if (times === undefined || times === null) return null;
  // "a double", "double-digit", "triple-A": a kind of thing, not a multiple.
  const next = word(tokens, i + 1);
  const verb = BEFORE_MULTIPLE_VERB.test(word(tokens, i - 1) ?? '');
  if (fold === null && (touching(t, tokens[i + 1]) || word(tokens, i - 1) === 'a' || (next !== undefined && !AFTER_MULTIPLE.test(next) && !verb))) return null;
  return { from: i, to: i + 1, value: times, range: null, digits: false, unscaled: times, scale: 1, fraction: false, multiple: true };
}

/** The numeral starting at token `i`, or null. */
export function readNumeral(tokens: Token[], i: number): Numeral | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'digits') return fromDigits(tokens, i);
  if (Object.hasOwn(VULGAR, t.text)) return { from: i, to: i + 1, value: VULGAR[t.text]!, range: null, digits: true, unscaled: VULGAR[t.text]!, scale: 1, fraction: false };
  if (t.kind !== 'word') return null;
  const times = multiple(tokens, i) ?? vagueMultiple(tokens, i);
  if (times) return times;
  const n = vague(tokens, i) ?? fraction(tokens, i) ?? fromWords(tokens, i);
  // "twenty second", "two hundredth", "twenty-first": the words make an ordinal, not a number.
  if (n && !n.fraction) {
    const next = tokens[n.to]?.text === '-' && touching(tokens[n.to - 1], tokens[n.to]) ? tokens[n.to + 1] : tokens[n.to];
    if (next?.kind === 'word' && ORDINAL_WORDS.test(next.lower) && !(Object.hasOwn(FRACTIONS, next.lower) && /s$/.test(next.lower))) return null;
  }
  return n;
}
