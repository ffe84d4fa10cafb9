import type { Span } from '../types';

/**
 * A language layer beside the hand-written one: a tagger's reading of names, parts of speech and noun
 * phrases. Each question is asked only where the hand-written rules decide from the shape of the words alone;
 * a layer may answer null to leave the decision to them. bench:polnear and bench:sources compare the two.
 */
export interface LanguageLayer {
  kindOfName(text: string, name: Span, sentence: Span): 'person' | 'organisation' | null;
  /** Whether a word the lexicon reads as a verb or a noun ("reports", "plans") is a verb here; null when unsure. */
  isVerb?(text: string, word: Span, sentence: Span): boolean | null;
  /** The noun phrase holding a source's name, as the layer chunks the sentence; null when it has none there. */
  nounPhrase?(text: string, name: Span, sentence: Span): Span | null;
}
