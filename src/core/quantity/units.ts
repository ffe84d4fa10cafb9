/**
 * Units written after a number ("155 mm", "19 per cent", "30 euros", "38C") and currency marks written
 * before it ("$", "US$", "€", "USD 1,700"), with the singular names NewsQuant normalises them to.
 */
import type { ClaimKind } from '../types';

export interface UnitMatch {
  unit: string;
  kind: ClaimKind;
  /** Where the unit's text ends. */
  end: number;
}

interface UnitEntry {
  re: RegExp;
  unit: string;
  kind: ClaimKind;
}

/** [pattern, unit, kind, how it may be joined to the number]: 'any' takes a space or hyphen, 'touch' none. */
type Spec = [string, string, ClaimKind, 'any' | 'touch' | 'space', boolean?];

const SPECS: Spec[] = [
  // Percentages and points
  ['percentage points?|percent(?:age)? pts?', 'percentage point', 'percent', 'any'],
  ['%|per ?cents?|percents?|percentage|pct|pc', 'percentage', 'percent', 'any'],
  ['(?:basis points?|bps)', 'basis point', 'percent', 'any'],
  ['points?|pts', 'point', 'measure', 'any'],
  // Money after the number
  ['(?:US |American |U\\.S\\. )?dollars?', 'dollar', 'money', 'any'],
  ['(?:Australian|Canadian|Singapore(?:an)?|Hong Kong|New Zealand|Taiwan(?:ese)?) dollars?', '$&', 'money', 'any'],
  ['euros?|EUR', 'euro', 'money', 'any'],
  ['(?:pounds? sterling|sterling|GBP)', 'pound sterling', 'money', 'any'],
  ['(?:yen|JPY)', 'japanese yen', 'money', 'any'],
  ['(?:yuan|renminbi|RMB|CNY)', 'chinese yuan', 'money', 'any'],
  ['(?:rupees?|INR)', 'indian rupee', 'money', 'any'],
  ['shekels?', 'shekel', 'money', 'any'],
  ['(?:Danish |Swedish |Norwegian )?(?:crowns|kroner|krone|kronor|krona)', 'krone', 'money', 'any'],
  ['(?:Swiss )?francs?|CHF', 'franc', 'money', 'any'],
  ['(?:roubles?|rubles?)', 'russian rouble', 'money', 'any'],
  ['pesos?', 'peso', 'money', 'any'],
  ['ringgit', 'malaysian ringgit', 'money', 'any'],
  ['won', 'south korean won', 'money', 'space'],
  ['(?:cents?|pence)', 'cent', 'money', 'any'],
  ['(?:[A-Z][a-z]+ |[a-z]+ )?(?:guilders?|pesetas?|markkas?|markka|lira|liras|lire|rand|naira|dirhams?|baht|rupiah|zloty|zlotys|forint|dinars?|riyals?|kuai|bitcoins?|BTC)', '$&', 'money', 'any'],
  ['€', 'euro', 'money', 'any'],
  ['\\$', 'dollar', 'money', 'space'],
  ['£', 'pound sterling', 'money', 'space'],
  ['元', 'chinese yuan', 'money', 'any'],
  ['p', 'penny', 'money', 'touch', true],
  ['USD', 'dollar', 'money', 'any', true],
  // Speed, before the lengths they start with
  ['(?:mph|m\\.p\\.h\\.?|miles? (?:per|an|a) hour)', 'mile per hour', 'measure', 'any'],
  ['(?:km/h|kph|kmh|km/hr|kilomet(?:re|er)s? (?:per|an|a) hour)', 'kilometre per hour', 'measure', 'any'],
  ['(?:m/s|met(?:re|er)s? per second)', 'metre per second', 'measure', 'any'],
  ['(?:knots?|kts?)', 'knot', 'measure', 'any'],
  ['mpg|miles? per gallon', 'mile per gallon', 'measure', 'any'],
  ['rpm', 'revolutions per minute', 'measure', 'any'],
  // Length and area
  ['(?:millimet(?:re|er)s?|mm)', 'millimetre', 'measure', 'any'],
  ['(?:centimet(?:re|er)s?|cm)', 'centimetre', 'measure', 'any'],
  ['(?:micromet(?:re|er)s?|μm|µm|microns?)', 'micrometre', 'measure', 'any'],
  ['nanomet(?:re|er)s?', 'nanometre', 'measure', 'any'],
  ['nm', 'nanometre', 'measure', 'any', true],
  ['(?:square (?:kilomet(?:re|er)s?)|sq km|km2|km²)', 'square kilometre', 'measure', 'any'],
  ['(?:square (?:miles?)|sq mi)', 'square mile', 'measure', 'any'],
  ['(?:square (?:feet|foot)|sq ft|sq\\. ft\\.?)', 'square foot', 'measure', 'any'],
  ['(?:square (?:met(?:re|er)s?)|sq m|m2|m²)', 'square metre', 'measure', 'any'],
  ['(?:kilomet(?:re|er)s?|km|kms)', 'kilometre', 'measure', 'any'],
  ['(?:met(?:re|er)s?)', 'metre', 'measure', 'any'],
  ['m', 'metre', 'measure', 'any', true],
  ['(?:miles?|mi)', 'mile', 'measure', 'any'],
  ['(?:yards?|yds?)', 'yard', 'measure', 'any'],
  ['(?:feet|foot|ft)', 'foot', 'measure', 'any'],
  ['(?:inch(?:es)?|″)', 'inch', 'measure', 'any'],
  ['(?:acres?)', 'acre', 'measure', 'any'],
  ['(?:hectares?|ha)', 'hectare', 'measure', 'any'],
  // Mass
  ['(?:kilo(?:gram(?:me)?)?s?|kgs?)', 'kilogram', 'measure', 'any'],
  ['(?:milligram(?:me)?s?|mg)', 'milligram', 'measure', 'any'],
  ['(?:gram(?:me)?s?|g)', 'gram', 'measure', 'any', true],
  ['(?:pound-feet|lb-ft|lb\\.?-ft\\.?|foot-pounds?)', 'foot pound-force', 'measure', 'any'],
  ['(?:lbs?|pounds?)', 'pound-mass', 'measure', 'any'],
  ['(?:ounces?|oz)', 'ounce', 'measure', 'any'],
  ['(?:metric )?(?:tonnes?)|metric tons?', 'metric ton', 'measure', 'any'],
  ['(?:tons?)', 'ton', 'measure', 'any'],
  ['(?:kt)', 'knot', 'measure', 'space', true],
  // Volume
  ['(?:millilit(?:re|er)s?|ml|mL)', 'millilitre', 'measure', 'any'],
  ['(?:lit(?:re|er)s?|l|L)', 'litre', 'measure', 'any', true],
  ['(?:gallons?|gal)', 'gallon', 'measure', 'any'],
  ['(?:barrels?|bbl)', 'barrel', 'measure', 'any'],
  ['(?:cubic (?:met(?:re|er)s?)|m3|m³)', 'cubic metre', 'measure', 'any'],
  ['(?:cubic (?:feet|foot)|cu ft)', 'cubic foot', 'measure', 'any'],
  ['(?:tablespoons?|tbsp)', 'tablespoon', 'measure', 'any'],
  ['(?:teaspoons?|tsp)', 'teaspoon', 'measure', 'any'],
  ['cups?', 'cup', 'measure', 'any'],
  // Energy, power, electricity
  ['(?:kWh|kilowatt[- ]hours?)', 'kilowatt hour', 'measure', 'any', true],
  ['(?:MWh|megawatt[- ]hours?)', 'megawatt hour', 'measure', 'any', true],
  ['(?:GWh|gigawatt[- ]hours?)', 'gigawatt hour', 'measure', 'any', true],
  ['(?:TWh|terawatt[- ]hours?)', 'terawatt hour', 'measure', 'any', true],
  ['(?:kW|kilowatts?)', 'kilowatt', 'measure', 'any', true],
  ['(?:MW|megawatts?)', 'megawatt', 'measure', 'any', true],
  ['(?:GW|gigawatts?)', 'gigawatt', 'measure', 'any', true],
  ['(?:W|watts?)', 'watt', 'measure', 'any', true],
  ['(?:V|volts?)', 'volt', 'measure', 'any', true],
  ['(?:A/cm2|A/cm²)', 'ampere per square centimetre', 'measure', 'any', true],
  ['(?:amps?|amperes?)', 'ampere', 'measure', 'any'],
  ['(?:GHz|gigahertz)', 'gigahertz', 'measure', 'any'],
  ['(?:MHz|megahertz)', 'megahertz', 'measure', 'any'],
  ['(?:kHz|kilohertz)', 'kilohertz', 'measure', 'any'],
  ['(?:Hz|hertz)', 'hertz', 'measure', 'any'],
  ['(?:hp|bhp|horsepower|HP|PS)', 'horsepower', 'measure', 'any', true],
  ['(?:Nm|newton[- ]met(?:re|er)s?)', 'newton metre', 'measure', 'any', true],
  ['(?:kcal|calories|Calories|cal)', 'calorie', 'measure', 'any'],
  ['(?:TB|terabytes?)', 'terabyte', 'measure', 'any', true],
  ['(?:GB|gigabytes?)', 'gigabyte', 'measure', 'any', true],
  ['(?:MB|megabytes?)', 'megabyte', 'measure', 'any', true],
  ['(?:Mbps|Gbps)', 'bit per second', 'measure', 'any', true],
  ['(?:MPa|megapascals?)', 'megapascal', 'measure', 'any', true],
  ['(?:GPa|gigapascals?)', 'gigapascal', 'measure', 'any', true],
  ['(?:ksi)', 'kilopound per square inch', 'measure', 'any'],
  ['(?:psi)', 'pound per square inch', 'measure', 'any'],
  ['(?:ppm|parts per million)', 'parts-per-million', 'measure', 'any'],
  ['(?:ppb|parts per billion)', 'parts-per-billion', 'measure', 'any'],
  ['(?:G)', 'generation wireless', 'measure', 'touch', true],
  // Temperature
  ['(?:°\\s?C|(?:degrees?|deg\\.?) (?:celsius|celcius|centigrade|c)|celsius|celcius|centigrade|centigrate)', 'celsius', 'measure', 'any'],
  ['C(?![-/])', 'celsius', 'measure', 'touch', true],
  ['(?:°\\s?F|(?:degrees?|deg\\.?) (?:fahrenheit|farenheit|f)|fahrenheit|farenheit)', 'fahrenheit', 'measure', 'any'],
  ['F(?![-/])', 'fahrenheit', 'measure', 'touch', true],
  ['(?:°|degrees?|deg\\.?)', 'degree', 'measure', 'any'],
  // Age and duration
  ['(?:years?[- ]old|yrs?[- ]old|-year-old|year-olds?)', 'year of age', 'measure', 'any'],
  ['(?:seconds?|secs?)', 'second', 'measure', 'any'],
  ['(?:minutes?|mins?)', 'minute', 'measure', 'any'],
  ['(?:hours?|hrs?)', 'hour', 'measure', 'any'],
  ['days?', 'day', 'measure', 'any'],
  ['weeks?', 'week', 'measure', 'any'],
  ['months?', 'month', 'measure', 'any'],
  ['(?:years?|yrs?)', 'year', 'measure', 'any'],
  ['decades?', 'decade', 'measure', 'any'],
  ['(?:times|fold|-fold)', 'times', 'ratio', 'any'],
];

const ENTRIES: UnitEntry[] = SPECS.map(([pattern, unit, kind, join, caseSensitive]) => {
  const gap = join === 'touch' ? '' : join === 'space' ? '[ \\u00a0]' : '[ \\u00a0-]?';
  return { re: new RegExp(`${gap}(?:${pattern})(?![\\p{L}\\p{N}])`, caseSensitive ? 'yu' : 'yiu'), unit, kind };
});

/** "Australian dollars" → "australian dollar", "Singaporean dollars" → "singapore dollar", "dutch guilders" → "dutch guilder". */
function namedCurrency(written: string): string {
  const words = written.trim().toLowerCase().split(/\s+/);
  const last = words.pop() ?? '';
  const singular = last === 'btc' ? 'bitcoin' : /(?:markkas|liras|zlotys)$/.test(last) ? last.slice(0, -1) : last.replace(/(?<=[a-z]{3})s$/, '');
  const region = words.join(' ').replace(/^singaporean?$/, 'singapore').replace(/^taiwan(?:ese)?$/, 'new taiwan');
  return region ? `${region} ${singular}` : singular;
}

/** The unit written at `at` (right after a number), or null. Reads a short window, so each call is constant work. */
export function unitAt(text: string, at: number, limit: number): UnitMatch | null {
  // Every unit starts with a letter or a sign; most numbers are followed by neither, so skip the table.
  const gap = text[at] === ' ' || text[at] === '-' || text[at] === '\u00a0' ? 1 : 0;
  const first = text[at + gap];
  if (first === undefined || at + gap >= limit || !/[\p{L}%$€£°″µ元]/u.test(first)) return null;
  const window = text.slice(at, Math.min(limit, at + 40));
  for (const entry of ENTRIES) {
    entry.re.lastIndex = 0;
    const m = entry.re.exec(window);
    if (!m) continue;
    const unit = entry.unit === '$&' ? namedCurrency(m[0]) : entry.unit;
    return { unit, kind: entry.kind, end: at + m[0].length };
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

/** The currency written before `at`, or null. */
export function currencyBefore(text: string, at: number, floor: number): CurrencyPrefix | null {
  const before = text.slice(Math.max(floor, at - 6), at);
  if (before.length === 0) return null;
  for (const [re, unit] of PREFIXES) {
    const m = re.exec(before);
    if (m) return { unit, start: at - before.length + m.index };
  }
  return null;
}
