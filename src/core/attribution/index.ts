import type { QuantityFinding } from '../quantity';
import type { Claim, DocumentInfo, Source, Span } from '../types';
import { bareDefiniteHead, createBodyRegistry, pointPronounsAtSpeakerNamedBefore, relativeMention } from './antecedents';
import { createBlockTracker } from './blocks';
import { hangChains, nestingSpeaker } from './chains';
import { chooseSource } from './choose';
import { carryForward, closedQuote, freshMemory } from './memory';
import { articleVoice as voiceOf } from './voice';
import { clauseIndexAt, clausesOf, firstEndingAfter, leadingAdverbialEnd, parenthesisAround, saysIntoLaterClause, speaksOnlyInRelativeAfter, unreachedBy, within } from './clauses';
import { sentencesWithin, tokenize } from '../text';
import { kindOfName, namesIndividual } from './kinds';
import { countsTheSource, type FoundCue, findCues } from './cues';
import type { LanguageLayer } from './language';
import { type Denial, denialsIn, nextSentenceOf } from './dispute';
import { hedgedClauses } from './hedge';
import { HUMAN_SPEECH_VERBS, isLexiconWord, SPEECH_VERBS } from './lexicon';
import { createPeopleRegistry } from './people';
import { mentionAround, WINDOW } from './phrases';
import { closingMarkAfter, readQuotes, subjectOfQuote } from './quotes';
import { subjectOf } from './subject';
import { createSurnameIndex, lastFullNameBefore } from './surnames';
import { timeFor, timesIn } from './when';

export type DescribedClaim = Omit<Claim, 'id'>;

export type { LanguageLayer } from './language';

export interface DescriberOptions {
  language?: LanguageLayer;
}

/**
 * How many sentences an unclosed quotation may run before it is taken as a stray mark; a paragraph break that
 * opens with no quotation mark ends it first, so a long quoted speech keeps its speaker to its paragraph's end.
 */
const QUOTE_REACH = 30;
/** How many cues refused as governing a claim the walk to the nearest one passes before giving up. */
const NEAREST_TRIES = 3;
/** A connective and then a quotation opening a sentence: 'Indeed, “…”', 'And “…”', 'But, “…”'. */
const QUOTE_AFTER_CONNECTIVE = /^\s*(?:Indeed|And|But|Still|Yet|Also|Again|Moreover|Besides|Instead|In fact|Then|So),?\s+(?:''|[“"«])/u;

/** Between a quotation's closing mark and a forward cue that names its source: '…," according to X'. */
const FORWARD_AFTER_CLOSE = /^\s*,?\s*$/u;

/** Whether a cue governs a claim, is refused (it only describes the claim's words), or is spoken by or of the claim's own speaker. */
type Governs = 'governs' | 'refused' | 'speaker';

interface Bound {
  cue: FoundCue;
  source: Source;
}

/** Whether the one who denies is the claim's own source (by name, or by the same words of the text). */
function deniesOwn(denial: Denial, source: Source): boolean {
  if (!source.name) return false;
  if (denial.by.toLowerCase() === source.name.toLowerCase()) return true;
  return source.start !== null && source.end !== null && denial.byStart < source.end && source.start < denial.byEnd;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * "half of voters said", "a third say", "Sixty-six percent said", "those surveyed said", "percent of Democrats": a share of the
 * people a poll asked is what the poll measured, not a source of any figure. "Respondents said" names all of them,
 * and is the source of what they said.
 */
const SHARE_OF_RESPONDENTS =
  /^(?:(?:about|nearly|almost|roughly|some|only|just|more than|fewer than|less than)\s+)?(?:half|a third(?!\s+(?!of\b|said\b|say\b|says\b)\p{L})|a quarter|two-thirds|three-quarters|most|a majority|the majority|majorities|a plurality|percent|\d[\d.,]*\s*(?:percent|%)|\p{L}+(?:-\p{L}+)?\s+percent|those (?:surveyed|polled|asked|questioned))\b/iu;

/** Between a number and the noun it counts inside one noun phrase: "42 percent [of] voters", "five [past and] current workers". */
const WITHIN_NOUN_PHRASE = /^[\s-]*(?:(?:of|the|his|her|their|its|our|those|these|past|and|current|former|other|more|fewer|registered|likely|\p{Ll}+-\p{Ll}+)[\s-]+){0,4}$/u;

/** After a name, inside what describes the speaker: "Haines, 44,", "Ana Berg, who has met 12 mayors". */
const RELATIVE_ON_NAME = /^,\s*(?:who|whose)\b[^,;:.!?"“”]*$/u;

/**
 * Whether the source's name holds the claim, or the claim describes the one named: it modifies the name
 * ("71-year-old diplomat") or stands in an aside after it ("said Haines, 44", "Ana Berg, who has met 12 mayors").
 */
function holdsClaim(text: string, name: Span, claim: Span): boolean {
  if (overlaps(name, claim)) return true;
  if (claim.start >= name.end && claim.start - name.end <= 120) {
    const between = text.slice(name.end, claim.start);
    if (RELATIVE_ON_NAME.test(between)) return true;
    // An age set off by commas closes right after the number: "Haines, 44, …", "said Haines, 44.", "Lind, then 41, said".
    if (/^,\s*(?:then\s+)?$/.test(between) && /^\s*(?:[,.;)]|$)/.test(text.slice(claim.end, claim.end + 2))) return true;
  }
  return claim.end <= name.start && name.start - claim.end <= 40 && WITHIN_NOUN_PHRASE.test(text.slice(claim.end, name.start));
}

/**
 * An aside on the speaker's name that goes on past commas: "said Erin Lo, a fellow who works about 60 hours",
 * "Ivo Lang, an official at the port, which has 500 cranes, said", "said Mae Ito, 66, a nurse who lives 25 miles
 * away", "said Rep. Al Roe (D-Ore.), one of four authors", "says Bo Kim, co-author of a study". Whatever it counts
 * describes the speaker. The period of a title or an initial inside it ("who has known Mr. Ortiz") ends no sentence.
 */
const ASIDE_ON_NAME =
  /^(?:\s*\([^()]{1,30}\))?,\s*(?:\d{1,3},\s*)?(?:who|whose|which|a|an|the|one|[\p{Ll}-]+(?:\s+\p{Ll}+)?\s+of)\b(?![^;:"“”]*\b(?:said|says|that)\b)(?:[^;:.!?"“”]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|\p{Lu}))\.)*$/u;

/**
 * The occasion of speaking after the verb: "said at one point", "told a crowd of 1,300", "said to a crowd of
 * 500", "said of her three-minute call", "said in an interview, the first of her 14-month campaign", "told the
 * hall, where 1,200 stood" (not "told a crowd that …").
 */
const OCCASION_AFTER_VERB =
  /^\s*,?\s*(?:at one point|in front of|(?:(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:crowd|audience|gathering|rally|hall|room)\b))(?![^;:"“”]*\bthat\b)(?:[^,;:.!?"“”]|,\s*(?:where|which|who|the|a|an)\s)*$/u;

/** After a plain verb of saying only ("assured of winning 300", "reported between $5,000 and…" say what is said). */
const OCCASION_AFTER_SAYING =
  /^\s*,?\s*(?:to (?:a|an|the|his|her|their|its|about|some|nearly|more than)\s|(?:of|during|while|between|sandwiched)\s|as (?:he|she|they|it|we|i)\s|in (?:a|an|the|his|her|their|its) (?:\p{Ll}+ )?(?:interview|speech|statement|meeting|conversation|call|address|post|tweet|debate|hearing|appearance|rally|visit)\b)(?![^;:"“”]*\bthat\b)(?:[^,;:.!?"“”]|,\s*(?:where|which|who|the|a|an)\s)*$/u;

/** The verbs of saying whose prepositional phrase right after them tells the occasion, not what is said. */
const PLAIN_SAYING = /^(?:said|says|say|told|tells|tell|added|adds|wrote|writes|remarked|joked|recalled|continued)$/u;

/** "told 2,000 supporters", "tells hundreds of fans", "tells 3,000 in Reno": the number (read from the claim's start) counts who was told. */
const AUDIENCE_AFTER_CLAIM = /^\S+\s+(?:of\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:people|supporters|voters|students|listeners|members|attendees|fans|residents|workers|delegates|guests|followers|viewers|donors|in)\b/u;

/** "said, clutching the lectern with two hands": a participle of manner after the verb, not of saying. */
const MANNER_AFTER_VERB = /^\s*,\s*(\p{Ll}+ing|surrounded|flanked)\b(?![^;:"“”]*\bthat\b)[^;:.!?"“”]*$/u;

/** Whether the claim describes the one who speaks or the occasion of speaking, not what is said. */
function describesSpeaking(text: string, cue: FoundCue, claim: Span): boolean {
  if (cue.role !== 'speech') return false;
  const name = cue.name;
  // The aside must hang on the name, with the verb not between them ("said Erin Lo, a fellow…", "Lang, …, said").
  if (name && claim.start >= name.end && claim.start - name.end <= 160 && (cue.start >= claim.end || cue.end <= name.start)) {
    if (ASIDE_ON_NAME.test(text.slice(name.end, claim.start))) return true;
  }
  const after = Math.max(cue.end, name && name.start >= cue.end ? name.end : cue.end);
  if (claim.start < after || claim.start - after > 120) return false;
  const between = text.slice(after, claim.start);
  if (OCCASION_AFTER_VERB.test(between)) return true;
  if (PLAIN_SAYING.test(cue.cue) && OCCASION_AFTER_SAYING.test(between)) return true;
  if (/^(?:tells?|told|telling)$/u.test(cue.cue) && /^\s*$/u.test(between) && AUDIENCE_AFTER_CLAIM.test(text.slice(claim.start, claim.start + 60))) return true;
  const manner = MANNER_AFTER_VERB.exec(between);
  return manner !== null && !SPEECH_VERBS.has(manner[1]!);
}

/** ", but his campaign said", "; 26 percent say": a conjunction or semicolon opening a clause with its own subject. */
const JOINED_CLAUSE = /[,;]\s*(?:but|and|while|whereas|although|though|yet)\s|;/u;

/**
 * Whether the cue opens a clause joined after the claim's own ("Trump netted $200,000 a speech, but his
 * campaign said …"): it speaks for its own clause, not for the one before the conjunction.
 */
function joinedAfter(text: string, claim: Span, cue: Span): boolean {
  return cue.start >= claim.end && JOINED_CLAUSE.test(text.slice(claim.end, cue.start));
}

/** Between a claim and a verb of saying that closes what it says: a comma, a quotation mark, a colon or a dash. */
const SAID_AFTER = /[,"”'’:;—–]/u;

/** At most the noun the claim counts, then "that" or "which" or nothing: "[$40 million] figure (that) the mayor". */
const OBJECT_RELATIVE =
  /^(?:\s+(?!(?:after|before|when|while|as|if|since|until|because|and|but|or|of|in|on|for|to|with|from|by|at|than)\b)\p{Ll}+)?\s+((?:that|which)\s+)?$/u;

/**
 * Whether the claim is what a later verb takes: "the $40 million figure the mayor cited", "the 9 things that the
 * senator said". The speaker opens with a determiner, or a relative pronoun stands before it.
 */
function objectOfVerb(text: string, claim: Span, name: Span): boolean {
  if (name.start < claim.end) return false;
  const relative = OBJECT_RELATIVE.exec(text.slice(claim.end, name.start));
  return relative !== null && (relative[1] !== undefined || /^(?:the|a|an|his|her|its|their)\s/iu.test(text.slice(name.start, name.end + 1)));
}

/** The cues outside a quotation: those inside it speak only within the quoted words. */
function outside(bounds: Bound[], quotation: Span): Bound[] {
  return bounds.filter((b) => !within(quotation, b.cue.start));
}

function spanDistance(a: Span, b: Span): number {
  return a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0;
}

/**
 * Makes the per-document describer: called once per sentence, in order (also for sentences with no
 * quantity, so that a source can carry over to the next sentence), it turns the sentence's findings into
 * claims with subject, time, hedge and source.
 *
 * Where the article names nobody, the source is the publication's own voice: kind 'article', named
 * after the page's publisher when there is a page (text and offsets stay null: the name is not in the
 * analysed text).
 */
export function createDescriber(
  text: string,
  info: Partial<DocumentInfo>,
  options: DescriberOptions = {},
): (sentence: Span, findings: QuantityFinding[]) => DescribedClaim[] {
  const language = options.language ?? null;
  const articleVoice = voiceOf(info);
  const isSurname = createSurnameIndex(text);
  const people = createPeopleRegistry();
  const bodies = createBodyRegistry();
  const block = createBlockTracker(text);
  const memory = freshMemory();

  /**
   * A cue's source; "it", "he" and "the ministry" continue the source named just before. The name and kind
   * are the referent's ("Barack Obama"), the span is the words that govern this claim ("he"): where the
   * article names the source for it.
   */
  function sourceOf(cue: FoundCue): Source | null {
    if (cue.role === 'reported' || !cue.name) {
      return { kind: 'reported', name: null, text: null, start: null, end: null, cue: cue.cue, via: null };
    }
    // A language layer that chunks noun phrases, when given, says where the name begins and ends.
    const chunk = language?.nounPhrase && !cue.pronoun ? language.nounPhrase(text, cue.name, memory.sentenceSpan) : null;
    const name = chunk ? { start: chunk.start, end: chunk.end, words: tokenize(text, chunk.start, chunk.end) } : cue.name;
    const written = text.slice(name.start, name.end);
    // "Ana Ruiz, who announced": the name is Ana Ruiz's, the mention that governs the cue is "who".
    const relative = cue.pronoun ? null : relativeMention(text, name, cue.start);
    // Without a chunker's extent, the span is the whole phrase the name is read from ("Monday's Lakeside poll").
    const span = relative ?? (chunk ? name : mentionAround(text, cue, name));
    const mentioned = mentionAt(span.start, span.end, cue.cue);
    if (cue.pronoun) {
      // "he" and "she" stand for a person, "it" and "its" for a body, "they" for either.
      const personal = /^(?:he|she|his|her)$/i.test(written);
      const impersonal = /^(?:it|its)$/i.test(written);
      // "Askar has released code he said…": a known person named earlier in the sentence comes first.
      const mention = personal ? people.lastMentionIn(text, Math.max(memory.sentenceStart, name.start - WINDOW), name.start) : null;
      if (mention) {
        const name = text.slice(mention.start, mention.end);
        return { kind: people.officeOf(name) ?? 'person', name, via: null, ...mentioned };
      }
      const antecedent = personal ? memory.lastPerson : impersonal ? memory.lastBody : memory.lastNamed;
      if (antecedent) return { ...antecedent.source, ...mentioned };
      // '"…," it stated.': a body named nowhere near is still who states it, though the text does not say who.
      if (impersonal && /^it$/i.test(written)) return { kind: 'reported', name: null, text: written, start: name.start, end: name.end, cue: cue.cue, via: null };
      if (!personal) return null;
      const person = lastFullNameBefore(text, name.start);
      if (person) {
        const name = text.slice(person.start, person.end);
        return { kind: people.officeOf(name) ?? 'person', name, via: null, ...mentioned };
      }
      return { kind: 'person', name: null, text: written, start: name.start, end: name.end, cue: cue.cue, via: null };
    }
    let kind = cue.kind;
    // "Mr Obama said" after "President Barack Obama": the person keeps the office the article gave them.
    const office = kind === 'person' ? people.officeOf(written) : null;
    if (office) kind = office;
    // A lone name is a person only if the article gave that person's full name before.
    const only = name.words.length === 1 ? name.words[0]! : null;
    if (kind === 'person' && only && /^\p{Lu}/u.test(only.text) && !isLexiconWord(only.text) && !isSurname(only.text.replace(/['’]s?$/u, ''), only.start)) {
      kind = 'organisation';
    }
    // A language layer, when given, tells a person's name from an organisation's where the shape of the name decided.
    if (language && (kind === 'person' || kind === 'organisation') && !office) kind = language.kindOfName(text, name, memory.sentenceSpan) ?? kind;
    // "the company said", "The report found": the body named before, as the article named it.
    const head = bareDefiniteHead(name.words);
    const antecedent = head ? bodies.antecedentFor(head) : null;
    if (antecedent) return { ...antecedent, ...mentioned };
    // "according to the results": a source the text points at without naming who made it.
    if (kind === 'reported') return { kind, name: null, via: null, ...mentioned };
    return { kind, name: written, via: null, ...mentioned };
  }

  /** The words of the text that name a source for one cue: its span, its text and the cue itself. */
  function mentionAt(start: number, end: number, cue: string): Pick<Source, 'text' | 'start' | 'end' | 'cue'> {
    return { text: text.slice(start, end), start, end, cue };
  }

  /** Resolves the sentence's cues to sources, hanging each "citing X" on the cue it extends. */
  function boundCues(cues: FoundCue[]): { primary: Bound[]; reported: Bound[] } {
    const primary: Bound[] = [];
    const reported: Bound[] = [];
    const chains: Bound[] = [];
    for (const cue of cues) {
      if (cue.name && SHARE_OF_RESPONDENTS.test(text.slice(cue.name.start, cue.name.end))) continue;
      const found = sourceOf(cue);
      if (!found) continue;
      // How this cue was read travels with its source (not the reading of the cue that named an antecedent), so
      // the rule that chooses it can say so ("cue-in-clause:stance").
      const source: Source = { ...found, rule: cue.reading };
      if (cue.role === 'reported') reported.push({ cue, source });
      else if (cue.role === 'chain') chains.push({ cue, source });
      else primary.push({ cue, source });
    }
    return { primary: pointPronounsAtSpeakerNamedBefore(text, hangChains(primary, chains)), reported };
  }

  /**
   * The cue nearest to the claim that `accepts` (only within `clause` when given). Cues are sorted and do
   * not overlap, so the nearest lies next to where the claim would sit among them: the walk goes outward
   * from there, nearer side first, and gives up after a few refused cues, which keeps a sentence with
   * thousands of cues linear. A refused cue ("7 scenes [she wrote]" names who wrote the scenes, not who
   * speaks of them) lets the next nearest govern.
   */
  function nearest(bounds: Bound[], claim: Span, clause: Span | null, accepts: (b: Bound) => Governs = () => 'governs'): Bound | null {
    const at = firstEndingAfter(bounds, claim.start);
    let left = at - 1;
    let right = at;
    let refused = 0;
    while ((left >= 0 || right < bounds.length) && refused < NEAREST_TRIES) {
      const before = left >= 0 ? bounds[left]! : null;
      const after = right < bounds.length ? bounds[right]! : null;
      const takeAfter = after !== null && (before === null || spanDistance(after.cue, claim) < spanDistance(before.cue, claim));
      const candidate = takeAfter ? after : before!;
      if (takeAfter) right++;
      else left--;
      if (clause && !within(clause, candidate.cue.start)) {
        // Past the clause on this side: nothing further that way is in it.
        if (takeAfter && candidate.cue.start >= clause.end) right = bounds.length;
        if (!takeAfter && candidate.cue.end <= clause.start) left = -1;
        continue;
      }
      const verdict = accepts(candidate);
      if (verdict === 'governs') return candidate;
      if (verdict === 'speaker') return null;
      refused++;
    }
    return null;
  }

  /**
   * '"We have 40 boats. Another 15 are coming," she said.': a quotation whose speaker is named only
   * after it closes, in a later sentence of the same paragraph, by a verb of saying or by ', according to X'.
   */
  function speakerAfterQuote(from: number): Source | null {
    const close = closingMarkAfter(text, from);
    if (!close) return null;
    const stop = /[.!?](?=\s|$)|\n/.exec(text.slice(close.end, Math.min(text.length, close.end + WINDOW)));
    // The closing mark is part of what is read: '…," said one official' names the speaker after the verb.
    const span = { start: close.start, end: stop ? close.end + stop.index : Math.min(text.length, close.end + WINDOW) };
    const cue = findCues(text, span, language ?? undefined).find(
      (c) => c.role === 'speech' || (c.role === 'forward' && FORWARD_AFTER_CLOSE.test(text.slice(close.end, c.start))),
    );
    return cue ? sourceOf(cue) : null;
  }

  /** The name a sentence opens with, as the source of words it quotes with no verb of saying ("Ruiz, asking them to “give $3”"). */
  function quoteSubject(quotation: Span, sentence: Span): Source | null {
    const subject = subjectOfQuote(text, sentence, quotation);
    if (!subject) return null;
    const words = tokenize(text, subject.start, subject.end);
    // "New signs appeared": one capitalised word names someone only as the surname of a person named before.
    if (words.length === 1 && !isSurname(words[0]!.text.replace(/['’]s?$/u, ''), words[0]!.start)) return null;
    const kind = kindOfName(words, true);
    if (!kind || kind === 'reported' || kind === 'anonymous') return null;
    const name = { ...subject, words };
    return sourceOf({ role: 'speech', cue: '"', start: quotation.start, end: quotation.start + 1, name, kind, pronoun: false, individual: namesIndividual(words), sentenceWide: false });
  }

  return (sentence, findings) => {
    const paragraphBreak = /\n/.test(text.slice(memory.previousEnd, sentence.start));
    memory.previousEnd = sentence.end;
    const opensWithQuote = /^\s*(?:''|[“"«‘])/.test(text.slice(sentence.start, sentence.start + 4));
    if (paragraphBreak && memory.quote.open && !opensWithQuote) memory.quote = closedQuote();
    // A paragraph opening with a mark inside an open quotation goes on with it: the reach starts again.
    else if (paragraphBreak && memory.quote.open) memory.quote = { ...memory.quote, age: 0 };
    block.enter(paragraphBreak, opensWithQuote);
    // A paragraph that opens with a quotation and names nobody goes on with the last voice quoted.
    if (paragraphBreak && !opensWithQuote) memory.lastQuoted = null;
    if (memory.quote.open && memory.quote.age >= QUOTE_REACH) memory.quote = closedQuote();

    memory.sentenceStart = sentence.start;
    memory.sentenceSpan = sentence;
    people.observe(text, sentence);
    bodies.observe(text, sentence, people.isKnownPerson);
    const cues = findCues(text, sentence, language ?? undefined);
    const { primary, reported } = boundCues(cues);
    const quotes = readQuotes(text, sentence, memory.quote.open, memory.quote.single);
    const clauses = clausesOf(text, sentence);
    // "After 9 people died, he said …": the cue after a leading adverbial clause does not govern it.
    const lead = findings.length > 0 ? leadingAdverbialEnd(text, sentence) : null;
    const primaryInLead = lead === null ? primary : primary.filter((b) => b.cue.start < lead);
    const wide = primary.filter((b) => b.cue.sentenceWide);
    // A span may hold several sentences when the splitter could not part them: a cue reaches only its own.
    const inner = sentencesWithin(text, sentence);
    const times = findings.length > 0 ? timesIn(text, sentence) : [];
    const hedged = findings.length > 0 ? hedgedClauses(text, clauses) : [];
    const denials = findings.length > 0 ? denialsIn(text, sentence) : [];
    const next = findings.length > 0 ? nextSentenceOf(text, sentence.end) : null;
    const laterDenial = next ? denialsIn(text, next)[0] : undefined;
    // A few denials are enough to find one not by the claim's own source; more would cost per claim.
    const candidateDenials = [...denials.slice(0, 3), ...(laterDenial ? [laterDenial] : [])];
    // '"I don't think so," she said. "We need 3."': a cue inside the quotation ("I don't think") is the speaker's own words.
    const speakersOutside = primary.filter((b) => !quotes.inside.some((q) => within(q, b.cue.start)));
    // 'Indeed, “…”', 'And “…”': a quotation after a connective goes on as one opening the sentence does.
    const quoteFirst = opensWithQuote || QUOTE_AFTER_CONNECTIVE.test(text.slice(sentence.start, sentence.start + 24));
    const carried = memory.quote.open ? memory.quote.speaker : quoteFirst && speakersOutside.length === 0 ? memory.lastQuoted : null;
    const blockSpeaker = block.speaker();
    // A quotation opened here and still open at the end: its speaker is named before it, or after it closes.
    let openingSpeaker: Source | null = null;
    if (quotes.openAtEnd && quotes.openedAt !== null) {
      const opener = quotes.openedAt;
      const before = speakersOutside.filter((b) => b.cue.start < opener);
      // '"…," Ana said. "But … $16 a pound."': a quotation opening after the speaker's own goes on in their voice.
      openingSpeaker = before[before.length - 1]?.source ?? speakersOutside[0]?.source ?? blockSpeaker ?? speakerAfterQuote(sentence.end) ?? carried;
    }

    const described = findings.map((finding): DescribedClaim => {
      const claim = finding.phrase;
      const clauseIndex = clauseIndexAt(clauses, claim.start);
      const clause = clauses[clauseIndex]!;
      const ownSentence = inner[clauseIndexAt(inner, claim.start)]!;
      const governing = lead !== null && claim.end <= lead ? primaryInLead : primary;
      // A source never holds its own claim ("Twenty-four percent said …", "The 57-year-old teacher said": who
      // answered or who speaks, not what is said).
      // "Nine in 10 voters say", "Haines, 44, said": the claim is the speaker or describes them, so no other
      // cue speaks it either. "7 scenes she wrote": a pronoun's clause only describes the counted thing.
      const governs = (b: Bound): Governs => {
        if (describesSpeaking(text, b.cue, claim) || countsTheSource(text, b.cue, claim)) return 'speaker';
        // "(93 percent were white, according to exit polls), Ohio (79 percent)": a cue in brackets speaks only inside them.
        const bracket = parenthesisAround(text, sentence, b.cue.start);
        if (bracket && !within(bracket, claim.start)) return 'refused';
        // "his plan to deport 11 million": a noun of saying speaks for what follows it, not for what came before.
        if (b.cue.reading === 'nominal' && claim.start < b.cue.end) return 'refused';
        // "Two military analysts found", "the $59 million spent by the campaign had come …, meaning Trump charged":
        // a verb later in the clause, with no comma or quotation mark between, has the claim in its subject or in
        // what came before, not in what it says; unless the claim is what the verb takes ("the $40 million figure
        // the mayor cited").
        if (b.cue.role === 'speech' && b.cue.cue !== ':' && b.cue.start >= claim.end && !SAID_AFTER.test(text.slice(claim.end, b.cue.start))) {
          return b.cue.name !== null && !b.cue.pronoun && objectOfVerb(text, claim, b.cue.name) ? 'governs' : 'refused';
        }
        // "Ruiz, who announced a $275 billion plan": the cue itself stands between the name and the claim.
        const cueBetween = b.cue.name !== null && b.cue.start >= b.cue.name.end && b.cue.end <= claim.start;
        // A cue closing the sentence after a comma governs it all, a relative clause before it included.
        const onlyInRelative = !b.cue.sentenceWide && speaksOnlyInRelativeAfter(text, claim, b.cue.name?.start ?? 0);
        // "…, when 12 states voted", "said at one point": the cue's clause holds the claim, what it says does not.
        if (!b.cue.name || cueBetween || !(holdsClaim(text, b.cue.name, claim) || onlyInRelative)) return unreachedBy(text, sentence, b.cue, claim) ? 'refused' : 'governs';
        return b.cue.pronoun && b.cue.name.start >= claim.end ? 'refused' : 'speaker';
      };
      // "Ruiz said she would come, and 40 homes …": a person's verb reaches another clause only through "that".
      const intoLaterClause = (b: Bound): Governs => {
        const verdict = governs(b);
        const human = b.cue.role === 'speech' && HUMAN_SPEECH_VERBS.has(b.cue.cue);
        return verdict === 'governs' && !saysIntoLaterClause(text, b.cue, claim, human) ? 'refused' : verdict;
      };
      const quoteAt = quotes.inside[firstEndingAfter(quotes.inside, claim.start)];
      const inQuote = quoteAt !== undefined && within(quoteAt, claim.start);
      let own: Bound | null | undefined;
      // "The magazine said the winner has predicted 5 of 6": the speaker who reports the nearest cue's clause tells the claim.
      const reporting = (bounds: Bound[], b: Bound | null): Bound | null => {
        const nested = b ? nestingSpeaker(text, bounds, b, claim, ownSentence, (o) => governs(o) === 'governs') : null;
        return nested ? { ...nested.bound, source: { ...nested.bound.source, rule: nested.nesting } } : b;
      };
      const ownCue = (): Bound | null => (own ??= reporting(governing, nearest(governing, claim, clause, governs)));
      const chosen = chooseSource({
        inQuote,
        cueInClause: () => ownCue()?.source ?? null,
        reportedInClause: () => (ownCue() ? null : (nearest(reported, claim, clause)?.source ?? null)),
        cueSentenceWide: () => nearest(wide, claim, null, governs)?.source ?? null,
        cueInSentence: () => nearest(governing, claim, ownSentence, (b) => (joinedAfter(text, claim, b.cue) || b.cue.reading === 'stance' ? 'refused' : intoLaterClause(b)))?.source ?? null,
        quoteSpeaker: () => {
          const speakers = outside(governing, quoteAt!);
          return reporting(speakers, nearest(speakers, claim, ownSentence, governs))?.source ?? null;
        },
        speakerAfterQuote: () => speakerAfterQuote(claim.end),
        carried: () => carried,
        opening: () => openingSpeaker,
        block: () => blockSpeaker,
        quoteSubject: () => quoteSubject(quoteAt!, sentence),
        article: articleVoice,
      });
      const time = timeFor(times, clauses, claim, ownSentence, text);
      // Nobody disputes their own claim: "Moscow, which denies the allegations, said…" is no denial of it.
      const denial = candidateDenials.find((d) => !deniesOwn(d, chosen));
      return {
        text: text.slice(claim.start, claim.end),
        start: claim.start,
        end: claim.end,
        kind: finding.kind,
        quantity: finding.quantity,
        subject: subjectOf(text, sentence, finding),
        per: finding.per,
        when: time ? text.slice(time.start, time.end) : null,
        hedged: hedged[clauseIndex] ?? false,
        disputedBy: denial ? denial.by : null,
        sentence: { start: sentence.start, end: sentence.end },
        source: chosen,
      };
    });

    // What carries to the next sentences.
    const speaking = primary.filter((b) => b.cue.role === 'speech' && (b.source.name !== null || b.source.text !== null));
    // 'Ana said 40 boats sank. "We need more."': a quotation opening the next sentence goes on in the voice of
    // the last speaker, whether or not this sentence quoted them.
    memory.lastQuoted = speaking[speaking.length - 1]?.source ?? (quotes.inside.length > 0 && primary.length === 0 ? carried : null);
    const named = primary.filter((b) => b.source.name !== null);
    bodies.noteSources(text, named.map((b) => b.source));
    for (const b of named) if (b.source.kind === 'person' && b.source.name) people.noteSpeaker(b.source.name);
    memory.lastNamed = carryForward(memory.lastNamed, named);
    const individual = (b: Bound): boolean => b.cue.individual || b.source.kind === 'person';
    memory.lastPerson = carryForward(memory.lastPerson, named.filter(individual));
    memory.lastBody = carryForward(memory.lastBody, named.filter((b) => !individual(b)));

    if (quotes.openAtEnd) {
      if (quotes.openedAt !== null) {
        memory.quote = { open: true, single: quotes.single, speaker: openingSpeaker, age: 0 };
      } else {
        memory.quote = { open: true, single: quotes.single, speaker: memory.quote.speaker, age: memory.quote.age + 1 };
      }
    } else {
      memory.quote = closedQuote();
    }

    block.leave(sentence, named.map((b) => b.source));
    return described;
  };
}
