/**
 * What can be compared with what: each unit's dimension and its factor to the dimension's base unit.
 * Money compares only within one currency (ClaimLens has no exchange rates, and rates change with the date).
 */
import { own } from '../own';
import type { ClaimKind } from '../types';

interface UnitInfo {
  dimension: string;
  /** Multiply by this to get the base unit; temperatures use `offset` too. */
  factor: number;
  offset?: number;
}

const UNITS: Record<string, UnitInfo> = {
  millimetre: { dimension: 'length', factor: 0.001 },
  centimetre: { dimension: 'length', factor: 0.01 },
  metre: { dimension: 'length', factor: 1 },
  kilometre: { dimension: 'length', factor: 1000 },
  inch: { dimension: 'length', factor: 0.0254 },
  foot: { dimension: 'length', factor: 0.3048 },
  yard: { dimension: 'length', factor: 0.9144 },
  mile: { dimension: 'length', factor: 1609.344 },
  'nautical mile': { dimension: 'length', factor: 1852 },
  milligram: { dimension: 'mass', factor: 1e-6 },
  gram: { dimension: 'mass', factor: 0.001 },
  kilogram: { dimension: 'mass', factor: 1 },
  tonne: { dimension: 'mass', factor: 1000 },
  ounce: { dimension: 'mass', factor: 0.028349523125 },
  pound: { dimension: 'mass', factor: 0.45359237 },
  millilitre: { dimension: 'volume', factor: 0.001 },
  litre: { dimension: 'volume', factor: 1 },
  gallon: { dimension: 'volume', factor: 3.785411784 },
  barrel: { dimension: 'volume', factor: 158.987294928 },
  'square metre': { dimension: 'area', factor: 1 },
  hectare: { dimension: 'area', factor: 1e4 },
  'square kilometre': { dimension: 'area', factor: 1e6 },
  acre: { dimension: 'area', factor: 4046.8564224 },
  'square mile': { dimension: 'area', factor: 2589988.110336 },
  'kilometre per hour': { dimension: 'speed', factor: 1 / 3.6 },
  'mile per hour': { dimension: 'speed', factor: 0.44704 },
  'metre per second': { dimension: 'speed', factor: 1 },
  celsius: { dimension: 'temperature', factor: 1, offset: 273.15 },
  fahrenheit: { dimension: 'temperature', factor: 5 / 9, offset: 459.67 * (5 / 9) },
  kelvin: { dimension: 'temperature', factor: 1 },
  second: { dimension: 'duration', factor: 1 },
  minute: { dimension: 'duration', factor: 60 },
  hour: { dimension: 'duration', factor: 3600 },
  day: { dimension: 'duration', factor: 86400 },
  week: { dimension: 'duration', factor: 604800 },
  year: { dimension: 'duration', factor: 31557600 },
  byte: { dimension: 'data', factor: 1 },
  kilobyte: { dimension: 'data', factor: 1e3 },
  megabyte: { dimension: 'data', factor: 1e6 },
  gigabyte: { dimension: 'data', factor: 1e9 },
  terabyte: { dimension: 'data', factor: 1e12 },
};

/** American spellings and short forms the engine or a pack may use for the same unit. */
const ALIASES: Record<string, string> = {
  millimeter: 'millimetre',
  centimeter: 'centimetre',
  meter: 'metre',
  kilometer: 'kilometre',
  feet: 'foot',
  inches: 'inch',
  liter: 'litre',
  milliliter: 'millilitre',
  ton: 'tonne',
  'metric ton': 'tonne',
  percent: 'percentage',
  'per cent': 'percentage',
  meg: 'megabyte',
  gig: 'gigabyte',
  kb: 'kilobyte',
  mb: 'megabyte',
  gb: 'gigabyte',
  tb: 'terabyte',
  usd: 'dollar',
  eur: 'euro',
  gbp: 'pound',
};

export function canonicalUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const lower = unit.trim().toLowerCase();
  return own(ALIASES, lower) ?? lower;
}

/**
 * The dimension of a figure whatever kind the engine gave it: a count of "kilobytes" is a measure of data.
 * Used where figures are related, not compared.
 */
export function measuredDimensionOf(kind: ClaimKind, unit: string | null): string | null {
  const measured = kind === 'count' ? own(UNITS, canonicalUnit(unit) ?? '')?.dimension : undefined;
  return measured ?? dimensionOf(kind, unit);
}

/**
 * The dimension a claim's figure lives in; two figures compare only within one dimension. Counts compare
 * whatever the counted noun (the subject key keeps apples from oranges); ranks never compare.
 */
export function dimensionOf(kind: ClaimKind, unit: string | null): string | null {
  const canonical = canonicalUnit(unit);
  switch (kind) {
    case 'count':
      return 'count';
    case 'percent':
      return 'percent';
    case 'money':
      return canonical ? `money:${canonical}` : null;
    case 'ratio':
      return 'ratio';
    case 'rank':
      return null;
    case 'measure': {
      if (canonical === null) return null;
      return own(UNITS, canonical)?.dimension ?? `unit:${canonical}`;
    }
  }
}

/** Converts between two units of one dimension; null when they are not convertible. */
export function convert(value: number, from: string | null, to: string | null): number | null {
  const a = canonicalUnit(from);
  const b = canonicalUnit(to);
  if (a === b) return value;
  if (a === null || b === null) return null;
  const ua = own(UNITS, a);
  const ub = own(UNITS, b);
  if (!ua || !ub || ua.dimension !== ub.dimension) return null;
  const base = value * ua.factor + (ua.offset ?? 0);
  return (base - (ub.offset ?? 0)) / ub.factor;
}

/** The unit a reader on the other side of the metric divide would want to see. */
const COUNTERPARTS: Record<string, string> = {
  millimetre: 'inch',
  centimetre: 'inch',
  metre: 'foot',
  kilometre: 'mile',
  inch: 'millimetre',
  foot: 'metre',
  yard: 'metre',
  mile: 'kilometre',
  gram: 'ounce',
  kilogram: 'pound',
  ounce: 'gram',
  pound: 'kilogram',
  litre: 'gallon',
  gallon: 'litre',
  hectare: 'acre',
  acre: 'hectare',
  'square kilometre': 'square mile',
  'square mile': 'square kilometre',
  'kilometre per hour': 'mile per hour',
  'mile per hour': 'kilometre per hour',
  celsius: 'fahrenheit',
  fahrenheit: 'celsius',
};

export function counterpartUnit(unit: string | null): string | null {
  const canonical = canonicalUnit(unit);
  return canonical === null ? null : (own(COUNTERPARTS, canonical) ?? null);
}

/** Whether a unit's scale has an offset (temperatures), so converting it is not one multiplication. */
export function isOffsetScale(unit: string | null): boolean {
  const canonical = canonicalUnit(unit);
  return canonical !== null && own(UNITS, canonical)?.offset !== undefined;
}
