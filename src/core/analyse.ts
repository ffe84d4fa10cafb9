import { createDescriber, type DescriberOptions } from './attribution';
import { hashString } from './ids';
import { EMPTY_NOUN_MEMORY, findQuantities, type NounMemory, supplyElidedNouns } from './quantity';
import { sentencesOf } from './sentences';
import type { Claim, DocumentInfo } from './types';

/** Which numbers become claims: the key claims a reader counts (the default), or every number read. */
export type Highlight = 'key' | 'every';

export interface AnalyseOptions extends DescriberOptions {
  highlight?: Highlight;
}

/**
 * Analyses text sentence by sentence, yielding each sentence's claims in order. A caller on a page's
 * main thread runs it in slices and yields to the page between them; `analyse` runs it through.
 */
export function* analyseSteps(text: string, info: Partial<DocumentInfo> = {}, options: AnalyseOptions = {}): Generator<Claim[], void, void> {
  const describe = createDescriber(text, info, options);
  const every = options.highlight === 'every';
  const seen = new Map<string, number>();
  // What earlier sentences counted or asked about, for a later count that names no noun ("Nine are full").
  let nouns: NounMemory = EMPTY_NOUN_MEMORY;
  // Sentence by sentence, not split up front: on a long page each step costs about one sentence.
  for (const sentence of sentencesOf(text)) {
    const read = supplyElidedNouns(text, sentence, findQuantities(text, sentence), nouns);
    nouns = read.memory;
    // The describer still sees every sentence, so a source named in one carries over to the next.
    const findings = read.findings.filter((f) => every || f.prominence === 'key');
    const described = describe(sentence, findings);
    if (described.length === 0) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    yield described.map((claim, k) => {
      // The id hangs on the wording, so the same claim keeps its id when the page around it changes;
      // the occurrence count keeps repeated wordings apart.
      const key = `${sentenceText}\u0000${claim.text}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const { prominence, rule, nounRule } = findings[k]!;
      return { id: hashString(`${key}\u0000${nth}`), ...claim, prominence, prominenceRule: rule, ...(nounRule ? { nounRule } : {}) };
    });
  }
}

/** Text in, claims out: the whole pure pipeline. */
export function analyse(text: string, info: Partial<DocumentInfo> = {}, options: AnalyseOptions = {}): Claim[] {
  const claims: Claim[] = [];
  for (const step of analyseSteps(text, info, options)) claims.push(...step);
  return claims;
}
