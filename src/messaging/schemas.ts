/**
 * The shapes messages must have before any part reads them, checked with valibot at the border (serve.ts).
 * A content script runs beside a web page and hands over what it read there; an answer comes back from
 * another process. Neither is trusted to be well formed: a message that fails its shape is not served.
 * `scan-request` is checked by the engine host itself (background/scan-request.ts), which answers a
 * refusal with its reason so the page can scan on its own.
 */
import * as v from 'valibot';

/** A page's title, address and publisher as the card shows them: anything longer is not a title. */
export const MAX_INFO_FIELD_LENGTH = 8_192;
/** The most claims one report or lookup may carry (a page's report is cut to 1,000 before it is sent). */
export const MAX_CLAIMS_PER_MESSAGE = 5_000;
/** The largest fact pack file, in bytes: the options page checks it before reading, the pack store again. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
/**
 * A pack's JSON in a message: the pack store says in words why a pack is too big, so this bound only keeps
 * a message from being absurd (a UTF-8 file of n bytes never has more than n UTF-16 code units).
 */
const MAX_PACK_MESSAGE = 4 * MAX_PACK_BYTES;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = v.nullable(text(MAX_INFO_FIELD_LENGTH));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const nullableOffset = v.nullable(offset);

export const DocumentInfoSchema = v.object({
  title: nullableText,
  url: nullableText,
  publisher: nullableText,
  published: nullableText,
});

const SourceSchema: v.GenericSchema<unknown> = v.looseObject({
  kind: v.picklist(['government', 'military', 'media', 'person', 'organisation', 'anonymous', 'reported', 'article']),
  name: nullableText,
  text: nullableText,
  start: nullableOffset,
  end: nullableOffset,
  cue: nullableText,
  via: v.nullable(v.lazy(() => SourceSchema)),
});

const QuantitySchema = v.looseObject({
  start: offset,
  end: offset,
  text: text(MAX_INFO_FIELD_LENGTH),
  value: v.nullable(v.number()),
  range: v.nullable(v.tuple([v.number(), v.number()])),
  unit: nullableText,
  change: v.picklist(['=', '~', '>', '<', 'up', 'down']),
});

/** The claim record as the core writes it (src/core/types.ts); fields the core may add later pass through. */
export const ClaimSchema = v.looseObject({
  id: text(256),
  start: offset,
  end: offset,
  text: text(MAX_INFO_FIELD_LENGTH),
  kind: v.picklist(['count', 'money', 'measure', 'percent', 'ratio', 'rank']),
  quantity: QuantitySchema,
  subject: nullableText,
  per: nullableText,
  when: nullableText,
  hedged: v.boolean(),
  disputedBy: nullableText,
  sentence: v.looseObject({ start: offset, end: offset }),
  source: SourceSchema,
});

const claims = v.pipe(v.array(ClaimSchema), v.maxLength(MAX_CLAIMS_PER_MESSAGE));
const id = text(256);

/** Every message a part serves, by type, except `scan-request` (see above). */
export const MESSAGE_SCHEMAS = {
  'claims-report': v.object({
    type: v.literal('claims-report'),
    url: text(MAX_INFO_FIELD_LENGTH),
    info: DocumentInfoSchema,
    count: offset,
    claims,
  }),
  'related-lookup': v.object({ type: v.literal('related-lookup'), url: text(MAX_INFO_FIELD_LENGTH), info: DocumentInfoSchema, claims }),
  'related-status': v.object({ type: v.literal('related-status') }),
  'history-clear': v.object({ type: v.literal('history-clear') }),
  'pack-import': v.object({ type: v.literal('pack-import'), json: text(MAX_PACK_MESSAGE) }),
  'pack-export': v.object({ type: v.literal('pack-export'), id }),
  'pack-remove': v.object({ type: v.literal('pack-remove'), id }),
  'reload-when-granted': v.object({ type: v.literal('reload-when-granted'), tabId: offset }),
  'get-page-state': v.object({ type: v.literal('get-page-state') }),
  'reveal-claim': v.object({ type: v.literal('reveal-claim'), id }),
} as const;

export type CheckedType = keyof typeof MESSAGE_SCHEMAS;

/** A tab's answer to `get-page-state`, checked before the popup or the keyboard command reads it. */
export const PageStateSchema = v.object({
  host: text(MAX_INFO_FIELD_LENGTH),
  active: v.boolean(),
  info: DocumentInfoSchema,
  claims: v.array(ClaimSchema),
});

/** The message if it has its type's shape, else null. */
export function checkMessage(type: CheckedType, message: unknown): unknown {
  const result = v.safeParse(MESSAGE_SCHEMAS[type], message);
  return result.success ? result.output : null;
}
