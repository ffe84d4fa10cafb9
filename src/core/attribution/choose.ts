/**
 * The choice of a claim's source, in one place: named rules tried in order, the first that gives a
 * source wins, and the source carries the name of the rule that chose it (`source.rule`), so a wrong
 * attribution can be traced to the rule that made it.
 */
import type { Source } from '../types';

export type SourceRule =
  /** A cue in the claim's own clause names who says it. */
  | 'cue-in-clause'
  /** "reportedly", "is said to" in the claim's clause, with nobody named. */
  | 'reported-in-clause'
  /** A cue elsewhere in the claim's sentence. */
  | 'cue-in-sentence'
  /** Inside a quotation that opened in an earlier sentence: the speaker of that quotation. */
  | 'quote-carried'
  /** Inside a quotation opened in this sentence and still open: its speaker, named before or after it. */
  | 'quote-opening'
  /** In a block of paragraphs a speaker's lead-in announced ("She wrote:"). */
  | 'quote-block'
  /** Nobody named: the publication's own voice. */
  | 'article-voice';

/** The first rule that gives a source, with the rule's name on it. The last rule must always give one. */
export function chooseSource(rules: [SourceRule, () => Source | null | undefined][]): Source {
  for (const [rule, source] of rules) {
    const found = source();
    if (found) return { ...found, rule };
  }
  throw new Error('no source rule applied: the last rule must always give a source');
}
