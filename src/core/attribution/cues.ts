/**
 * The attribution cues of one sentence: "according to X", "X said", "citing X", "reportedly"…, each
 * with the name it points at and that name's kind. One pass of a few regular expressions over the
 * sentence, and a bounded walk around each hit.
 */
import type { SourceKind, Span } from '../types';
import { firstEndingAfter } from './clauses';
import { isUnnamedIndividualSpeaker, kindOfName, namesIndividual } from './kinds';
import type { LanguageLayer } from './language';
import {
  AMBIGUOUS_VERBS,
  CARRIER_ADJECTIVES,
  CARRIER_WORDS,
  CHAIN_CUE,
  DENIAL_VERBS,
  DOCUMENT_NOUNS,
  FORWARD_CUE,
  HUMAN_SPEECH_VERBS,
  INVERTED_VERBS,
  LEADING_CARRIER,
  NOMINAL_CUE,
  PUT_VERBS,
  REPORTED_CUE,
  ROLE_NOUNS,
  SPEECH_VERBS,
  STANCE_VERBS,
  THAT_ONLY_VERBS,
  TRAILING_CARRIER,
  VERB_CANDIDATE,
} from './lexicon';
import { DETERMINERS, isPronoun, type Phrase, phraseAfter, phraseBefore, properNameOf, WINDOW } from './phrases';
import { startsSentence, tokenize } from '../text';
import { isPlace } from './lexicon';

export type CueRole = 'speech' | 'forward' | 'chain' | 'reported';

export interface FoundCue {
  role: CueRole;
  /** The cue as written, in lower case: "according to", "said", "citing", "reportedly". */
  cue: string;
  start: number;
  end: number;
  /** Who the cue names; null for "reportedly" and its kin. */
  name: Phrase | null;
  kind: SourceKind;
  /** "It added", "he said": the name is someone named before. */
  pronoun: boolean;
  /** The name is one person's, so "he" or "she" may stand for it later. */
  individual: boolean;
  /**
   * The cue governs its whole sentence, not only its clause: it opens the sentence ("According to X,",
   * "In a poll released Monday,"), closes it (", according to X."), or stands between commas (", X said,").
   */
  sentenceWide: boolean;
  /**
   * How the cue was read, when not as a verb of saying or a forward cue: 'stance' for a verb of belief, wish,
   * judgement or publishing ("supports", "knows", "named"), which speaks only within its own clause;
   * 'document-has' for a poll or count that "has" or "gives" someone a figure; 'nominal' for a noun of saying or
   * planning with its possessor ("his plan to"), which speaks only for what follows it.
   */
  reading?: CueReading;
}

export type CueReading = 'stance' | 'document-has' | 'nominal';

/** What names a person or body without naming them. */
const ANONYMOUS_MARK =
  /\b(?:unnamed|anonymous|anonymity|not (?:to )?be (?:named|identified)|familiar with|knowledge of|briefed on|close to the|declined to be|asked not|not authori[sz]ed)\b/i;
const ANONYMOUS_HEAD = /\b(?:sources?|officials?|people|persons?|diplomats?|insiders?|executives?|employees?|members?|residents?|staff)\b/i;

/** Drops "data from" / "'s figures" around a name, keeping the span exact. */
function withoutCarrier(text: string, phrase: Phrase): Phrase | null {
  let { start, end } = phrase;
  const written = text.slice(start, end);
  const lead = LEADING_CARRIER.exec(written);
  if (lead && lead[0].length < written.length) start += lead[0].length;
  const rest = text.slice(start, end);
  const trail = TRAILING_CARRIER.exec(rest);
  // "The weekly paper said", "the local paper reported": a paper of that kind is a newspaper, not the figures' carrier.
  const newspaper = trail !== null && /\bpaper$/u.test(rest) && kindOfName(phrase.words, false) === 'media';
  if (trail && trail.index > 0 && !newspaper) end = start + trail.index;
  if (start === phrase.start && end === phrase.end) return phrase;
  const words = phrase.words.filter((w) => w.start >= start && w.start < end);
  const first = words[0];
  // "the report says", "official data showed", "exit polls": with nobody named behind it, the carrier is the source.
  if (!first || words.every((w) => DETERMINERS.has(w.lower) || CARRIER_ADJECTIVES.has(w.lower))) return phrase;
  if (!kindOfName(words, false)) return phrase;
  return { start: first.start, end: Math.min(end, words[words.length - 1]!.end), words };
}

/**
 * "according to one source", "according to the document he released": whatever "according to" names is where
 * the figure comes from, though the lexicon does not know it; unnamed people are anonymous, the rest names nobody.
 */
function attributedAnyway(text: string, cue: string, phrase: Phrase | null): Named | null {
  if (!phrase || !/^(?:according\s+to|as\s+per)$/iu.test(cue) || !/^\p{Ll}/u.test(phrase.words[0]!.text)) return null;
  const written = text.slice(phrase.start, phrase.end);
  const kind = ANONYMOUS_HEAD.test(written) ? 'anonymous' : 'reported';
  return { name: phrase, kind, pronoun: false, individual: false };
}

/** "officials who asked not to be named said": the whole description is the name. */
function anonymousAround(text: string, phrase: Phrase, floor: number, ceiling: number): Phrase {
  // Forward: a description that follows the name up to the next comma.
  const tail = text.slice(phrase.end, Math.min(ceiling, phrase.end + WINDOW));
  const relative = /^\s+(?:who|that)\b[^,;:.!?"“”()]*/.exec(tail);
  let { start, end } = phrase;
  if (relative && ANONYMOUS_MARK.test(relative[0])) end = phrase.end + relative[0].trimEnd().length;
  // Backward: a head noun earlier in the same stretch ("people [who asked not to be named]").
  const from = Math.max(floor, phrase.start - WINDOW);
  const before = text.slice(from, phrase.start);
  const lastBreak = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('"'), before.lastIndexOf('“'));
  const stretch = before.slice(lastBreak + 1);
  if (ANONYMOUS_MARK.test(stretch + text.slice(phrase.start, phrase.end))) {
    const head = ANONYMOUS_HEAD.exec(stretch);
    if (head) {
      const headStart = from + lastBreak + 1 + head.index;
      const lead = /(?:\b(?:the|a|an|two|three|four|several|some|many|senior|other|western|local|[A-Z][\w.-]*)\s+){0,3}$/.exec(
        text.slice(Math.max(from, headStart - 60), headStart),
      );
      start = lead ? headStart - lead[0].length : headStart;
    }
  }
  if (start === phrase.start && end === phrase.end) return phrase;
  return { start, end, words: tokenize(text, start, end) };
}

/** "put [Obama's approval during the first four months] at": the object may run a few words before "at". */
const PUT_AT = /^[^.,;]{1,80}?\bat\s/;

/** Adverbs and auxiliaries between a name set off by commas and its verb: "Sam Reyes, later said", "…, has repeatedly promised". */
const ADVERBS_BEFORE_VERB = /(?:\b(?:later|also|then|previously|earlier|recently|once|again|separately|further|has|have|had|\p{Ll}+ly)\s+)+$/u;

/** ", saying she would …": after a comma, a participle of saying may open a clause with its own subject. */
function participleClause(text: string, sentence: Span, verbAt: number, after: string): boolean {
  return /,\s*$/.test(text.slice(Math.max(sentence.start, verbAt - 3), verbAt)) && /^\s+(?:he|she|they|it|we|i|the|his|her|their|its)\b/iu.test(after);
}

/**
 * "added 151,000 jobs", "adds more than 2%", "admitted 600,000 refugees": before an amount, "add" counts it in
 * and "admit" lets it in; neither says anything.
 */
const ADDING_VERBS = new Set(['add', 'adds', 'added', 'admit', 'admits', 'admitted']);
const AMOUNT_FOLLOWS =
  /^\s+(?:(?:more|less|fewer)\s+than\s+|(?:about|around|roughly|nearly|almost|some|another|an\s+additional|a\s+further|over|under|just|only|a\s+net|a\s+record|up\s+to)\s+)*(?:[$€£¥]\s?\d|\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|billions|dozens)\s+(?:hundred|thousand|million|billion|percent|points?|jobs|seats|members|people|workers)\b|(?:hundreds|thousands|millions|billions|dozens)\s+of\b)/iu;

/**
 * "released two videos", "released 300 prisoners", "released $2 million in aid": before a count, "release"
 * counts what it let go of, an act the article narrates (freeing people, handing out money or files are its
 * everyday senses), and says nothing of the count. "released figures showing 40%" keeps the verb, since what
 * follows it is no count. "publish" is left a verb of saying: publishing a figure is stating it.
 */
const RELEASING_VERBS = new Set(['release', 'releases', 'released']);
const COUNT_FOLLOWS =
  /^\s+(?:(?:more\s+than|about|around|nearly|almost|some|another|over|up\s+to|at\s+least)\s+)*(?:[$€£¥]\s?\d|\d[\d,.]*\s+\p{L}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands|millions|several|a\s+dozen)\s+\p{L})/iu;

/**
 * "Engineers using a crane near Port Lomas have confirmed …", "Divers working off Kestrel Point said …": a reduced
 * participial clause between a sentence's subject and its verb says what the subject was doing; the name at its
 * end is the place or tool, not the speaker. The participle is known by the article or preposition after it
 * ("this morning said" is no such clause).
 */
const PARTICIPLE_BEFORE_VERB =
  /^(?:[^"“”]{0,60}?\s[-—–]{1,2}\s)?\s*["“]?((?:(?:the|a|an|some|several|two|three|four|five)\s+)?(?:(?!(?:is|are|was|were|be|been|being|has|have|had)\s)[\p{L}'’.-]+\s+){0,3}?(?!(?:is|are|was|were|be|been|being|has|have|had)\s)[\p{L}'’.-]+)\s+\p{Ll}{2,}ing\s+(?:a|an|the|at|in|on|off|from|for|with|near|to|under|over|outside|inside|atop|his|her|their|its)\s[^,;:"“”]*$/u;

/** A word opening a clause of its own inside what follows the participle: "working at the Times [when] Ruiz said". */
const CLAUSE_OPENER = /\b(?:when|while|as|after|before|because|and|but|who|which|that|where|if)\s/u;

/** How far from the sentence's start a participial clause's subject is looked for. */
const PARTICIPLE_REACH = 120;

/** The subject before a reduced participial clause that holds `phrase`, or null when there is no such clause. */
function subjectBeforeParticiple(text: string, sentence: Span, phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  if (phrase.end - sentence.start > PARTICIPLE_REACH) return null;
  const m = PARTICIPLE_BEFORE_VERB.exec(text.slice(sentence.start, phrase.end));
  if (!m?.[1] || CLAUSE_OPENER.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length))) return null;
  const from = sentence.start + m[0].indexOf(m[1]);
  const words = tokenize(text, from, from + m[1].length);
  // "The most recent polling in Harbourview shows": a noun in -ing ends the subject itself; only someone who can act
  // (a name, people in the plural, a body the lexicon knows) stands before a participle.
  const head = words[words.length - 1];
  if (!head || !(/^\p{Lu}/u.test(head.text) || /[^s'’]s$/u.test(head.lower) || kindOfName(words, true))) return null;
  return { start: from, end: from + m[1].length, words };
}

/** A quotation closed just before: '…," the patient described', '…." the farmer recalled'. */
const CLOSED_QUOTATION_BEFORE = /[,.!?]\s*(?:["”]|'')\s*$/u;

/** "is proposing", "are now warning": an auxiliary makes a verb in -ing the sentence's own verb of saying ("is adding" jobs is not). */
const PROGRESSIVE_BEFORE = /\b(?:is|are|was|were|been|am|['’]s|['’]re)\s+(?:\p{Ll}+ly\s+|now\s+|also\s+|still\s+)?$/u;

/** "was called for", "had been announced": a passive auxiliary just before a verb of saying. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * Verbs whose passive reports what someone charges or told: "was accused of", "is reported to". A passive of
 * reckoning ("is expected to total") is a hedge in the article's own voice, not a report.
 */
const REPORTING_PASSIVES = new Set(['accused', 'alleged', 'charged', 'reported', 'said']);

/** "polls that show", "the emails which showed": a relative pronoun right after a noun figures come in. */
const DOCUMENT_THAT_BEFORE_VERB = /\b(?:poll|polls|survey|surveys|study|studies|data|figures|numbers|results|report|reports|records|emails?|documents?|tallies|count|counts)\s+(?:that|which)\s+$/u;

/** "(R-Ky.) ", "(D) ": a party, a state or an age in brackets after a name. */
const BRACKET_BEFORE_VERB = /\s*\([^()]{1,24}\)\s+$/u;

/** ", which showed", ", that found", ", who announced": a relative pronoun opening the clause whose verb is the cue. */
const RELATIVE_BEFORE_VERB = /,\s*(?:which|that|who)\s+(?:also\s+|later\s+|has\s+|had\s+|have\s+)?$/u;

/** The first word of an aside between a name and its verb: ", which…", ", a spokeswoman for…", ", then 38,", ", R-Ohio,". */
const ASIDE_START =
  /^\s*(?:which|who|whose|a|an|the|one|its|his|her|their|also|itself|himself|herself|speaking|writing|in|at|for|citing|quoting|according|meanwhile|however|though|too|moreover|nonetheless|nevertheless|likewise|meantime|then|\p{Ll}+ed|\d+)\b|^\s*[RDI]-\p{Lu}[\p{L}.]*\s*$|^\s*(?!and\b|but\b|or\b)\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:of|at|for)\s/u;

/**
 * A capitalised name of two words or more standing alone in an aside, joining words inside it allowed: "Dan Whit
 * of Grace Church in Marion"; not a place or a state written short ("Ponte Vedra Beach, Fla.,").
 */
const APPOSED_NAME = /^\s*\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:of|in|at|for|and|the|de|van|von)){0,2}(?:\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:of|in|at|for|and|the|de|van|von))*)+\s*$/u;

/**
 * "Marsh Police Department spokesman", "Acme Corp. chief executive": a body's capitalised name and, unarticled,
 * the speaker's role in it; the body says what the speaker speaks for.
 */
const BODY_ROLE_ASIDE = /^\s*((?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}?)((?:\p{Ll}+\s+){0,2}(\p{Ll}+))\s*$/u;

function bodyRoleAside(text: string, aside: Span): Span | null {
  const match = BODY_ROLE_ASIDE.exec(text.slice(aside.start, aside.end));
  if (!match || !ROLE_NOUNS.has(match[3]!)) return null;
  const start = aside.start + match[0].search(/\S/u);
  return { start, end: start + match[1]!.trimEnd().length };
}

/**
 * The name of a speaker set off by commas before the verb: "Diageo, [which makes gin,] said" gives
 * the name before the aside; "a port spokesman, [Ivo Lang,] said" gives the name in apposition.
 */
function nameAroundAside(text: string, verbAt: number, floor: number, depth = 0): { name: Phrase; aside: Span } | null {
  const closing = text.lastIndexOf(',', verbAt - 1);
  if (closing < floor) return null;
  // Search a bounded stretch: a sentence without commas must not be read back to its start.
  const from = Math.max(floor, closing - WINDOW);
  const inStretch = text.slice(from, closing).lastIndexOf(',');
  if (inStretch < 0) return null;
  const opening = from + inStretch;
  const aside = { start: opening + 1, end: closing };
  const asideText = text.slice(aside.start, aside.end);
  const body = bodyRoleAside(text, aside);
  if (!ASIDE_START.test(asideText) && !body) {
    // "Darran Whiting of Liberty Church in Marion": a capitalised name, joining words inside it allowed.
    if (!APPOSED_NAME.test(asideText) || /\.\s*$/.test(asideText) || isPlace(asideText.trim())) return null;
    const start = aside.start + (asideText.length - asideText.trimStart().length);
    const end = aside.start + asideText.trimEnd().length;
    return { name: { start, end, words: tokenize(text, start, end) }, aside };
  }
  // "Rep. Ana Ruiz (D-Ore.), chair of …, said": a parenthesis after the name is no part of it.
  const parenthesis = /\([^()]{1,30}\)\s*$/.exec(text.slice(Math.max(floor, opening - 32), opening));
  const nameEnd = parenthesis ? opening - parenthesis[0].length : opening;
  // "Ana Berg, 45, a nurse, said": one more aside before this one.
  const name = phraseBefore(text, nameEnd, floor) ?? (depth < 1 ? nameAroundAside(text, opening + 1, floor, depth + 1)?.name ?? null : null);
  if (!name) return null;
  // "Two officials, speaking on condition of anonymity, said": the aside says who they are.
  if (ANONYMOUS_MARK.test(asideText) && !/^\s*(?:citing|quoting|according)\b/i.test(asideText)) {
    return { name: { start: name.start, end: closing, words: tokenize(text, name.start, closing) }, aside };
  }
  return { name, aside };
}

/**
 * "Ana Ruiz, the health minister, said": an office in the aside makes the person speak for it; "the
 * Global Freight Forum, an industry body, said": a body noun heading the aside says what the name is.
 */
function officeIn(text: string, aside: Span): SourceKind | null {
  const body = bodyRoleAside(text, aside);
  if (body) {
    const kind = kindOfName(tokenize(text, body.start, body.end), false);
    return kind === 'person' ? null : kind;
  }
  const words = tokenize(text, aside.start, aside.end);
  if (!words[0] || !/^(?:a|an|the|its|his|her|their)$/.test(words[0].lower)) return null;
  const joiner = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|in|with|from|that|which|who)$/.test(w.lower));
  const head = words[(joiner > 0 ? joiner : words.length) - 1];
  const headKind = head ? kindOfName([head], false) : null;
  if (head && (headKind === 'organisation' || headKind === 'media') && !/^\p{Lu}/u.test(head.text)) return headKind;
  // A spokesperson speaks for whatever body follows ("for the port"); only that body tells the office.
  const kind = kindOfName(words.filter((w) => !/^spokes/.test(w.lower)), false);
  return kind === 'government' || kind === 'military' ? kind : null;
}

/**
 * "Zillow estimates home values rose": a plain word after the verb that is neither a verb nor a
 * function word starts what is said; "weather reports warned", "police reports show" have a verb there.
 */
const CLAUSE_FOLLOWS_NOUN =
  /^\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|show|shows|showed|suggest|suggests|indicate|indicates|say|says|said|of|on|in|for|to|from|by|with|and|or|but|\p{Ll}+ed)\b)\p{Ll}+\s+\p{Ll}+/u;

/** A pronoun naming a speaker just before a word: "he estimates"; "it" and "they" as often stand for things counted. */
const SUBJECT_PRONOUN_BEFORE = /(?:^|[^\p{L}'’])(?:he|she|we|i)\s+$/iu;

/** Verbs of going on, which say something only where a quotation or a statement follows or ends with them. */
const CONTINUING_VERBS = new Set(['continued', 'continues', 'continue', 'continuing']);

/** Verbs of what a text says, which quote it only where the quotation follows: 'The sign reads: “…”', 'it read, "…"'. */
const QUOTING_VERBS = new Set(['reads', 'read']);

/** Dialogue tags that are other verbs elsewhere ("pressed the button", "answered questions"): they say something only next to what is said. */
const TAG_VERBS = new Set(['pressed', 'snapped', 'shouted', 'yelled', 'wondered', 'answered']);

/** Past tenses of stance verbs that end in neither -ed nor -ing: they are verbs wherever they stand. */
const IRREGULAR_PAST = new Set(['knew', 'felt']);

/** Verbs of showing, which may take a name as their object ("shows Lind with 47 percent"). */
const SHOWING_VERBS = new Set(['shows', 'finds', 'suggests', 'indicates', 'puts']);

/** What figures come in, just before a verb of showing: "poll", "polls by PollHub", "survey out this week". */
const DOCUMENT_BEFORE_VERB =
  /\b(?:poll|polls|polling|survey|surveys|average|study|email|memo|data|figures|results)(?:\s+(?:by|from|of|in)(?:\s+\p{Lu}[\p{L}.'’/-]*){1,4})?(?:\s+(?:out|released|published)(?:\s+\p{L}+){1,2})?\s+$/u;

/** What may follow a verb that is also a noun when it is used as a verb: "the agency estimates that", "the website notes:". */
const STATEMENT_FOLLOWS =
  /^\s+(?:that|the|a|an|it|he|she|they|there|its|their|more|about|around|nearly|almost|over|some|up|down|at|as|between|roughly|another|at least|fewer|less|no|both)\b|^\s+[\d$€£¥]|^\s*[.,;:]/;

/** Words a noun phrase cannot end on. */
const OPEN_ENDED = /^(?:of|the|a|an|for|to|with|from|at|by|about|into|than)$/u;

function named(
  text: string,
  sentence: Span,
  phrase: Phrase | null,
  speaker = false,
  document = false,
): { name: Phrase; kind: SourceKind; pronoun: boolean; individual: boolean } | null {
  // "in the hopes of": a determiner alone before a word that is also a verb names nobody.
  if (!phrase || phrase.words.every((w) => DETERMINERS.has(w.lower))) return null;
  // "through the combination of pledged delegates", "ahead of the expected vote": a phrase that ends on a preposition or
  // a determiner is cut short of its noun, and the word after it is a participle describing that noun, no verb.
  if (OPEN_ENDED.test(phrase.words[phrase.words.length - 1]!.lower)) return null;
  const cleaned = withoutCarrier(text, phrase);
  if (!cleaned) return null;
  const onlyWord = cleaned.words.length === 1 ? cleaned.words[0]!.lower : null;
  if (isPronoun(cleaned) || onlyWord === 'its' || onlyWord === 'their' || onlyWord === 'his' || onlyWord === 'her') {
    return { name: cleaned, kind: 'person', pronoun: true, individual: false };
  }
  const full = anonymousAround(text, cleaned, sentence.start, sentence.end);
  const first = full.words[0];
  // "Figures showed", "Data suggest": a carrier alone names what the figure comes in, not who made it.
  if (document && full.words.length === 1 && first && (CARRIER_WORDS.has(first.lower) || DOCUMENT_NOUNS.has(first.lower))) return { name: full, kind: 'reported', pronoun: false, individual: false };
  const opensSentence = first ? startsSentence(text, sentence.start, first) : false;
  const kind =
    kindOfName(full.words, opensSentence) ??
    (speaker ? (isUnnamedIndividualSpeaker(full.words, opensSentence) ? 'anonymous' : 'person') : document && isUnnamedCarrier(full) ? 'reported' : null);
  if (!kind) return null;
  // The kind reads the whole phrase ("health minister Ana Ruiz" is government); the name is the proper name in it.
  const name = kind === 'anonymous' ? full : properNameOf(full);
  return { name, kind, pronoun: false, individual: kind === 'person' || namesIndividual(full.words) };
}

/**
 * "according to the results", "the polling average shows": a phrase whose noun is what figures come in
 * (a poll, a survey, data, results) names where the figure comes from, though no one who made it; the
 * claim is still not the article's own. "The deficit is expected to" names no such thing.
 */
function isUnnamedCarrier(phrase: Phrase): boolean {
  return phrase.words.length >= 2 && phrase.words.some((w) => DOCUMENT_NOUNS.has(w.lower) || CARRIER_WORDS.has(w.lower));
}

/** Whether `span` overlaps any of `sorted` (sorted by start, not overlapping each other). */
function overlapsAny(sorted: Span[], span: Span): boolean {
  const candidate = sorted[firstEndingAfter(sorted, span.start)];
  return candidate !== undefined && candidate.start < span.end;
}

/** "Smith and colleagues found", "Smith's team estimates": the named lead speaks for the team. */
const TEAM_AFTER_NAME =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:\s+and\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-?authors|collaborators|team|teammates)|['’]s?\s+(?:team|group|lab|laboratory|research group))\s+(?:also\s+|have\s+|has\s+)?$/u;

function leaderOfTeam(text: string, verbAt: number, floor: number): Phrase | null {
  const from = Math.max(floor, verbAt - WINDOW);
  const team = TEAM_AFTER_NAME.exec(text.slice(from, verbAt));
  if (!team?.[1]) return null;
  const start = from + team.index;
  return { start, end: start + team[1].length, words: tokenize(text, start, start + team[1].length) };
}

type Named = NonNullable<ReturnType<typeof named>>;

/**
 * "according to its founder, Ana Ruiz": a role followed by a person's name in apposition gives the
 * person, with the kind of the role's office when it has one.
 */
function withApposedPerson(text: string, sentence: Span, found: Named | null): Named | null {
  if (!found || found.individual) return found;
  const comma = /^,\s+/.exec(text.slice(found.name.end, found.name.end + 4));
  if (!comma) return found;
  const apposed = phraseAfter(text, found.name.end + comma[0].length, sentence.end);
  if (!apposed || !apposed.words.every((w) => /^\p{Lu}/u.test(w.text)) || !namesIndividual(apposed.words)) return found;
  const office = found.kind === 'government' || found.kind === 'military' ? found.kind : 'person';
  return { name: apposed, kind: office, pronoun: false, individual: true };
}

/** What a figure may count in the phrase that names its source: the poll, its sample, the people interviewed. */
const COUNTED_SOURCE_NOUN = '(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|reviews?|interviews?|conversations?|samples?)';

/** Before a figure in that phrase: "according to [a poll of] 900 voters", "in [interviews with more than] 40 officials". */
const BEFORE_COUNT_IN_SOURCE = new RegExp(
  `^\\s+(?:[\\p{L}'’/.-]+\\s+){0,5}?${COUNTED_SOURCE_NOUN}\\s+(?:of|with|among)\\s+(?:(?:about|nearly|almost|roughly|some|more than|fewer than|just|only|over)\\s+)?$`,
  'u',
);

/** A figure before the noun of that phrase: "according to [the recent] 50[-state poll]", "in [three new] polls". */
const OPENS_SOURCE_PHRASE = /^\s+(?:(?:a|an|the|its|their|this|his|her|recent|new|latest|national|online)\s+){0,3}$/u;
const NOUN_AFTER_COUNT = new RegExp(`^(?:[-\\s]+[\\p{Ll}-]+){0,2}?[-\\s]+${COUNTED_SOURCE_NOUN}\\b`, 'u');

/**
 * "according to a poll of 900 voters", "In interviews with 40 officials, …", "according to the 50-state poll": the
 * figure counts what names the source, it is not what the source states, so no cue speaks it.
 */
export function countsTheSource(text: string, cue: FoundCue, claim: Span): boolean {
  if (cue.role !== 'forward' || claim.start < cue.end || claim.start - cue.end > 80) return false;
  const lead = text.slice(cue.end, claim.start);
  if (BEFORE_COUNT_IN_SOURCE.test(lead)) return true;
  return OPENS_SOURCE_PHRASE.test(lead) && NOUN_AFTER_COUNT.test(text.slice(claim.end, claim.end + 40));
}

function cueText(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * "In a poll released Monday, …", "… in the same survey", "in Monday's poll", "By the agency's tally, …": "in" or
 * "by" before a phrase naming where a figure is published.
 */
const IN_DOCUMENT = /\b(?:[Ii]n|[Bb]y)\s+(?=(?:a|an|the|its|their|this|that|his|her|these|those)\s|\p{Lu}\p{L}*['’]s\s|(?:\p{L}+\s+)?(?:polls|surveys|studies)\b)/gu;

/** A day or a month with a possessive: "Monday's", "last week's", "March's". */
const DATED_POSSESSIVE =
  /^(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|today|yesterday)['’]s\s/iu;

/**
 * "rose in the polls", "above 50 percent in national polls": polls in general, with no one poll named or
 * described, are where a standing is measured, not a source that states it ("in polls taken in May", "in recent
 * polls from PollHub" name one).
 */
const POLLS_IN_GENERAL =
  /^(?:the\s+|some\s+|most\s+|many\s+|all\s+)?(?:(?:national|state|statewide|recent|early|latest|public|opinion|primary)\s+)?(?:polls|surveys|polling)\b(?!\s+(?:taken|conducted|released|published|by|from|of|that|which|show|showed|shows|found|find)\b)/u;

/**
 * "The latest poll has Ruiz leading by six points", "The tally gives her 1,280 delegates": a verb of having or
 * giving after what figures come in, before the one it counts for, says what the poll or count shows.
 */
const DOCUMENT_HAS =
  /\b(?:poll|polls|polling|survey|surveys|count|tally|average|results|forecast|projections?|model)\s+(?:now\s+|also\s+)?(has|had|have|gives|gave|give|puts|put)\s+(?=\p{Lu}|him\b|her\b|them\b)/gu;

/** What "by" names a figure's source with: "By the agency's tally", "by one estimate". */
const COUNT_NOUNS = new Set(['tally', 'count', 'estimate', 'estimates', 'calculation', 'calculations', 'reckoning']);

/** "Carl Ruiz: “…”": a capitalised name and a colon before a quotation (or the sentence's end) introduce a speaker's words. */
const NAME_BEFORE_COLON = /(?<=^|[.;:!?\]]\s+|^["“]?)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*\([^()]{1,12}\))?:\s*(?=["“‘]|$)/gu;

/**
 * "… - Carl Ruiz: “…”", "More from Okafor: “…”": a label after a dash or "from" names whose excerpt follows, the
 * line before it being a heading of the article's own.
 */
const LABEL_BEFORE_COLON = /(?<=\s[-–—]\s*|\b(?:More from|From)\s+)(\p{Lu}[\p{L}'’.-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,3}):\s*(?=["“‘])/gu;

/** A colon right before an opening quotation mark. */
const COLON_BEFORE_QUOTE = /:\s*(?=["“])/gu;

/**
 * The capitalised name or the pronoun that opens a sentence as its subject, before a lowercase verb; a leading
 * phrase set off by a comma ("In a statement, Gov. Ana Ruiz (D) said"), a conjunction ("So Ruiz said") and a party tag
 * after the name are passed.
 */
const OPENING_NAME =
  /^["“]?\s*(?:(?:In|At|On|After|Before|During|Since|With|Under|Earlier|Later|Meanwhile|So|Still)\b[^,;:"“”]{0,60},\s*|(?:So|But|And|Yet|Then)\s+)?(?!(?:In|At|On|After|Before|During|Since|With|Under|So|But|And|Or|Yet|That|This|These|Those|There|It|We|I|You|What|When|If)\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|[Hh]e|[Ss]he|[Tt]hey)(?:\s*\([^()]{1,12}\))?\s+\p{Ll}/u;

/** After the name: only a time, or who compiled it, and the sentence's end (", according to X on Monday.", ", according to the average compiled by Y."). */
const CLOSES_SENTENCE = /^\s*(?:(?:compiled|released|published|conducted|issued|gathered|obtained|filed)\s+(?:by|from|on|in|last|this)\s+[^,;:.!?]*)?(?:(?:on|last|this|in)\s+\p{L}+\s*)?[.!?]?["”’]?\s*$/u;

/** Whether a cue governs its whole sentence: it opens it, closes it after a comma, or stands between commas. */
function isSentenceWide(text: string, sentence: Span, from: number, to: number): boolean {
  const before = text.slice(sentence.start, from);
  const after = text.slice(to, sentence.end);
  if (/^[\s"“‘(]*$/u.test(before) && /^\s*,/.test(after)) return true;
  if (!/,["”’]?\s*$/u.test(before)) return false;
  return /^\s*,/.test(after) || CLOSES_SENTENCE.test(after);
}

/** Every attribution cue in the sentence, in order of position. */
export function findCues(text: string, sentence: Span, language?: Pick<LanguageLayer, 'isVerb'>): FoundCue[] {
  const body = text.slice(sentence.start, sentence.end);
  const cues: FoundCue[] = [];
  const taken: Span[] = [];
  const at = (index: number): number => sentence.start + index;

  for (const m of body.matchAll(FORWARD_CUE)) {
    const start = at(m.index);
    const end = start + m[0].length;
    taken.push({ start, end });
    const phrase = phraseAfter(text, end, sentence.end);
    const found = withApposedPerson(text, sentence, named(text, sentence, phrase, false, true)) ?? attributedAnyway(text, m[0], phrase);
    // The scope is read from the phrase as written ("According to a poll by X, …"), not the name kept of it.
    const phraseEnd = Math.max(phrase?.end ?? end, found?.name.end ?? end);
    if (found) cues.push({ role: 'forward', cue: cueText(text, start, end), start, end, ...found, sentenceWide: isSentenceWide(text, sentence, start, phraseEnd) });
  }
  for (const m of [...body.matchAll(NAME_BEFORE_COLON), ...body.matchAll(LABEL_BEFORE_COLON)]) {
    const nameStart = at(m.index);
    const colon = nameStart + m[0].indexOf(':', m[1]!.length);
    const found = named(text, sentence, { start: nameStart, end: nameStart + m[1]!.length, words: tokenize(text, nameStart, nameStart + m[1]!.length) }, true);
    taken.push({ start: colon, end: colon + 1 });
    if (found && found.kind !== 'reported') cues.push({ role: 'speech', cue: ':', start: colon, end: colon + 1, ...found, sentenceWide: true });
  }
  // "Kelly replied, with a smile: “…”": a colon before a quotation gives it to the sentence's subject.
  for (const m of body.matchAll(COLON_BEFORE_QUOTE)) {
    const colon = at(m.index);
    if (overlapsAny([...taken].sort((a, b) => a.start - b.start), { start: colon, end: colon + 1 })) continue;
    const subject = OPENING_NAME.exec(text.slice(sentence.start, colon));
    if (!subject?.[1] || /["“]/u.test(text.slice(sentence.start, colon))) continue;
    // "Kelly replied", "Ruiz has since said"; not "New signs appeared": the subject's verb follows it.
    const verbAfter = /^\s*(\p{Ll}+)/u.exec(text.slice(sentence.start + subject[0].length - 1, colon))?.[1] ?? '';
    if (!SPEECH_VERBS.has(verbAfter) && !/^(?:\p{Ll}+ed|has|had|is|was|also|then|later|once|again)$/u.test(verbAfter)) continue;
    const from = sentence.start + subject[0].indexOf(subject[1]);
    const found = named(text, sentence, { start: from, end: from + subject[1].length, words: tokenize(text, from, from + subject[1].length) }, true);
    taken.push({ start: colon, end: colon + 1 });
    if (found && found.kind !== 'reported') cues.push({ role: 'speech', cue: ':', start: colon, end: colon + 1, ...found, sentenceWide: false });
  }
  for (const m of body.matchAll(IN_DOCUMENT)) {
    const start = at(m.index);
    const end = start + m[0].length;
    const phrase = phraseAfter(text, end, sentence.end);
    if (!phrase || !phrase.words.some((w) => DOCUMENT_NOUNS.has(w.lower))) continue;
    // "by the agency's tally", not "by an average of seven points": after "by", only a count is where a figure is from.
    if (/^[Bb]/u.test(m[0]) && !phrase.words.some((w) => COUNT_NOUNS.has(w.lower))) continue;
    if (POLLS_IN_GENERAL.test(text.slice(end, Math.min(sentence.end, end + 60)))) continue;
    // "in Monday's poll": a day or a month owns no poll, so the poll itself is the source.
    const found = DATED_POSSESSIVE.test(text.slice(phrase.start, phrase.end)) ? { name: phrase, kind: 'reported' as const, pronoun: false, individual: false } : named(text, sentence, phrase, false, true);
    taken.push({ start, end });
    if (found) cues.push({ role: 'forward', cue: m[0].trim().toLowerCase(), start, end, ...found, sentenceWide: isSentenceWide(text, sentence, start, phrase.end) });
  }
  for (const m of body.matchAll(DOCUMENT_HAS)) {
    const nounEnd = at(m.index) + /^\S+/u.exec(m[0])![0].length;
    const start = at(m.index) + m[0].lastIndexOf(m[1]!);
    const end = start + m[1]!.length;
    // The phrase runs to the document noun itself: "The county tally", "Monday's Harbour Post poll".
    const before = phraseBefore(text, nounEnd, sentence.start);
    const phrase = before ? { start: before.start, end: nounEnd, words: tokenize(text, before.start, nounEnd) } : null;
    const found = named(text, sentence, phrase, false, true);
    taken.push({ start, end });
    if (found) cues.push({ role: 'speech', cue: m[1]!.toLowerCase(), start, end, ...found, sentenceWide: false, reading: 'document-has' });
  }
  // "Ruiz's plan to deport 11 million", "his estimate that 40 boats sank": the possessor of a noun of saying or
  // planning is the source of what follows the noun.
  for (const m of body.matchAll(NOMINAL_CUE)) {
    const start = at(m.index + m[0].indexOf(m[1]!));
    const end = start + m[1]!.length;
    if (overlapsAny([...taken].sort((a, b) => a.start - b.start), { start, end })) continue;
    const owner = at(m.index);
    // "his", "their": a possessive pronoun stands for someone named before (a determiner to the phrase reader).
    const pronounEnd = /^\p{L}/u.test(m[0]) ? owner + m[0].split(/\s/u, 1)[0]!.length : null;
    const found: Named | null =
      pronounEnd !== null
        ? { name: { start: owner, end: pronounEnd, words: tokenize(text, owner, pronounEnd) }, kind: 'person', pronoun: true, individual: false }
        : named(text, sentence, phraseBefore(text, owner, sentence.start), true);
    if (found) cues.push({ role: 'speech', cue: cueText(text, start, end), start, end, ...found, sentenceWide: false, reading: 'nominal' });
  }
  // A chain cue may share words with a speech verb ("was quoted as saying by"); both are read.
  for (const m of body.matchAll(CHAIN_CUE)) {
    const start = at(m.index);
    const end = start + m[0].length;
    const found = named(text, sentence, phraseAfter(text, end, sentence.end));
    if (found) cues.push({ role: 'chain', cue: cueText(text, start, end), start, end, ...found, sentenceWide: false });
  }
  for (const m of body.matchAll(REPORTED_CUE)) {
    const start = at(m.index);
    const end = start + m[0].length;
    taken.push({ start, end });
    const cue = cueText(text, start, end);
    cues.push({ role: 'reported', cue, start, end, name: null, kind: 'reported', pronoun: false, individual: false, sentenceWide: false });
  }
  taken.sort((a, b) => a.start - b.start);
  for (const m of body.matchAll(VERB_CANDIDATE)) {
    const start = at(m.index);
    const end = start + m[0].length;
    const verb = m[0].toLowerCase();
    // "EPA-estimated range" is a compound, not a statement.
    if (/[-‐]$/.test(text.slice(start - 1, start))) continue;
    // "the United States stands at": a capital inside the sentence belongs to a name, not a verb.
    if (/^\p{Lu}/u.test(m[0]) && !/^[\s"“‘(]*$/u.test(text.slice(sentence.start, start))) continue;
    if (DENIAL_VERBS.has(verb) && !SPEECH_VERBS.has(verb) && !AMBIGUOUS_VERBS.has(verb)) continue;
    if (overlapsAny(taken, { start, end })) continue;
    const after = text.slice(end, Math.min(sentence.end, end + 24));
    // "A poll, conducted in May, shows Lind with 47 percent": after an aside, a name may follow a verb of showing.
    // "A new poll shows Lind with 47 percent": so may a verb of showing right after what figures come in.
    const showsName =
      SHOWING_VERBS.has(verb) &&
      /^\s+\p{Lu}/u.test(after) &&
      (/,\s*$/.test(text.slice(Math.max(sentence.start, start - 3), start)) || DOCUMENT_BEFORE_VERB.test(text.slice(Math.max(sentence.start, start - 48), start)));
    const stance = STANCE_VERBS.has(verb);
    // "Sanders supports raising the wage", not "his supports"; "they plan to", not "the plan to": a stance verb that
    // may be a noun counts as a verb only before what a statement or an object starts with.
    const nounLike = (AMBIGUOUS_VERBS.has(verb) && !SPEECH_VERBS.has(verb)) || (stance && !IRREGULAR_PAST.has(verb) && !/(?:ed|ing)$/u.test(verb));
    // "which he estimates will", "she plans": after a subject pronoun the word can only be a verb.
    const afterPronoun = SUBJECT_PRONOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 8), start));
    // A language layer that tags parts of speech, when given, decides instead of the words around it.
    const tagged = nounLike && language?.isVerb ? language.isVerb(text, { start, end }, sentence) : null;
    if (tagged === false) continue;
    if (tagged === null && nounLike && !STATEMENT_FOLLOWS.test(after) && !CLAUSE_FOLLOWS_NOUN.test(after) && !showsName && !afterPronoun) continue;
    // "he mentioned that 40 boats sank"; not "he mentioned the senator".
    if (THAT_ONLY_VERBS.has(verb) && !/^\s*(?:that\b|[,:"“])/u.test(after)) continue;
    // '"…," she continued.', 'He continued: “…”'; not "continued their search" or "continued to be".
    if ((CONTINUING_VERBS.has(verb) || TAG_VERBS.has(verb)) && !/^\s*(?:that\b|[,.:;!?"“”]|$)/u.test(after)) continue;
    if (QUOTING_VERBS.has(verb) && !/^\s*[:,]?\s*(?:''|["“‘])/u.test(after)) continue;
    // "when Texas was called for Cruz": a passive verb has no speaker before it; "Roe is accused of killing" reports,
    // naming nobody.
    if (!/^\p{L}+ing$/u.test(verb) && PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, start - 16), start))) {
      if (REPORTING_PASSIVES.has(verb)) {
        cues.push({ role: 'reported', cue: cueText(text, start, end), start, end, name: null, kind: 'reported', pronoun: false, individual: false, sentenceWide: false });
      }
      continue;
    }
    // "The economy added 151,000 jobs", "the country admitted 600,000": an amount right after the verb is what it took in.
    if (ADDING_VERBS.has(verb) && AMOUNT_FOLLOWS.test(text.slice(end, Math.min(sentence.end, end + 48)))) continue;
    // "The rebels released two videos": a count right after "released" is what was let go of.
    if (RELEASING_VERBS.has(verb) && COUNT_FOLLOWS.test(text.slice(end, Math.min(sentence.end, end + 48)))) continue;
    // "…, adding that 40 boats sank", "she is proposing $275 billion"; not "the economy adding 151,000 jobs".
    if (/^\p{L}+ing$/u.test(verb) && !/^\s*(?:that\b|[,:"“])/u.test(after) && (verb === 'adding' || !PROGRESSIVE_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start))) && !participleClause(text, sentence, start, after)) continue;
    // "the ministry put the toll at 40"; not "she put one hand…".
    if (PUT_VERBS.has(verb) && !PUT_AT.test(text.slice(end, Math.min(sentence.end, end + 88)))) continue;
    const before = leaderOfTeam(text, start, sentence.start) ?? phraseBefore(text, start, sentence.start);
    const subject = subjectBeforeParticiple(text, sentence, before) ?? before;
    // '…," the patient described': whoever comes right after a closed quotation speaks it, whatever the verb.
    const speaker = HUMAN_SPEECH_VERBS.has(verb) || (subject !== null && CLOSED_QUOTATION_BEFORE.test(text.slice(Math.max(sentence.start, subject.start - 4), subject.start)));
    const justBefore = text.slice(Math.max(sentence.start, start - 3), start);
    // "Sam Reyes, later said": an adverb between the aside's closing comma and the verb.
    const leadIn = start - (ADVERBS_BEFORE_VERB.exec(text.slice(Math.max(sentence.start, start - 40), start))?.[0].length ?? 0);
    const beforeLeadIn = text.slice(Math.max(sentence.start, leadIn - 3), leadIn);
    let found = named(text, sentence, subject, speaker, !speaker);
    // "Diageo, which makes gin, said…", "Ana Ruiz, a spokeswoman, said…": the name is before the aside.
    // "Figures released Friday, which showed …": the noun the relative clause hangs on says it.
    const relative = found ? null : RELATIVE_BEFORE_VERB.exec(text.slice(Math.max(sentence.start, start - 24), start));
    if (relative) found = named(text, sentence, phraseBefore(text, start - relative[0].length, sentence.start), speaker, true);
    // "The polls that show Lind at 10 percent": a relative pronoun right after what figures come in.
    const documentRelative = found ? null : DOCUMENT_THAT_BEFORE_VERB.exec(text.slice(Math.max(sentence.start, start - 40), start));
    if (documentRelative) found = named(text, sentence, phraseBefore(text, start - documentRelative[0].length + documentRelative[0].search(/\s+(?:that|which)\s+$/u), sentence.start), speaker, true);
    // "Sen. Ana Ruiz (R-Ky.) said": a party and state in brackets between the name and its verb.
    const bracket = found ? null : BRACKET_BEFORE_VERB.exec(text.slice(Math.max(sentence.start, start - 32), start));
    if (bracket) found = named(text, sentence, phraseBefore(text, start - bracket[0].length, sentence.start), speaker, !speaker);
    if (!found && /,\s*$/.test(beforeLeadIn)) {
      const around = nameAroundAside(text, leadIn, sentence.start);
      found = around ? named(text, sentence, around.name, speaker) : null;
      // An office in the aside is a person's; a body noun heading it says what any name is ("the X Council, a trade group").
      const office = around && found ? officeIn(text, around.aside) : null;
      // A rank's kind gives way to the body named beside it: "Lt. Ana Ruiz, Marsh Police Department spokeswoman".
      if (found && office && (found.kind === 'person' || found.kind === 'military' || office === 'organisation' || office === 'media')) found = { ...found, kind: office };
    }
    // '"…," said the ministry', '…, said Ana Ruiz.': the name follows the verb.
    if (!found && INVERTED_VERBS.has(verb) && /[,"”'’]\s*$/.test(justBefore)) {
      const after = phraseAfter(text, end, sentence.end);
      const quoted = /["”'’],?\s*$/.test(justBefore);
      if (after && (quoted || /^\s*(?:[,.;]|$)/.test(text.slice(after.end, after.end + 2)))) found = named(text, sentence, after, speaker);
    }
    // "Ana Ruiz praised the port, adding that …": a participle clause speaks in the voice of the sentence's subject;
    // so does a verb joined to the subject's first one ("Ana Ruiz toured the port and said …").
    const joined = /\b(?:and|but)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u.test(text.slice(Math.max(sentence.start, start - 16), start));
    if (!found && ((/^\p{L}+ing$/u.test(verb) && /,\s*$/.test(justBefore)) || (joined && (speaker || /^\s+that\b/u.test(after))))) {
      const subject = OPENING_NAME.exec(text.slice(sentence.start, start));
      if (subject?.[1]) {
        const from = sentence.start + subject[0].indexOf(subject[1]);
        found = named(text, sentence, { start: from, end: from + subject[1].length, words: tokenize(text, from, from + subject[1].length) }, true);
      }
    }
    if (found) {
      const from = Math.min(start, found.name.start);
      const to = Math.max(end, found.name.end);
      // A stance ("supports", "named", "knows") is its subject's within its own clause only: it is no verb of saying
      // that a sentence's other clauses could report.
      if (stance && !SPEECH_VERBS.has(verb)) cues.push({ role: 'speech', cue: verb, start, end, ...found, sentenceWide: false, reading: 'stance' });
      else cues.push({ role: 'speech', cue: verb, start, end, ...found, sentenceWide: isSentenceWide(text, sentence, from, to) });
    }
  }
  // "Data from the agency show": one source, read once, by the cue that names it first.
  const forwardNames = cues.flatMap((c) => (c.role === 'forward' && c.name ? [{ start: c.name.start, end: c.name.end }] : []));
  forwardNames.sort((a, b) => a.start - b.start);
  // "according to a report by X": the inner cue is part of the outer cue's reading of X.
  let outer: FoundCue | null = null;
  const kept = cues.filter((c) => {
    if (c.role !== 'forward') return true;
    if (outer?.name && c.start >= outer.end && c.start < outer.name.end) return false;
    outer = c;
    return true;
  });
  return kept.filter((c) => c.role !== 'speech' || !c.name || !overlapsAny(forwardNames, c.name)).sort((a, b) => a.start - b.start);
}
