/**
 * Subject keys: what a claim counts, prices or measures, reduced to lemmas so "shells", "artillery shell"
 * and "155 mm shells" meet on the head noun "shell", while their modifiers can still keep "diplomatic
 * facilities" from "military facilities".
 */
import type { ClaimKind } from '../types';
import { lemmatise } from './lemma';
import { canonicalUnit, dimensionOf } from './units';

export interface SubjectTerms {
  /** The lemmatised head noun: "shell". */
  head: string;
  /** The other content words, lemmatised: ["artillery"]. */
  modifiers: string[];
}

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those',
  'some', 'all', 'more', 'than', 'over', 'under', 'about', 'around', 'nearly', 'almost', 'approximately',
  'roughly', 'some', 'and', 'or', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'each', 'per', 'new',
  'other', 'such', 'many', 'several', 'few', 'total', 'estimated', 'least', 'most', 'up', 'own',
]);

/** Unit abbreviations that appear inside subjects ("155 mm shells") and name no thing. */
const UNIT_WORDS = new Set(['mm', 'cm', 'm', 'km', 'kg', 'g', 'lb', 'lbs', 'in', 'ft', 'mi', 't', '%']);

/** Words a subject joins its head to a complement with: the head comes before them. */
const COMPLEMENT_WORDS = new Set(['of', 'for', 'in', 'on', 'from', 'to', 'with', 'by', 'at']);

function contentWords(tokens: string[]): string[] {
  return tokens.filter((t) => /^\p{L}/u.test(t) && !FUNCTION_WORDS.has(t) && !UNIT_WORDS.has(t));
}

/** Splits a subject phrase into its head noun and modifiers; null when it names nothing. */
export function subjectTerms(subject: string): SubjectTerms | null {
  const tokens = subject.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  // "shipments of military equipment": the head is the noun before the first complement word.
  const split = tokens.findIndex((t, i) => i > 0 && COMPLEMENT_WORDS.has(t));
  const headPart = contentWords(split === -1 ? tokens : tokens.slice(0, split));
  const tail = split === -1 ? [] : contentWords(tokens.slice(split + 1));
  const headWord = headPart.at(-1);
  if (headWord === undefined) return null;
  const head = lemmatise(headWord.replace(/'s?$/, ''));
  const modifiers = [...headPart.slice(0, -1), ...tail].map((w) => lemmatise(w.replace(/'s?$/, '')));
  return { head, modifiers };
}

/** What a claim-like record needs for matching. */
export interface Matchable {
  kind: ClaimKind;
  subject: string | null;
  unit: string | null;
}

/** The subject of a claim: its stated subject, or for counts the counted noun the engine put in `unit`. */
export function termsOf(item: Matchable): SubjectTerms | null {
  const fromSubject = item.subject ? subjectTerms(item.subject) : null;
  if (fromSubject) return fromSubject;
  if (item.kind === 'count' && item.unit) return subjectTerms(item.unit);
  return null;
}

/**
 * The index key of a claim-like record: head lemma and dimension. Records that share it are candidates;
 * null when the record cannot be matched across pages (no subject, or a rank).
 */
export function matchKey(item: Matchable): string | null {
  const terms = termsOf(item);
  const dimension = dimensionOf(item.kind, canonicalUnit(item.unit));
  if (!terms || !dimension) return null;
  return `${terms.head}|${dimension}`;
}

/**
 * Whether two subjects that share a head name the same thing: when both carry modifiers, they must share
 * one ("diplomatic facilities" ≠ "military facilities"); a bare head matches any ("shells" ~ "artillery shells").
 */
export function subjectsCompatible(a: SubjectTerms, b: SubjectTerms): boolean {
  if (a.head !== b.head) return false;
  if (a.modifiers.length === 0 || b.modifiers.length === 0) return true;
  return a.modifiers.some((m) => b.modifiers.includes(m));
}
