/**
 * The people an article has introduced with an office, so that later mentions keep it: after
 * "President Ana Moreau" or "Karl Aune, the defence minister", a bare "Ms Moreau said" or "Aune said"
 * still speaks for government. Filled sentence by sentence as the describer reads, so each sentence is
 * scanned once.
 */
import type { SourceKind, Span } from '../types';
import { kindOfName } from './kinds';
import { COURTESY_TITLES, TITLES, tokenize } from '../text';

type OfficeKind = 'government' | 'military';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;

const OFFICE_TITLES = TITLES.filter((t) => t.kind === 'government' || t.kind === 'military');

/** "Senator Mark Warner", "General Ana Ruiz": a title of office, then one to three capitalised words. */
const TITLED = new RegExp(
  String.raw`\b(${OFFICE_TITLES.map((t) => t.words.map(escape).join(String.raw`\.?\s+`)).join('|')})\.?\s+((?:${NAME_WORD}\s+){0,2}${NAME_WORD})`,
  'gu',
);

/** "Mark Warner, a Democratic senator," or "Mr. Warner, the health minister.": a name, then an apposition. */
const APPOSED = new RegExp(String.raw`((?:${NAME_WORD}\.?\s+){0,2}${NAME_WORD}),\s+((?:a|an|the)\s+[^,.;:()"“”]{2,60})(?=[,.;]|$)`, 'gu');

/** The capitalised words just before a title: the name of the body whose title it is. */
const BODY_BEFORE_TITLE = new RegExp(String.raw`(?:${NAME_WORD}\s+)+$`, 'u');

/** ", Marsh Police Department spokesman,": a body's capitalised name and a role after a titled name. */
const BODY_ROLE_AFTER = /^,\s+((?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}?)(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*[,.;]/u;

/** Words after which an apposition names where the person works rather than their role. */
const ROLE_JOINERS = new Set(['at', 'of', 'for', 'in', 'with', 'from']);

/** Courtesy titles that are no part of the surname key. */
const isCourtesy = (word: string): boolean => COURTESY_TITLES.has(word.replace(/\.$/, ''));

function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => w && !isCourtesy(w));
  const last = words[words.length - 1];
  return last ? last.replace(/['’]s?$/u, '') : null;
}

export interface PeopleRegistry {
  /** Reads the offices the sentence gives to named people. */
  observe(text: string, sentence: Span): void;
  /** The office kind of a person mentioned by name ("Mr Obama", "Warner"), if the article gave one. */
  officeOf(name: string): OfficeKind | null;
  /** Records a person the article quotes, so that their name is not taken for a body's. */
  noteSpeaker(name: string): void;
  /** Whether the name ends in the surname of someone quoted or given an office before. */
  isKnownPerson(name: string): boolean;
  /** The last mention of a known person between two offsets ("Askar has released code he said…"). */
  lastMentionIn(text: string, from: number, to: number): Span | null;
}

export function createPeopleRegistry(): PeopleRegistry {
  const offices = new Map<string, OfficeKind>();
  const speakers = new Set<string>();
  const remember = (name: string, kind: OfficeKind): void => {
    const surname = surnameOf(name);
    if (surname && !offices.has(surname)) offices.set(surname, kind);
  };
  return {
    observe(text, sentence) {
      const body = text.slice(sentence.start, sentence.end);
      for (const m of body.matchAll(TITLED)) {
        const title = m[1]!.replace(/\.?\s+/g, ' ').replace(/\.$/, '');
        const kind = OFFICE_TITLES.find((t) => t.words.join(' ') === title)?.kind;
        if (kind !== 'government' && kind !== 'military') continue;
        // "Dock Workers Guild President Ana Ruiz": the body named before the title may make its holder a person.
        const lead = BODY_BEFORE_TITLE.exec(body.slice(0, m.index));
        if (lead) {
          const from = sentence.start + lead.index;
          const whole = kindOfName(tokenize(text, from, sentence.start + m.index + m[0].length), false);
          if (whole !== 'government' && whole !== 'military') continue;
        }
        // "Lt. Ana Ruiz, Marsh Police Department spokeswoman": a rank in a body of government is that government's.
        const bodyAfter = kind === 'military' ? BODY_ROLE_AFTER.exec(body.slice(m.index + m[0].length)) : null;
        if (bodyAfter) {
          const from = sentence.start + m.index + m[0].length + bodyAfter[0].indexOf(bodyAfter[1]!);
          if (kindOfName(tokenize(text, from, from + bodyAfter[1]!.trimEnd().length), false) === 'government') {
            remember(m[2]!, 'government');
            continue;
          }
        }
        remember(m[2]!, kind);
      }
      for (const m of body.matchAll(APPOSED)) {
        const asideStart = sentence.start + m.index + m[0].length - m[2]!.length;
        // A spokesperson speaks for the body named after "for", which tells nothing of their own office.
        const words = tokenize(text, asideStart, asideStart + m[2]!.length);
        if (words.some((w) => /^spokes/.test(w.lower))) continue;
        // "a senior fellow at the Council on …": the role is the office, not the body it works at.
        const joiner = words.findIndex((w, k) => k > 0 && ROLE_JOINERS.has(w.lower));
        const kind: SourceKind | null = kindOfName(joiner > 0 ? words.slice(0, joiner) : words, false);
        if (kind === 'government' || kind === 'military') remember(m[1]!, kind);
      }
    },
    noteSpeaker(name) {
      const surname = surnameOf(name);
      if (surname) speakers.add(surname);
    },
    isKnownPerson(name) {
      const surname = surnameOf(name);
      return surname !== null && (speakers.has(surname) || offices.has(surname));
    },
    lastMentionIn(text, from, to) {
      const words = tokenize(text, from, to);
      for (let i = words.length - 1; i >= 0; i--) {
        const w = words[i]!;
        const surname = w.text.replace(/['’]s?$/u, '');
        if (/^\p{Lu}/u.test(w.text) && (speakers.has(surname) || offices.has(surname))) return { start: w.start, end: w.start + surname.length };
      }
      return null;
    },
    officeOf(name) {
      const surname = surnameOf(name);
      return surname ? (offices.get(surname) ?? null) : null;
    },
  };
}
