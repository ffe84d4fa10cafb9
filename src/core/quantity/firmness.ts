/**
 * How firm a quantity is, read from the words right before it: "about" → '~', "more than" → '>',
 * "up to" → '<', "rose" → 'up', "fell by" → 'down'. The nearest cue wins ("rose by about 5%" is '~',
 * as NewsQuant reads it).
 */
import type { Change } from '../types';

export interface Firmness {
  change: Change;
  /** Where the cue starts, so the highlighted phrase can take it in; null for a rise or fall. */
  start: number | null;
}

const APPROX = [
  'about', 'around', 'approximately', 'approx\\.?', 'nearly', 'almost', 'roughly', 'some', 'circa', 'c\\.', 'ca\\.',
  'an estimated', 'estimated', 'close to', 'in the region of', 'in the neighbourhood of', 'in the neighborhood of',
  'barely', 'just about', 'around about', 'more or less', 'or so',
  'getting on for', 'the best part of', '~',
];
const OVER = [
  'more than or equal to', 'greater than or equal to', 'higher than or equal to', 'larger than or equal to', 'over', 'more than', 'at least', 'upwards of', 'upward of', 'above', 'exceeding', 'in excess of', 'greater than',
  'higher than', 'no fewer than', 'no less than', 'well over', 'just over', 'topping', 'topped', 'tops', 'beyond', 'north of', 'surpassing',
  'surpassed', 'surpasses', 'exceeded', 'exceeds', 'eclipsed', 'eclipses', 'outstripped',
  'a minimum of', 'as much as', '>',
];
const UNDER = [
  'less than or equal to', 'fewer than or equal to', 'lower than or equal to', 'smaller than or equal to', 'under', 'less than', 'fewer than', 'up to', 'at most', 'below', 'lower than', 'just under', 'shy of', 'short of',
  'no more than', 'a maximum of', 'not more than', 'as few as', 'as little as', 'south of', 'within', '<',
];
const UP = [
  'rose', 'rise', 'rises', 'risen', 'rising', 'gained', 'gain', 'gains', 'gaining', 'jumped', 'jump', 'jumps', 'climbed',
  'climb', 'climbs', 'increased', 'increase', 'increases', 'grew', 'grow', 'grows', 'up', 'surged',
  'surge', 'surges', 'soared', 'soars', 'rallied', 'rallies', 'advanced', 'advances', 'spiked', 'leapt', 'leaped',
  'rebounded', 'hiked', 'edged up', 'ticked up', 'inched up', 'went up', 'goes up',
];
const DOWN = [
  'fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines',
  'decreased', 'decrease', 'decreases', 'lost', 'lose', 'loses', 'losing', 'slid', 'slide', 'slides', 'slipped',
  'slips', 'sank', 'sinks', 'tumbled', 'tumbles', 'plunged', 'plunges', 'plummeted', 'down', 'shed', 'sheds', 'eased',
  'eases', 'dipped', 'dips', 'shrank', 'shrinks', 'slumped', 'slumps', 'retreated', 'edged down',
  'ticked down', 'went down', 'goes down', 'reduced', 'crashed', 'tanked',
];

const alternation = (words: string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
// A cue must end right before the number (articles and "just"/"only" aside for rises and falls).
const BOUND = new RegExp(
  `(?<![\\p{L}])(?:(?<approx>${alternation(APPROX)})|(?<over>${alternation(OVER)})|(?<under>${alternation(UNDER)}))\\s*$`,
  'iu',
);
// "make up 13 percent", "eat up", "set up" are no rises.
const PARTICLE_UP = '(?<!(?:make|makes|made|making|eat|eats|ate|eaten|take|takes|took|set|sets|add|adds|added|sum|sums|summed|pick|picks|picked|use|used|uses|end|ends|ended|take|line|lined|wind|winds|wound|take)\\s+)';
const TREND = new RegExp(
  `(?<![\\p{L}])${PARTICLE_UP}(?:(?<up>${alternation(UP)})|(?<down>${alternation(DOWN)}))(?:\\s+(?:by|another|a\\s+further))*\\s*$`,
  'iu',
);

/** "50 people or more", "10% or less": a bound written after the quantity. */
const BOUND_AFTER = /^[ \u00a0]+or[ \u00a0]+(?:(?<over>more|greater|higher|above|over)|(?<under>less|fewer|lower|below|under))(?![\p{L}])/iu;

/** The firmness a bound after the quantity gives it ("or more"), and where that bound ends; null when there is none. */
export function boundAfter(text: string, at: number, limit: number): { change: Change; end: number } | null {
  const m = BOUND_AFTER.exec(text.slice(at, Math.min(limit, at + 16)));
  if (!m?.groups) return null;
  return { change: m.groups['over'] !== undefined ? '>' : '<', end: at + m[0].length };
}

/** "sub-5 nanometre", "sub-$1,000": a ceiling written onto the number. */
const SUB = /(?<![\p{L}])sub-\$?$/iu;
/** "dropped from $210 to $190": a rise or fall told by where it started, right before that start. */
const TREND_FROM = new RegExp(`(?<![\\p{L}])${PARTICLE_UP}(?:(?<up>${alternation(UP)})|(?<down>${alternation(DOWN)}))\\s+from\\s*$`, 'iu');

/** The direction of a change told as "from X to Y", when the words before X say it; null otherwise. */
export function trendFrom(text: string, at: number, floor: number): 'up' | 'down' | null {
  const m = TREND_FROM.exec(text.slice(Math.max(floor, at - 40), at));
  if (!m?.groups) return null;
  return m.groups['up'] !== undefined ? 'up' : 'down';
}

/** The firmness of a quantity starting at `at`, from the text of its sentence before it. */
export function firmnessBefore(text: string, at: number, floor: number): Firmness {
  const before = text.slice(Math.max(floor, at - 40), at);
  const sub = SUB.exec(before);
  if (sub) return { change: '<', start: at - before.length + sub.index };
  const bound = BOUND.exec(before);
  if (bound?.groups) {
    const start = at - before.length + bound.index;
    // "up to 5%" is a ceiling, never a rise; "rose to 5%" is a level, not a rise.
    if (bound.groups['approx'] !== undefined) return { change: '~', start };
    if (bound.groups['over'] !== undefined) return { change: '>', start };
    if (bound.groups['under'] !== undefined) return { change: '<', start };
  }
  const trend = TREND.exec(before);
  if (trend?.groups && !/\bto\s*$/i.test(before)) {
    if (trend.groups['up'] !== undefined) return { change: 'up', start: null };
    if (trend.groups['down'] !== undefined) return { change: 'down', start: null };
  }
  return { change: '=', start: null };
}
