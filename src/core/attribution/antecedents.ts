/**
 * What a bare definite mention stands for: "the company said", "The report found", "the ministry
 * added" name no one themselves; they continue a body the article named before ("Whole Foods", "a
 * report by the Centre for Tax Studies"). The registry keeps the bodies named so far, newest last, as
 * the describer walks the sentences in order, and answers each mention from the newest that fits its
 * head noun.
 */
import type { Source, SourceKind, Span } from '../types';
import { kindOfName } from './kinds';
import { isLexiconWord } from './lexicon';
import { phraseAfter } from './phrases';
import { type Word, tokenize } from '../text';

/** How many bodies are kept: enough for an article's worth of back references, bounded per lookup. */
const KEPT = 24;

type Fit = 'company' | 'document' | 'government' | 'media' | 'body';

/** Head nouns of bare definite mentions, by what they may stand for. */
const HEADS = new Map<string, Fit>([
  ...['company', 'firm', 'chain', 'retailer', 'business', 'brand', 'startup', 'grocer', 'carrier', 'airline', 'insurer', 'bank', 'maker', 'manufacturer', 'group', 'operator'].map(
    (h) => [h, 'company'] as const,
  ),
  ...['report', 'study', 'survey', 'analysis', 'paper', 'research', 'review', 'audit', 'assessment', 'poll', 'index'].map(
    (h) => [h, 'document'] as const,
  ),
  ...['ministry', 'agency', 'department', 'office', 'government', 'administration', 'commission', 'authority', 'council', 'bureau', 'regulator'].map(
    (h) => [h, 'government'] as const,
  ),
  ...['newspaper', 'broadcaster', 'network', 'magazine', 'outlet', 'channel', 'daily', 'tabloid'].map((h) => [h, 'media'] as const),
  ...['institute', 'centre', 'center', 'university', 'foundation', 'association', 'union', 'charity', 'organisation', 'organization', 'nonprofit'].map(
    (h) => [h, 'body'] as const,
  ),
]);

/** The kinds a mention with each head may stand for. */
const FITTING_KINDS: Record<Fit, SourceKind[]> = {
  company: ['organisation'],
  document: ['organisation', 'government', 'media'],
  government: ['government'],
  media: ['media'],
  body: ['organisation', 'government'],
};

interface Body {
  source: Source;
  /** Named as the subject of a sentence rather than as a source: a candidate for "the company" only. */
  subjectOnly: boolean;
}

/** ", who announced", ", which also expects", "polls that show": a relative pronoun, and its auxiliaries, between a name and its verb. */
const RELATIVE_BEFORE_VERB = /^\s*,?\s*(who|which|that)\s+(?:(?:also|later|then|once|now|has|have|had|recently|previously)\s+)*$/iu;

/**
 * The relative pronoun that governs a cue for the name before it: in "Ana Ruiz, who announced a $2
 * million plan", "who" is the mention that speaks in the clause holding the claim, as "she" would be in
 * a sentence of its own. Null when the cue follows the name without one.
 */
export function relativeMention(text: string, name: Span, cueStart: number): Span | null {
  if (cueStart < name.end || cueStart - name.end > 40) return null;
  const relative = RELATIVE_BEFORE_VERB.exec(text.slice(name.end, cueStart));
  if (!relative?.[1]) return null;
  const start = name.end + relative[0].indexOf(relative[1]);
  return { start, end: start + relative[1].length };
}

/** ", but he said", "; it says", "as he noted": the pronoun opens a clause of its own, not what the speaker before says. */
const CLAUSE_OF_ITS_OWN = /[,;]\s*(?:but|and|while|whereas|yet|so)\b|;|\bas\b/u;

/**
 * Whether a quotation opens or closes between a speaker and a pronoun, parting one quoted from one who quotes;
 * a quotation opened and closed between them ('Obama said "it gets me mad" every time he thinks') parts nothing.
 */
export function quotationParts(between: string): boolean {
  const marks = between.match(/["“”]|''/gu) ?? [];
  return marks.length % 2 === 1;
}

interface SpokenBound {
  cue: { start: number; end: number; pronoun: boolean; individual: boolean; name: Span | null };
  source: Source;
}

/** Whether a pronoun may stand for a speaker: "he" and "she" for one person, "it" for a body, "they" for a body or a group. */
function agrees(pronoun: string, speaker: SpokenBound): boolean {
  const individual = speaker.cue.individual || speaker.source.kind === 'person';
  if (/^(?:he|she|his|her|him)$/.test(pronoun)) return individual;
  if (/^(?:it|its|they|their|them)$/.test(pronoun)) return !individual;
  return false;
}

/**
 * "Bill Taylor said he expected 250,000 people", "The candidate said he does not believe …": a pronoun
 * speaking inside what the speaker named just before it in the same sentence says stands for that speaker,
 * and the sentence names the source there, so the pronoun's claims take that speaker's source and span.
 * The nearest speaker before the pronoun is asked, and only if the pronoun agrees with it and does not open
 * a clause of its own. Bounds are in order of position.
 */
export function pointPronounsAtSpeakerNamedBefore<B extends SpokenBound>(text: string, bounds: B[]): B[] {
  return bounds.map((bound, k) => {
    const pronoun = bound.cue.pronoun ? bound.cue.name : null;
    if (!pronoun) return bound;
    // Walked back from the pronoun's own place, without copying: a sentence may hold thousands of cues.
    let before = k - 1;
    while (before >= 0 && bounds[before]!.cue.end > pronoun.start) before--;
    const speaker = before >= 0 ? bounds[before]! : null;
    if (!speaker || speaker.cue.pronoun || speaker.source.start === null || speaker.source.name === null) return bound;
    if (!agrees(text.slice(pronoun.start, pronoun.end).toLowerCase(), speaker)) return bound;
    const between = text.slice(speaker.cue.end, pronoun.start);
    if (CLAUSE_OF_ITS_OWN.test(between) || quotationParts(between)) return bound;
    return { ...bound, source: { ...speaker.source, cue: bound.source.cue } };
  });
}

/** The head noun of a bare definite mention ("the company", "The new report"), or null for any other phrase. */
export function bareDefiniteHead(words: Word[]): string | null {
  if (words.length < 2 || words[0]!.lower !== 'the') return null;
  if (!words.slice(1).every((w) => /^\p{Ll}/u.test(w.text))) return null;
  return words[words.length - 1]!.lower;
}

/** "A study", "the company", "this report": a determiner and common nouns name no one to refer back to. */
function namesNoOne(words: Word[]): boolean {
  return words.length > 0 && /^(?:a|an|the|this|that|its|their)$/.test(words[0]!.lower) && words.slice(1).every((w) => /^\p{Ll}/u.test(w.text));
}

/**
 * Whether a capitalised run opening a sentence is a name: "Prices rose", "Officials have" are common
 * nouns capitalised by the sentence, so a lone plural or lexicon word is not taken.
 */
function isNameOfSubject(run: string): boolean {
  const words = run.split(/\s+/);
  if (NOT_A_SUBJECT.test(words[0]!)) return false;
  return words.length > 1 || !(/[^s]s$/.test(run) || isLexiconWord(run));
}

/** Words a sentence may open with that are not the name of its subject. */
const NOT_A_SUBJECT = /^(?:The|A|An|In|On|At|By|For|From|With|Within|Without|After|Before|Since|During|As|If|When|While|But|And|Or|So|Then|Yet|It|He|She|They|We|I|You|This|That|These|Those|There|Here|Its|His|Her|Their|Our|Some|Many|Most|All|Each|Every|Such|What|Why|How|Where|Who)$/;

/** "Northwind has been…", "Northwind Foods cut…": a capitalised name opening the sentence as its subject. */
const OPENING_SUBJECT =
  /^((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,3}\p{Lu}[\p{L}\d&'’.-]*)\s+(?:has|have|had|is|was|are|were|will|would|plans|\p{Ll}+ed)\b/u;

/** "a report released on Monday by the Centre for Tax Studies": the author of a document. */
const AUTHORED = /\b(?:report|study|survey|analysis|paper|review|audit|poll)\b[^.;:"“”]{0,60}?\bby\s+/giu;

export interface BodyRegistry {
  /** Records the bodies the sentence names by its words: its opening subject, the authors of documents. */
  observe(text: string, sentence: Span, isPerson: (name: string) => boolean): void;
  /** Records the sentence's named sources, once they are resolved. */
  noteSources(text: string, named: Source[]): void;
  /** The body a bare definite mention with this head continues, newest first; null when none fits. */
  antecedentFor(head: string): Source | null;
}

export function createBodyRegistry(): BodyRegistry {
  const bodies: Body[] = [];
  const keep = (body: Body): void => {
    bodies.push(body);
    if (bodies.length > KEPT) bodies.shift();
  };
  const sourceAt = (text: string, span: Span, kind: SourceKind): Source => {
    const written = text.slice(span.start, span.end);
    return { kind, name: written, text: written, start: span.start, end: span.end, cue: null, via: null };
  };
  return {
    observe(text, sentence, isPerson) {
      const body = text.slice(sentence.start, sentence.end);
      const opening = OPENING_SUBJECT.exec(body.replace(/^[“"‘]/, ''));
      const offset = /^[“"‘]/.test(body) ? 1 : 0;
      if (opening?.[1] && isNameOfSubject(opening[1]) && !isPerson(opening[1])) {
        const start = sentence.start + offset;
        keep({ source: sourceAt(text, { start, end: start + opening[1].length }, 'organisation'), subjectOnly: true });
      }
      for (const m of body.matchAll(AUTHORED)) {
        const phrase = phraseAfter(text, sentence.start + m.index + m[0].length, sentence.end);
        // The author's name ends at its last capitalised word: "by the Lakeside Institute [looks at…]".
        const last = phrase ? phrase.words.findLastIndex((w) => /^\p{Lu}/u.test(w.text)) : -1;
        if (!phrase || last < 0) continue;
        const words = phrase.words.slice(0, last + 1);
        const kind = kindOfName(words, false);
        const span = { start: words[0]!.start, end: words[last]!.end };
        if (kind && kind !== 'person' && kind !== 'anonymous') keep({ source: sourceAt(text, span, kind), subjectOnly: false });
      }
    },
    noteSources(text, named) {
      for (const source of named) {
        const words = source.start !== null && source.end !== null ? tokenize(text, source.start, source.end) : [];
        if (source.kind === 'person' || source.kind === 'anonymous' || namesNoOne(words)) continue;
        keep({ source: { ...source, cue: null, via: null }, subjectOnly: false });
      }
    },
    antecedentFor(head) {
      const fit = HEADS.get(head);
      for (let i = bodies.length - 1; i >= 0; i--) {
        const { source, subjectOnly } = bodies[i]!;
        const lower = source.name?.toLowerCase() ?? '';
        // "the institute" after "the Redwood Institute": the head itself names the antecedent.
        if (!subjectOnly && lower.split(/[^\p{L}]+/u).includes(head)) return source;
        if (!fit || (subjectOnly && fit !== 'company')) continue;
        if (FITTING_KINDS[fit].includes(source.kind)) return fit === 'company' ? { ...source, kind: 'organisation' } : source;
      }
      return null;
    },
  };
}
