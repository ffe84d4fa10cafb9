/**
 * The choice of a claim's source, in one place: named rules tried in order, the first that gives a
 * source wins, and the source carries the name of the rule that chose it (`source.rule`), so a wrong
 * attribution can be traced to the rule that made it. The describer supplies the candidates; each is
 * computed only when its rule is reached.
 */
import type { Source } from '../types';

export interface SourceCandidates {
  /** Whether the claim stands inside quotation marks. */
  inQuote: boolean;
  /** The nearest cue in the claim's own clause that may govern it. */
  cueInClause(): Source | null;
  /** "reportedly", "is said to" in the claim's clause, with nobody named. */
  reportedInClause(): Source | null;
  /** A cue that opens, closes or stands between commas in the sentence: it governs every clause of it. */
  cueSentenceWide(): Source | null;
  /** The nearest cue elsewhere in the claim's sentence. */
  cueInSentence(): Source | null;
  /** The nearest cue of the sentence outside the quotation that holds the claim: who is quoted. */
  quoteSpeaker(): Source | null;
  /** '"… 40 boats …," she said.': the speaker named just after the quotation closes. */
  speakerAfterQuote(): Source | null;
  /** A quotation that opened in an earlier sentence goes on in its speaker's voice. */
  carried(): Source | null;
  /** A quotation opened in this sentence and still open: its speaker, named before or after it. */
  opening(): Source | null;
  /** A block of paragraphs a speaker's lead-in announced ("She wrote:"). */
  block(): Source | null;
  /** Quoted words in a sentence that names no speaker: the name the sentence opens with. */
  quoteSubject(): Source | null;
  /** The publication's own voice. */
  article: Source;
}

export type SourceRule =
  | 'cue-in-clause'
  | 'reported-in-clause'
  | 'cue-sentence-wide'
  | 'cue-in-sentence'
  | 'quote-speaker'
  | 'quote-speaker-after'
  | 'quote-carried'
  | 'quote-opening'
  | 'quote-block'
  | 'quote-subject'
  | 'article-voice';

type Rule = [SourceRule, (c: SourceCandidates) => Source | null];

/**
 * Inside quotation marks the words are the speaker's: cues inside the quotation speak only within it,
 * so the speaker named around the quotation comes first.
 */
const QUOTED_RULES: Rule[] = [
  ['quote-speaker', (c) => c.quoteSpeaker()],
  ['quote-speaker-after', (c) => c.speakerAfterQuote()],
  ['quote-carried', (c) => c.carried()],
  ['quote-opening', (c) => c.opening()],
  ['quote-block', (c) => c.block()],
  // A quotation mark misread as opening (a stray or unbalanced mark) must not hide the sentence's own cues.
  ['cue-in-clause', (c) => c.cueInClause()],
  ['cue-in-sentence', (c) => c.cueInSentence()],
  // Quoted words no cue governs: the name the sentence opens with ("Ruiz, asking them to “give $3”").
  ['quote-subject', (c) => c.quoteSubject()],
  ['article-voice', (c) => c.article],
];

/** Outside quotation marks, the nearest cue of the clause, then of the sentence. */
const UNQUOTED_RULES: Rule[] = [
  ['cue-in-clause', (c) => c.cueInClause()],
  ['reported-in-clause', (c) => c.reportedInClause()],
  ['cue-sentence-wide', (c) => c.cueSentenceWide()],
  ['cue-in-sentence', (c) => c.cueInSentence()],
  ['quote-block', (c) => c.block()],
  ['article-voice', (c) => c.article],
];

/**
 * The first rule that gives a source, with the rule's name on it; a cue read other than as a verb of saying
 * adds its reading ("cue-in-clause:stance", "cue-in-clause:document-has").
 */
export function chooseSource(candidates: SourceCandidates): Source {
  for (const [rule, candidate] of candidates.inQuote ? QUOTED_RULES : UNQUOTED_RULES) {
    const found = candidate(candidates);
    if (found) return { ...found, rule: found.rule ? `${rule}:${found.rule}` : rule };
  }
  return { ...candidates.article, rule: 'article-voice' };
}
