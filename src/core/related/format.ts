/** Writes figures the way a news reader reads them: "1 million", "$3 billion", "6.1 in", "2,000–3,000". */
import { own } from '../own';
import type { Change, ClaimKind } from '../types';
import type { Figure } from './types';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const CURRENCY_SYMBOLS: Record<string, string> = { dollar: '$', euro: '€', pound: '£', yen: '¥' };

const UNIT_SYMBOLS: Record<string, string> = {
  millimetre: 'mm',
  centimetre: 'cm',
  metre: 'm',
  kilometre: 'km',
  inch: 'in',
  foot: 'ft',
  mile: 'mi',
  gram: 'g',
  kilogram: 'kg',
  tonne: 't',
  pound: 'lb',
  ounce: 'oz',
  litre: 'L',
  gallon: 'gal',
  celsius: '°C',
  fahrenheit: '°F',
  percentage: '%',
};

/** The short symbol of a unit ("mm", "°C"), or its name when it has none. */
export function unitSymbol(unit: string): string {
  return own(UNIT_SYMBOLS, unit) ?? unit;
}

/** Rounds to at most three significant digits, dropping trailing zeros. */
function roundForReading(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(3));
}

// One formatter, made once: toLocaleString builds a new one per call, which dominated pages with many figures.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of SCALES) {
    if (abs >= size) return `${NUMBER_FORMAT.format(roundForReading(value / size))} ${word}`;
  }
  return NUMBER_FORMAT.format(roundForReading(value));
}

const CHANGE_WORDS: Record<Change, string> = { '=': '', '~': '≈ ', '>': 'over ', '<': 'under ', up: 'up ', down: 'down ' };

function withUnit(number: string, unit: string | null, plural: boolean, money: boolean): string {
  if (!unit) return number;
  // "pound" names both a currency and a weight: only money gets the £.
  const currency = money || unit !== 'pound' ? own(CURRENCY_SYMBOLS, unit) : undefined;
  if (currency) return `${currency}${number}`;
  if (unit === 'percentage') return `${number}%`;
  const symbol = own(UNIT_SYMBOLS, unit);
  if (symbol) return `${number} ${symbol}`;
  return `${number} ${plural ? pluralise(unit) : unit}`;
}

/** Just enough plural forms to label counted nouns ("53 missions"); unknown words get an "s". */
function pluralise(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

export function formatFigure(figure: Figure, kind?: ClaimKind): string {
  const money = kind === 'money';
  if (figure.range) {
    const [lo, hi] = figure.range;
    return withUnit(`${formatNumber(lo)}–${formatNumber(hi)}`, figure.unit, true, money);
  }
  if (figure.value === null) return '?';
  return CHANGE_WORDS[figure.change] + withUnit(formatNumber(figure.value), figure.unit, figure.value !== 1, money);
}

/**
 * A stored figure with what it is about, without saying the noun twice: a count's unit is its subject's
 * noun ("over 1 million artillery shells"), other figures name their subject beside them ("$3,000 · 155 mm shells").
 */
export function describeFigure(figure: Figure, kind: ClaimKind, subject: string | null): string {
  if (!subject) return formatFigure(figure, kind);
  if (kind === 'count') return `${formatFigure({ ...figure, unit: null }, kind)} ${subject}`;
  return `${formatFigure(figure, kind)} · ${subject}`;
}
