/**
 * A small English noun lemmatiser: plural → singular through an irregulars table and suffix rules.
 * Subject matching needs only nouns, and it runs for every claim of every page in the content script and
 * the service worker, so a table and a dozen rules (microseconds, no dependency) beat loading compromise's
 * full tagger here; the rules cover the nouns news counts (shells, missiles, casualties, countries, boxes).
 */
import { own } from '../own';

const IRREGULAR: Record<string, string> = {
  people: 'person',
  persons: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  geese: 'goose',
  mice: 'mouse',
  oxen: 'ox',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  leaves: 'leaf',
  halves: 'half',
  wolves: 'wolf',
  shelves: 'shelf',
  thieves: 'thief',
  loaves: 'loaf',
  calves: 'calf',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  data: 'data',
  media: 'media',
  analyses: 'analysis',
  crises: 'crisis',
  theses: 'thesis',
  bases: 'base',
  diagnoses: 'diagnosis',
  indices: 'index',
  matrices: 'matrix',
  vertices: 'vertex',
  appendices: 'appendix',
  cacti: 'cactus',
  fungi: 'fungus',
  nuclei: 'nucleus',
  radii: 'radius',
  stimuli: 'stimulus',
  alumni: 'alumnus',
  aircraft: 'aircraft',
  series: 'series',
  species: 'species',
  sheep: 'sheep',
  fish: 'fish',
  deer: 'deer',
  police: 'police',
  troops: 'troop',
  dies: 'die',
  movies: 'movie',
  cookies: 'cookie',
  ties: 'tie',
  lies: 'lie',
  pies: 'pie',
  shoes: 'shoe',
  toes: 'toe',
  canoes: 'canoe',
  heroes: 'hero',
  potatoes: 'potato',
  tomatoes: 'tomato',
  vetoes: 'veto',
  echoes: 'echo',
  torpedoes: 'torpedo',
  embargoes: 'embargo',
  caches: 'cache',
  niches: 'niche',
  houses: 'house',
  causes: 'cause',
  horses: 'horse',
  courses: 'course',
  purposes: 'purpose',
  responses: 'response',
  licenses: 'license',
  expenses: 'expense',
  defenses: 'defense',
  offenses: 'offense',
  premises: 'premises',
  uses: 'use',
  cases: 'case',
  phases: 'phase',
  releases: 'release',
  increases: 'increase',
  decreases: 'decrease',
  databases: 'database',
  nurses: 'nurse',
  verses: 'verse',
  warehouses: 'warehouse',
  gases: 'gas',
  buses: 'bus',
  viruses: 'virus',
  bonuses: 'bonus',
  censuses: 'census',
  campuses: 'campus',
  statuses: 'status',
  focuses: 'focus',
  lenses: 'lens',
  gas: 'gas',
  headaches: 'headache',
  avalanches: 'avalanche',
  // Words ending in -ss, -us, -is that are already singular.
  news: 'news',
  means: 'means',
  physics: 'physics',
  economics: 'economics',
  politics: 'politics',
  headquarters: 'headquarters',
  arms: 'arms',
  goods: 'goods',
  earnings: 'earnings',
  savings: 'savings',
  proceeds: 'proceeds',
  munitions: 'munition',
};

/** Recent results: a page repeats its nouns, and the suffix rules are regular expressions. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 5000;

/** Singular form of an English noun (lower-cased); words that look singular come back unchanged. */
export function lemmatise(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const lemma = singular(word.toLowerCase());
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, lemma);
  return lemma;
}

function singular(w: string): string {
  const irregular = own(IRREGULAR, w);
  if (irregular !== undefined) return irregular;
  if (w.length <= 2) return w;
  if (/(ss|us|is|ous)$/.test(w)) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|xes|zzes|sses)$/.test(w)) return w.slice(0, -2);
  if (/[^aeiou]oes$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
