/**
 * Quotation state across sentences: which stretches of a sentence are inside quotation marks, and
 * whether a quotation is still open when the sentence ends. Curly marks open and close; straight
 * marks toggle; unbalanced marks simply leave the quote open until a paragraph ends. Single curly
 * marks count only as a pair opened by ‘ before a word, since ’ is mostly an apostrophe.
 */
import type { Span } from '../types';

// Two apostrophes stand for a straight double mark in some newspapers' text ('' … '').
const MARK = /''|[“”"«»‘’]/g;

/** How far ahead the mark closing a quotation that runs past its sentence is looked for. */
const CLOSE_LOOKAHEAD = 1500;

/** A mark that may close a quotation; ’ inside a word ("That’s") is an apostrophe. */
const CLOSING_MARK = /''|[”"»]|’(?!\p{L})/u;

/**
 * A name opening the sentence as its subject, before a lowercase word: "Ruiz", "Vermont Sen. Ana Ruiz", "But the
 * Harbor Board" is no name. Not a function word, a number word or a capitalised "-ing" ("Placing it on the ballot").
 */
const OPENING_SUBJECT =
  /^[\s(]*(?:(?:In|At|On|After|Before|During|Since|With|Under|Earlier|Later|Immediately|Meanwhile|Last|This|On)\b[^,;:"“”]{0,60},\s*|(?:But|And|So|Still|Then|Now|Later|Meanwhile|Instead)\s+)?(?!(?:The|A|An|In|On|At|Of|To|By|From|This|That|These|Those|It|Its|There|Here|When|While|If|As|After|Before|Since|For|With|But|And|Or|So|What|Why|How|Who|We|I|You|They|He|She|My|Our|Your|His|Her|Their|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|All|No)\s)(?!\p{Lu}\p{Ll}+ing\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}/u;

/** A clause with a subject of its own between a sentence's opening name and a quotation: ", Webmaker's goal", ", its motto is", "; she". */
const NEW_CLAUSE_SUBJECT =
  /;|,\s+(?:(?:but|and|while|although|though|yet)\s+)?(?:\p{Lu}|(?:he|she|they|it|we|i)\s|(?:its|his|her|their|our|my|the|a|an)\s+\p{L}+\s+(?:is|was|are|were|has|had|will|would)\b)/u;

/** Words in quotation marks that only name something ("Gang of Eight", "Fight for 15"): every word capitalised or a number. */
const TITLE_ONLY = /^(?:\p{Lu}[\p{L}'’.-]*|\d[\d,.]*|of|for|the|a|an|and|in|on|to|at|by|with)(?:[\s,:-]+(?:\p{Lu}[\p{L}'’.-]*|\d[\d,.]*|of|for|the|a|an|and|in|on|to|at|by|with))*[\s,.!?]*$/u;

/** What stands before a mark that opens a paragraph: a line break, or the text's start. */
const PARAGRAPH_START = /(?:^|\n)[^\S\n]*$/;

export interface QuoteReading {
  /** Stretches of the sentence inside quotation marks. */
  inside: Span[];
  /** Whether a quotation is open at the end of the sentence. */
  openAtEnd: boolean;
  /** Where the quotation still open at the end began, if it began in this sentence. */
  openedAt: number | null;
  /** Whether the quotation open at the end was opened by ‘, so only ’ closes it. */
  single: boolean;
}

function closesSingle(text: string, at: number): boolean {
  return /[.,!?;:…]$/.test(text.slice(Math.max(0, at - 1), at)) || /^(?:[.,!?;:…)\]—–]|\s*$)/.test(text.slice(at + 1, at + 3));
}

export function readQuotes(text: string, sentence: Span, openAtStart: boolean, singleAtStart = false): QuoteReading {
  const inside: Span[] = [];
  let open = openAtStart;
  let openedAt: number | null = null;
  let openedBySingle = open && singleAtStart;
  let from = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  const leading = /^\s*/.exec(body)![0].length;
  for (const m of body.matchAll(MARK)) {
    const at = sentence.start + m.index;
    const mark = m[0] === "''" ? '"' : m[0];
    if (mark === '‘' && (open || !/^(?:\s|[(\[—–-])?$/.test(text.slice(Math.max(0, at - 1), at)))) continue;
    // ’ ends a quotation after punctuation or before it ("…not.’", "boats’,"); "boats’ nets" is a possessive.
    if (mark === '’' && (!openedBySingle || !closesSingle(text, at))) continue;
    // A quotation running over paragraphs opens each of them again and closes only at its end: a straight mark
    // opening a paragraph while a quotation is open goes on with it rather than closing it.
    if (mark === '"' && open && at === sentence.start + leading && PARAGRAPH_START.test(text.slice(Math.max(0, at - 2), at))) continue;
    const opens = mark === '“' || mark === '«' || mark === '‘' ? true : mark === '”' || mark === '»' || mark === '’' ? false : !open;
    if (opens && !open) {
      open = true;
      openedAt = at;
      openedBySingle = mark === '‘';
      from = at;
    } else if (!opens && open && (mark === '’') === openedBySingle) {
      openedBySingle = false;
      inside.push({ start: from, end: at + m[0].length });
      open = false;
      openedAt = null;
    }
  }
  if (open) inside.push({ start: from, end: sentence.end });
  return { inside, openAtEnd: open, openedAt, single: open && openedBySingle };
}

/** The mark that closes the quotation open at `from`, within its paragraph and a bounded way ahead. */
export function closingMarkAfter(text: string, from: number): Span | null {
  const paragraph = text.slice(from, Math.min(text.length, from + CLOSE_LOOKAHEAD)).split('\n', 1)[0]!;
  const close = CLOSING_MARK.exec(paragraph);
  return close ? { start: from + close.index, end: from + close.index + close[0].length } : null;
}

/**
 * '… Ruiz, asking supporters to “donate $3 now”': words quoted in a sentence that names nobody with a verb of
 * saying are the words of the name the sentence opens with, unless the quotation only names something ("the
 * bipartisan “Gang of Eight”"). Returns that name's span.
 */
export function subjectOfQuote(text: string, sentence: Span, quotation: Span): Span | null {
  const words = text.slice(quotation.start, quotation.end).replace(/^(?:''|[“"«‘])|(?:''|[”"»’])$/gu, '').trim();
  if (TITLE_ONLY.test(words)) return null;
  const subject = OPENING_SUBJECT.exec(text.slice(sentence.start, quotation.start));
  // "Webmaker's goal is to “…”": an owner opens the sentence, its subject is what it owns.
  if (!subject || /['’]s?$/u.test(subject[1]!)) return null;
  const start = sentence.start + subject[0].indexOf(subject[1]!);
  // "X is an initiative, Webmaker's goal is to “…”": a clause of its own, with its own subject, holds the quotation.
  if (NEW_CLAUSE_SUBJECT.test(text.slice(start + subject[1]!.length, quotation.start))) return null;
  return { start, end: start + subject[1]!.length };
}
