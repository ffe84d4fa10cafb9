/**
 * The fact-pack format (docs/fact-packs.md), checked with valibot: a maintained validation library that
 * builds no code at run time (no eval, which MV3 extension pages forbid). Every string must be plain text
 * of bounded length; a pack that breaks any rule is refused whole, with the path of the first problems.
 */
import * as v from 'valibot';
import { MAX_PACK_FACTS, MAX_TEXT_LENGTH } from './limits';

const noMarkup = (s: string) => !/[<>]/.test(s);

/**
 * Characters that show nothing or reorder what follows: zero-width spaces and joiners, the soft hyphen,
 * the byte-order mark, bidi marks, embeddings, overrides and isolates. In a pack's name or a source's
 * they make one name look like another ("Reuters" and "Reu\u200bters", or a name spelled backwards
 * behind U+202E), so a pack holding any is refused.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const plainText = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check(noMarkup, 'must be plain text: no < or > (HTML is not allowed)'),
    v.check(
      (s) => !INVISIBLE.test(s),
      (issue) => `must not hold invisible or direction-changing characters (it holds ${codePoint(INVISIBLE.exec(String(issue.input))?.[0] ?? '')})`,
    ),
  );

const webAddress = v.pipe(
  v.string('must be text'),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.url('must be a web address'),
  v.check((s) => /^https?:\/\//i.test(s), 'must start with http:// or https://'),
);

const isoDate = v.pipe(
  v.string('must be text'),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

const finiteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

const FactSchema = v.pipe(
  v.strictObject({
    subject: plainText(200),
    kind: v.picklist(['count', 'money', 'measure', 'percent', 'ratio'], 'must be one of count, money, measure, percent, ratio'),
    value: v.optional(finiteNumber),
    range: v.optional(
      v.pipe(
        v.tuple([finiteNumber, finiteNumber], 'must be [low, high]'),
        v.check(([low, high]) => low <= high, 'must have its low end first'),
      ),
    ),
    unit: v.optional(v.nullable(plainText(60))),
    change: v.optional(v.picklist(['=', '~', '>', '<'], 'must be one of = ~ > <')),
    per: v.optional(v.nullable(plainText(60))),
    date: isoDate,
    source: v.strictObject({ name: plainText(200), url: webAddress }, 'must be an object { "name", "url" }'),
    note: v.optional(plainText(MAX_TEXT_LENGTH)),
  }, 'must be an object (a fact)'),
  v.check((f) => (f.value === undefined) !== (f.range === undefined), 'needs either a value or a range, not both'),
  v.check((f) => (f.kind !== 'money' && f.kind !== 'measure') || Boolean(f.unit), 'needs a unit for money and measures'),
);

export const PackSchema = v.strictObject({
  format: v.literal('claimlens-fact-pack', 'must be "claimlens-fact-pack"'),
  version: v.literal(1, 'must be 1 (the only version so far)'),
  id: v.pipe(v.string('must be text'), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1–64 lower-case letters, digits or dashes')),
  name: plainText(100),
  description: v.optional(plainText(MAX_TEXT_LENGTH)),
  facts: v.pipe(
    v.array(FactSchema, 'must be a list of facts'),
    v.minLength(1, 'must hold at least one fact'),
    v.maxLength(MAX_PACK_FACTS, `must hold at most ${MAX_PACK_FACTS} facts`),
  ),
}, 'must be an object (a fact pack)');

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackFactInput = Pack['facts'][number];
export type PackMeta = Omit<Pack, 'facts'>;

/** Where in the pack a path leads, the way a person would look for it: "facts[3].source.url". */
function pathText(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  return path || 'the pack';
}

/**
 * One issue in words. An object's issues are of three sorts valibot reports alike: not an object at all,
 * a required field missing (expected names the field, nothing received), a field the format does not
 * define (expected "never"); each is said plainly, naming the field.
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  if (issue.type === 'strict_object' && keys.length > 0) {
    const field = String(keys.at(-1));
    const where = pathText(keys.slice(0, -1));
    if (issue.received === 'undefined') return `${where} is missing the field "${field}"`;
    if (issue.expected === 'never') return `${where} has a field the format does not define: "${field}"`;
  }
  return `${pathText(keys)} ${issue.message}`;
}

export type PackParse = { ok: true; pack: Pack } | { ok: false; error: string };

/** Validates parsed JSON as a pack; the error names up to three problems with their paths. */
export function validatePack(input: unknown): PackParse {
  const result = v.safeParse(PackSchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, pack: result.output };
  const problems = result.issues.slice(0, 3).map(describeIssue);
  const more = result.issues.length > 3 ? ` (and ${result.issues.length - 3} more)` : '';
  return { ok: false, error: `${problems.join('; ')}${more}.` };
}
