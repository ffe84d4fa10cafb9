/**
 * The page's way to the engine. The engine runs in the background (the service worker in Chromium, the
 * event page in Firefox), off the page's main thread: the text crosses once per scan and the claims come
 * back with offsets into it. The background can be stopped at any moment (Chromium stops idle service
 * workers, and may do so mid-scan), so each ask has a deadline and is asked again; when the background
 * cannot answer at all, the caller loads the engine onto the page and runs it there in slices
 * (offthread-scan.ts). A scan is never lost and the page never waits forever.
 */
import type { RelatedFact } from '../core/related/types';
import type { Claim, DocumentInfo } from '../core/types';
import type { ScanAnswer, ScanRequest } from '../messages';
import type { HighlightNumbers } from '../settings';

/** The background's answer: the claims in the text and the article's own related facts. */
export interface EngineAnswer {
  answered: true;
  claims: Claim[];
  /** The article's own related facts by claim id. */
  related: Map<string, RelatedFact[]>;
  /** The engine's own time for this text in the background. */
  engineMs: number;
  /** Asks sent, the one answered included. */
  attempts: number;
  /** Why each earlier ask went unanswered (a stopped background, a passed deadline), in order. */
  lost: string[];
}

/** The background could not answer: the page must run the engine itself. */
export interface EngineUnavailable {
  answered: false;
  attempts: number;
  reason: string;
  lost: string[];
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
  | { kind: 'answered'; claims: Claim[]; related: Record<string, RelatedFact[]>; engineMs: number }
  /** The background read the request and said no (too large, malformed): asking again would not help. */
  | { kind: 'refused'; reason: string }
  /** The answer never came: the background was stopped or restarting, or took longer than the deadline. */
  | { kind: 'lost'; reason: string };

function isAnswer(value: unknown, scanId: string): value is ScanAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as { ok?: unknown; scanId?: unknown };
  return typeof answer.ok === 'boolean' && answer.scanId === scanId;
}

function hasClaims(answer: ScanAnswer): answer is Extract<ScanAnswer, { ok: true }> {
  return answer.ok && Array.isArray(answer.claims) && typeof answer.related === 'object' && answer.related !== null;
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
      if (!hasClaims(answer)) return { kind: 'refused', reason: answer.ok ? 'the answer had no claims' : answer.error };
      return { kind: 'answered', claims: answer.claims, related: answer.related, engineMs: answer.engineMs };
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

/** The claims in `text` from the background, asking again when an answer is lost; or why it cannot answer. */
export async function askEngineHost(
  text: string,
  info: DocumentInfo,
  options: { highlight: HighlightNumbers },
  deps: EngineClientDeps,
): Promise<EngineAnswer | EngineUnavailable> {
  const request: ScanRequest = { type: 'scan-request', scanId: nextScanId(), text, info, highlight: options.highlight };
  const lost: string[] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const outcome = await askOnce(deps, request, attempt);
    if (outcome.kind === 'answered') {
      const related = new Map(Object.entries(outcome.related));
      return { answered: true, claims: outcome.claims, related, engineMs: outcome.engineMs, attempts: attempt, lost };
    }
    if (outcome.kind === 'refused') return { answered: false, attempts: attempt, reason: outcome.reason, lost };
    lost.push(outcome.reason);
    const pause = RETRY_PAUSES_MS[attempt - 1];
    if (pause !== undefined) await deps.wait(pause);
  }
  return { answered: false, attempts: MAX_ATTEMPTS, reason: lost[lost.length - 1] ?? 'no answer', lost };
}
