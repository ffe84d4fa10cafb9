/**
 * The engine host's border: a scan request comes from a content script, which runs beside the page and
 * hands over the page's text, so it is untrusted input. It is checked here, with valibot (no code built at
 * run time), before the engine reads it: bounded sizes, the expected fields and nothing else used.
 */
import * as v from 'valibot';
import type { Highlight } from '../core/analyse';
import type { DocumentInfo } from '../core/types';

/**
 * The most text one scan may bring, in UTF-16 code units. The largest article on the real pages we measure
 * has 137 KB of text; eight times that still takes the engine about a second. A page that offers more (a
 * hostile page, or a whole book) is refused with a clear error and the content script scans it itself.
 */
export const MAX_SCAN_TEXT_LENGTH = 1_000_000;
/** A page's title, address and publisher as the card shows them: anything longer is not a title. */
export const MAX_INFO_FIELD_LENGTH = 8_192;
const MAX_SCAN_ID_LENGTH = 64;

const infoField = v.nullable(v.pipe(v.string(), v.maxLength(MAX_INFO_FIELD_LENGTH, `longer than ${MAX_INFO_FIELD_LENGTH} characters`)));

const ScanRequestSchema = v.object({
  type: v.literal('scan-request'),
  scanId: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SCAN_ID_LENGTH)),
  text: v.pipe(v.string(), v.maxLength(MAX_SCAN_TEXT_LENGTH, `the text is longer than ${MAX_SCAN_TEXT_LENGTH} characters`)),
  info: v.object({ title: infoField, url: infoField, publisher: infoField, published: infoField }),
  highlight: v.picklist(['key', 'every']),
  part: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});

export interface CheckedScanRequest {
  scanId: string;
  text: string;
  info: DocumentInfo;
  highlight: Highlight;
  /** Which part of the answer is asked for. */
  part: number;
}

export type ScanRequestCheck = { ok: true; request: CheckedScanRequest } | { ok: false; error: string };

/** The request as the engine may read it, or the first problem in words. */
export function checkScanRequest(message: unknown): ScanRequestCheck {
  const result = v.safeParse(ScanRequestSchema, message);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, error: `scan request refused: ${where ? `${where}: ` : ''}${issue?.message ?? 'malformed'}` };
  }
  const { scanId, text, info, highlight, part } = result.output;
  return { ok: true, request: { scanId, text, info, highlight, part } };
}

/** The scan id of a refused request when it has a usable one, so the page can match the refusal to its ask. */
export function scanIdOf(message: unknown): string {
  const id = (message as { scanId?: unknown } | null)?.scanId;
  return typeof id === 'string' && id.length <= MAX_SCAN_ID_LENGTH ? id : '';
}
