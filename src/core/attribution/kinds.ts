/**
 * What kind of source a name is, from the shape of the name, the titles before it and the lexicon of
 * institutions and outlets.
 */
import type { SourceKind } from '../types';
import { isLexiconWord, isPlace, KIND_ORDER, phraseHasKind } from './lexicon';
import kindWords from './lexicon/kinds.json';
import { DETERMINERS, ROLE_MODIFIERS } from './phrases';
import { isCapitalised, TITLE_WORDS, titleAt, titleAtEnd, type Word, withoutPossessive } from '../text';

/** Particles inside personal names: "Osama bin Laden", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(['bin', 'al', 'de', 'der', 'van', 'von', 'da', 'di', 'la', 'le', 'del', 'dos', 'ibn']);

/** Professions whose plural with nobody named is an unnamed group: "Scientists believe", "whale experts say". */
const UNNAMED_GROUPS = new Set(kindWords.unnamedGroups.terms);

/** Nouns for a state, which speak for its government standing alone: "the country had admitted". */
const POLITIES = new Set(kindWords.polities.terms);

/** Nouns for a local government, which name one only in a place's name: "Marsh County", "the City of Larch". */
const LOCALITIES = new Set(kindWords.polities.localities);

/** "NASA", "WHO": capitals throughout are a name's, never a capital the sentence's start put there. */
const isAcronym = (word: string): boolean => /^\p{Lu}{2,}$/u.test(withoutPossessive(word));

const joined = (words: Word[]): string => words.map((w) => withoutPossessive(w.text)).join(' ');

/** The capitalised run that ends the phrase: "Tesla chief executive [Elon Musk]". */
function trailingCapitalRun(words: Word[]): number {
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    const inside = i < words.length && i - 1 > 0 && NAME_PARTICLES.has(w.lower);
    if (!isCapitalised(w.text) && !inside) break;
    if (i < words.length && /['’]s?$/u.test(w.text)) break; // "Tesla's [Elon Musk]": the owner is not the name
    i--;
  }
  return i;
}

function looksLikePersonalName(words: Word[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => !isLexiconWord(withoutPossessive(w.text)) && !TITLE_WORDS.has(w.text)) &&
    !isPlace(joined(words)) &&
    !words.some((w) => /^\p{Lu}{2,}$/u.test(w.text))
  );
}

function lexiconKind(words: Word[]): SourceKind | null {
  // "The Marsh Times-Herald": each part of a hyphenated name is read too.
  const written = joined(words).replace(/(\p{Lu}[\p{L}]*)-(?=\p{Lu})/gu, '$1 ');
  const lower = written.toLowerCase();
  for (const kind of KIND_ORDER) if (phraseHasKind(kind, written, lower)) return kind;
  return null;
}

/** Whether the capitalised run at `runStart` opens with, or follows, the definite article: "The Marsh Symphony". */
function startsDefinite(words: Word[], runStart: number): boolean {
  return words[runStart]?.lower === 'the' || words[runStart - 1]?.lower === 'the';
}

const OF_LIKE = new Set(['of', 'at', 'for', 'from', 'in', 'on']);

/**
 * The kind a personal name at the end of `words` gives: 'person', or the kind of the office in its
 * title ("President Ana Moreau", "defence minister Karl Aune"). Null when `words` ends in no name.
 */
function personKind(words: Word[]): SourceKind | null {
  const runStart = trailingCapitalRun(words);
  const run = words.slice(runStart).filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  if (run.length === 0) return null;
  const title = titleAt(run.map((w) => w.text));
  const rest = title ? run.slice(title.words.length) : run;
  const before = words.slice(0, runStart);
  if (title && rest.length > 0 && !rest.some((w) => isLexiconWord(w.text))) return title.kind;
  // "The Marsh Symphony", "the Red Crescent": a personal name takes no article, so after one the name is a body's.
  const definite = startsDefinite(words, runStart);
  if (!definite && looksLikePersonalName(rest) && !lexiconKind(rest)) return roleKind(before);
  // "NATO Secretary General [Mark Rutte]", "Tesla CEO [Elon Musk]": the name ends a longer capitalised run.
  for (let k = Math.max(1, run.length - 3); k <= run.length - 2; k++) {
    const name = run.slice(k);
    if (!looksLikePersonalName(name) || lexiconKind(name)) continue;
    const lead = [...before, ...run.slice(0, k)];
    const title = titleAtEnd(lead.map((w) => w.text));
    if (!title) {
      if (definite) continue;
      return roleKind(lead);
    }
    return isBodyOfItsOwn(lead.slice(0, lead.length - title.words.length)) ? 'person' : title.kind;
  }
  return null;
}

/**
 * "Dock Workers Guild President Ana Ruiz", "Acme Power Chairman Tom Reyes": a title after the full name
 * of a union, an association or a company makes its holder that body's officer, who speaks as a person,
 * not for a government. A one-word lead ("Alliance Secretary General") is too short to tell.
 */
function isBodyOfItsOwn(owner: Word[]): boolean {
  const named = owner.filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  if (named.length < 2 || !named.every((w) => isCapitalised(w.text))) return false;
  const kind = lexiconKind(named);
  return kind === 'organisation' || kind === 'media';
}

/**
 * "defence minister Sergei Shoigu": a role of office before the name makes them speak for it. A body
 * noun right before the name ("rescue group [Project Jonah]", "the newspaper [Le Soir]") makes the
 * name the body's own.
 */
function roleKind(before: Word[]): SourceKind {
  const last = before[before.length - 1];
  const body = last && !isCapitalised(last.text) && !ROLE_MODIFIERS.has(last.lower) ? lexiconKind([last]) : null;
  if (body === 'organisation' || body === 'media') return body;
  const role = before.filter((w) => !DETERMINERS.has(w.lower));
  const head = role[role.length - 1];
  if (!head) return 'person';
  // The head of the role decides: "defence [minister]" holds an office. A role with no office word for its
  // head ("prisons director", "press", "Alliance") is read whole: a public service's director is a named
  // official (government, as the guidelines read one), a hospital's or a club's is a person.
  const office = lexiconKind([head]);
  if (office === 'government' || office === 'military') return lexiconKind(role.slice(0, -1)) === 'organisation' ? 'person' : office;
  const whole = lexiconKind(role);
  return whole === 'government' || whole === 'military' ? whole : 'person';
}

/** Offices whose holder, unnamed, speaks for the body named before the office: "a union president". */
const OFFICE_HEADS = new Set(['president', 'chairman', 'chairwoman', 'chair', 'secretary', 'director', 'chief', 'head', 'leader', 'leaders', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials']);

/**
 * "The state teachers association", "a union president": in a phrase of common nouns the last one says
 * what the phrase is, whatever words of other kinds stand before it ("state" does not make an association a
 * government). Words before the head that make one lexicon entry with it are read with it ("news agency",
 * "central bank"); an office at the head takes the kind of a body noun before it ("union" makes its
 * president speak for the union). Null when a proper name is in the phrase or the head is no kind's word,
 * leaving the whole phrase to the lexicon.
 */
function headNounKind(words: Word[], firstWordStartsSentence: boolean): SourceKind | null {
  const core = words.filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  if (core.length < 2) return null;
  if (core.some((w, k) => isCapitalised(w.text) && !(k === 0 && firstWordStartsSentence && words[0] === w))) return null;
  if (core.some((w) => /['’]s?$/u.test(w.text))) return null;
  let at = core.length - 1;
  let kind = lexiconKind(core.slice(at));
  if (!kind) return null;
  // Extend leftwards over words that are no kind's on their own but change the kind with the head ("news").
  while (at > 0 && !lexiconKind(core.slice(at - 1, at))) {
    const longer = lexiconKind(core.slice(at - 1));
    if (!longer || longer === kind) break;
    kind = longer;
    at--;
  }
  if (at > 0 && OFFICE_HEADS.has(core[core.length - 1]!.lower)) {
    const owner = lexiconKind(core.slice(0, at));
    if (owner === 'organisation' || owner === 'media') return owner;
  }
  return kind;
}

/** Members who speak for whatever body owns them: "Acme Power officials", "officials of Acme Power". */
const MEMBERS = new Set(['official', 'officials', 'executive', 'executives', 'spokesman', 'spokeswoman', 'spokesperson', 'representatives', 'leaders', 'staff']);

/**
 * "Acme Power officials said": officials speak for the body they belong to, so the owner's kind is the
 * source's, and an owner of two or more capitalised words that is neither a place nor a known kind is a
 * company. Null when the phrase is no such pair, leaving the lexicon to decide ("officials", "Israeli officials").
 */
function ownerKind(words: Word[]): SourceKind | null {
  const memberAt = words.findIndex((w) => MEMBERS.has(w.lower));
  if (memberAt < 0) return null;
  const after = words[memberAt + 1];
  // "Acme Power spokeswoman Dana Cole": a member named by name is a person, whom the title rules read.
  if (after && isCapitalised(after.text)) return null;
  const owner =
    after && /^(?:of|at|for|from)$/.test(after.lower)
      ? words.slice(memberAt + 2).filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)))
      : words.slice(0, memberAt).filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  const capitals = owner.filter((w) => isCapitalised(w.text));
  if (owner.length === 0 || capitals.length !== owner.length) return null;
  const named = joined(owner);
  if (isPlace(named)) return 'government';
  const known = lexiconKind(owner);
  if (known) return known;
  return owner.length >= 2 ? 'organisation' : null;
}

/**
 * "Scientists believe", "Whale experts say", "some independent analysts estimate": a profession's plural with
 * only lower-case words before it (a capital only where the sentence starts) and no owner or body after it
 * names nobody, so the group is anonymous. "analysts at Birch Capital", "the bank's economists",
 * "Harvard economists" and "bank economists" (a body noun before the profession) say what kind of body
 * they speak for and are left to the other rules.
 */
function isUnnamedGroup(words: Word[], firstWordStartsSentence: boolean): boolean {
  const head = words[words.length - 1];
  if (!head || !UNNAMED_GROUPS.has(head.lower)) return false;
  return words.every(
    (w, k) =>
      !/['’]s?$/u.test(w.text) &&
      (w === head || !isLexiconWord(w.lower)) &&
      (!isCapitalised(w.text) || (k === 0 && !isAcronym(w.text) && (firstWordStartsSentence || w === head || DETERMINERS.has(w.lower)))),
  );
}

/** Plurals of people that end in no "s": "local people said", "the women told". */
const IRREGULAR_PEOPLE_PLURALS = new Set(['people', 'men', 'women', 'children', 'folk']);

/** A plural by its ending: "sides", "bosses", "residents"; not "boss", "status", "analysis". */
const PLURAL_ENDING = /(?:[^su'’]s|sses|xes|ches|shes)$/u;

/**
 * "local residents said", "…, witnesses told the paper": a speaker whose phrase ends in a
 * lower-case plural common noun, with no proper name in it (a capital only where the sentence starts) and no
 * owner, is a group the article does not name: anonymous. Read for nouns of people the lexicon knows
 * ("residents", "witnesses"). Any plural noun as the subject of a verb of saying ("Both sides said") was tried
 * and left out: on PolNeAR train it lost a claim whose "he" had been taken for such a group's speaker.
 */
function isUnnamedPluralSpeaker(words: Word[], firstWordStartsSentence: boolean): boolean {
  const head = words[words.length - 1];
  // A capitalised head ("Residents" opening a sentence, "Adams") may be a surname: the other rules read it.
  if (!head || isCapitalised(head.text)) return false;
  if (!PLURAL_ENDING.test(head.lower) && !IRREGULAR_PEOPLE_PLURALS.has(head.lower)) return false;
  return namesNobody(words, firstWordStartsSentence);
}

/** No proper name and no owner in the phrase: a capital only where the sentence starts, no possessive. */
function namesNobody(words: Word[], firstWordStartsSentence: boolean): boolean {
  return words.every((w, k) => !/['’]s?$/u.test(w.text) && (!isCapitalised(w.text) || (k === 0 && firstWordStartsSentence && !isAcronym(w.text))));
}

/** Articles that introduce someone by a common noun: "the patient", "a neighbour". */
const INDEFINITE_OR_DEFINITE = new Set(['the', 'a', 'an']);

/**
 * "…," the patient described', "a neighbour said": a speaker introduced by an article and a common noun alone,
 * no name beside it, is someone the article does not name: anonymous. Read only for the subject of a verb of
 * saying that no other rule gave a kind; a later mention that refers back to a named person is the
 * antecedents' to resolve.
 */
export function isUnnamedIndividualSpeaker(words: Word[], firstWordStartsSentence: boolean): boolean {
  const first = words[0];
  const head = words[words.length - 1];
  if (!first || !head || words.length < 2 || !INDEFINITE_OR_DEFINITE.has(first.lower) || isCapitalised(head.text)) return false;
  return namesNobody(words, firstWordStartsSentence);
}

/**
 * "the country", "The nation": a state named by its noun alone speaks for its government, as a place does;
 * so does a place's name ending in a state's or a locality's noun ("Marsh County", "Larch City").
 */
function isPolity(words: Word[]): boolean {
  const core = words.filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  const last = core[core.length - 1];
  if (!last) return false;
  if (core.length === 1) return POLITIES.has(last.lower) && (!isCapitalised(last.text) || words[0]?.lower === 'the');
  return (
    (POLITIES.has(last.lower) || LOCALITIES.has(last.lower)) &&
    core.length <= 3 &&
    core.every((w) => isCapitalised(w.text) && !/['’]s?$/u.test(w.text) && !isLexiconWord(w.text))
  );
}

/** "The City of Larch", "the County of Marsh": a locality's noun opening a place's name with "of". */
function opensPlaceName(before: Word[], after: Word[]): boolean {
  const core = before.filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  const head = core[0];
  if (core.length !== 1 || !head || !isCapitalised(head.text)) return false;
  return (POLITIES.has(head.lower) || LOCALITIES.has(head.lower)) && after.length > 0 && after.every((w) => isCapitalised(w.text));
}

/**
 * "Capt. Ana Kell of the Dunmore Fire Department", "Sgt. Li Wen of the harbour police": a rank in a civil
 * service (police, fire, sheriff) is an official of that service, so a rank whose holder belongs to a
 * government body speaks for government, not for the military.
 */
function rankInCivilService(rankKind: SourceKind | null, body: Word[]): SourceKind | null {
  if (rankKind !== 'military' || body.length === 0) return rankKind;
  return lexiconKind(body) === 'government' ? 'government' : rankKind;
}

/** Whether `words` name one person ("Dr Rui Santos of the union", "President Ana Moreau"), not a body. */
export function namesIndividual(words: Word[]): boolean {
  const joiner = words.findIndex((w, k) => k > 0 && OF_LIKE.has(w.lower));
  const kind = personKind(joiner > 0 ? words.slice(0, joiner) : words);
  return kind !== null && kind !== 'organisation' && kind !== 'media';
}

/**
 * The kind of source `words` names, or null when the words do not look like anyone at all
 * ("the results showed"). `firstWordStartsSentence` tells a capital that only starts the sentence.
 */
export function kindOfName(words: Word[], firstWordStartsSentence: boolean): SourceKind | null {
  if (words.length === 0) return null;
  const written = joined(words);
  if (phraseHasKind('anonymous', written, written.toLowerCase())) return 'anonymous';
  if (isUnnamedGroup(words, firstWordStartsSentence)) return 'anonymous';
  // "local residents said", "a witness told": people the lexicon knows, by a common noun with nobody named, are anonymous.
  const unnamed = isUnnamedPluralSpeaker(words, firstWordStartsSentence) || isUnnamedIndividualSpeaker(words, firstWordStartsSentence);
  if (unnamed && lexiconKind(words.slice(-1)) === 'person') return 'anonymous';
  if (isPolity(words)) return 'government';

  const owned = ownerKind(words);
  if (owned) return owned;

  // "Dr Rui Santos of the dockers' union": the person before "of" is the one speaking.
  const joiner = words.findIndex((w, k) => k > 0 && OF_LIKE.has(w.lower));
  const named = personKind(joiner > 0 ? words.slice(0, joiner) : words);
  if (named) return rankInCivilService(named, joiner > 0 ? words.slice(joiner + 1) : []);

  const headed = headNounKind(words, firstWordStartsSentence);
  if (headed) return headed;
  const fromLexicon = lexiconKind(words);
  if (fromLexicon) return fromLexicon;
  const core = words.filter((w) => !DETERMINERS.has(w.lower));
  if (core.length > 0 && isPlace(joined(core))) return 'government';
  if (joiner > 0 && opensPlaceName(words.slice(0, joiner), words.slice(joiner + 1))) return 'government';

  const capitals = core.filter((w, k) => isCapitalised(w.text) && !(k === 0 && firstWordStartsSentence && words[0] === w));
  if (core.length === 1 && core[0] && isCapitalised(core[0].text)) {
    // "The CBO's estimate": the owner's letters, not its possessive, tell an acronym; "The Brotherhood": a
    // name after "the" is a body's.
    return /^\p{Lu}{2,}$/u.test(withoutPossessive(core[0].text)) || words[0]?.lower === 'the' ? 'organisation' : 'person';
  }
  if (capitals.length === 0) return null;
  const allCapitalised = core.every((w) => isCapitalised(w.text) || NAME_PARTICLES.has(w.lower));
  // "Air Lisboa": a name built on a place is an institution, not a person; so is a name after "the".
  const definite = words[0]?.lower === 'the';
  if (allCapitalised && !definite && core.length <= 3 && !core.some((w) => isLexiconWord(withoutPossessive(w.text)))) return 'person';
  return 'organisation';
}
