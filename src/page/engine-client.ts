/**
 * The page's way to the engine. The engine runs in the background (the service worker in Chromium, the
 * event page in Firefox), off the page's main thread: the text crosses with each ask and the claims come
 * back with offsets into it, in parts of a few thousand, so no one message is a long copy on the page's thread. The background can be stopped at any moment (Chromium stops idle service
 * workers, and may do so mid-scan), so each ask has a deadline and is asked again; when the background
 * cannot answer at all, the caller loads the engine onto the page and runs it there in slices
 * (offthread-scan.ts). A scan is never lost and the page never waits forever.
 */
import type { DocumentInfo } from '../core/types';
import type { ScanAnswer, ScanRequest } from '../messages';
import { checkPackedClaims, CLAIMS_PER_PART, type PackedClaims } from '../messaging/packed-claims';
import type { HighlightNumbers } from '../settings';
import { measured } from './timing';

/** The background answered every part of the scan (each handed to the caller as it came). */
export interface EngineAnswer {
  answered: true;
  /** How many claims the background found. */
  total: number;
  /** The engine's own time for this text in the background. */
  engineMs: number;
  /** The most asks any one part took, the answered one included (1: every part came at the first ask). */
  attempts: number;
  /** How many parts the claims came in. */
  parts: number;
  /** Why each ask went unanswered (a stopped background, a passed deadline), in order. */
  lost: string[];
}

/** The background could not answer (all of the scan): the page must run the engine itself. */
export interface EngineUnavailable {
  answered: false;
  /** Asks of the part that went unanswered. */
  attempts: number;
  reason: string;
  lost: string[];
  /** Claims of the scan already handed to the caller, in the engine's order, before the background stopped answering. */
  delivered: number;
}

export interface EngineClientDeps {
  /** Sends one request to the background and resolves with its answer (browser.runtime.sendMessage). */
  send(request: ScanRequest): Promise<unknown>;
  wait(ms: number): Promise<void>;
}

/** Asks of the background before the page runs the engine itself: a restart mid-scan costs one ask. */
export const MAX_ATTEMPTS = 3;
/** Pauses before asking again, giving a stopped service worker time to start anew. */
const RETRY_PAUSES_MS = [50, 250] as const;
/**
 * How long one ask may take: a service worker's cold start plus the engine's time for the text on a slow,
 * busy machine (the engine reads about a kilobyte a millisecond on a fast one). Each further ask waits
 * longer, as a background that was slow once (starting anew, busy with other tabs) may be slow again.
 */
const ASK_BASE_MS = 3000;
const ASK_MS_PER_1000_CHARS = 8;

export function askDeadlineMs(textLength: number, attempt = 1): number {
  return (ASK_BASE_MS + Math.ceil(textLength / 1000) * ASK_MS_PER_1000_CHARS) * attempt;
}

/** What became of one ask, as a named outcome so the caller's decision reads as a rule. */
type AskOutcome =
  | { kind: 'answered'; part: PackedClaims; engineMs: number }
  /** The background read the request and said no (too large, malformed): asking again would not help. */
  | { kind: 'refused'; reason: string }
  /** The answer never came: the background was stopped or restarting, or took longer than the deadline. */
  | { kind: 'lost'; reason: string };

function isAnswer(value: unknown, scanId: string): value is ScanAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as { ok?: unknown; scanId?: unknown };
  return typeof answer.ok === 'boolean' && answer.scanId === scanId;
}

/** The answer checked at the border (columns of one length, the part asked for): only then is it painted. */
function outcomeOf(answer: ScanAnswer, part: number): AskOutcome {
  if (!answer.ok) return { kind: 'refused', reason: answer.error };
  const check = measured('claims checked', () => checkPackedClaims(answer.claims));
  if (!check.ok) return { kind: 'refused', reason: check.error };
  if (check.part.first !== part * CLAIMS_PER_PART) return { kind: 'refused', reason: `the answer is not part ${part}` };
  const engineMs = typeof answer.engineMs === 'number' ? answer.engineMs : 0;
  return { kind: 'answered', part: check.part, engineMs };
}

async function askOnce(deps: EngineClientDeps, request: ScanRequest, attempt: number): Promise<AskOutcome> {
  const deadline = askDeadlineMs(request.text.length, attempt);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<AskOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'lost', reason: `no answer within ${deadline} ms` }), deadline);
  });
  const asked = (async (): Promise<AskOutcome> => {
    try {
      const answer = await deps.send(request);
      if (!isAnswer(answer, request.scanId)) return { kind: 'lost', reason: 'the background gave no scan answer' };
      return outcomeOf(answer, request.part ?? 0);
    } catch (error) {
      return { kind: 'lost', reason: error instanceof Error ? error.message : String(error) };
    }
  })();
  try {
    return await Promise.race([asked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

let scanCount = 0;

function nextScanId(): string {
  scanCount += 1;
  return `${Date.now().toString(36)}-${scanCount}`;
}

/**
 * The claims in `text` from the background, part by part, each handed to `received` (and awaited) before
 * the next is asked for; asks again when an answer is lost. Or why it cannot answer.
 */
export async function askEngineHost(
  text: string,
  info: DocumentInfo,
  options: { highlight: HighlightNumbers },
  deps: EngineClientDeps,
  received: (part: PackedClaims) => Promise<void>,
): Promise<EngineAnswer | EngineUnavailable> {
  const scanId = nextScanId();
  const lost: string[] = [];
  let mostAttempts = 0;
  let delivered = 0;
  for (let part = 0; ; part++) {
    const request: ScanRequest = { type: 'scan-request', scanId, text, info, highlight: options.highlight, part };
    let answered: Extract<AskOutcome, { kind: 'answered' }> | null = null;
    let attempts = 0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && answered === null; attempt++) {
      attempts = attempt;
      const outcome = await askOnce(deps, request, attempt);
      if (outcome.kind === 'answered') {
        answered = outcome;
        break;
      }
      if (outcome.kind === 'refused') return { answered: false, attempts, reason: outcome.reason, lost, delivered };
      lost.push(outcome.reason);
      const pause = RETRY_PAUSES_MS[attempt - 1];
      if (pause !== undefined) await deps.wait(pause);
    }
    if (answered === null) return { answered: false, attempts, reason: lost[lost.length - 1] ?? 'no answer', lost, delivered };
    mostAttempts = Math.max(mostAttempts, attempts);
    await received(answered.part);
    delivered += answered.part.ids.length;
    if (delivered >= answered.part.total) {
      return { answered: true, total: answered.part.total, engineMs: answered.engineMs, attempts: mostAttempts, parts: part + 1, lost };
    }
  }
}
