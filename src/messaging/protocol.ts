/**
 * The one protocol between the parts of the extension: every message a part serves, who may send it and
 * what it is answered with. `serve` (serve.ts) and `send` (send.ts) are typed by these tables, so a sender
 * cannot ask what nobody serves, nor read an answer of the wrong shape.
 */
import type {
  ClaimsReport,
  GetPageState,
  HistoryClear,
  PackExport,
  PackImport,
  PackRemove,
  PackResult,
  PageState,
  ReadableAnswer,
  ReadableRequest,
  RelatedLookup,
  RelatedLookupResult,
  RelatedStatus,
  RelatedStatusRequest,
  ReloadWhenGranted,
  RevealClaim,
  ScanAnswer,
  ScanRequest,
} from '../messages';

/** A request and its answer; `void` for a notice nobody answers. */
interface Exchange<Message extends { type: string }, Answer> {
  message: Message;
  answer: Answer;
}

/** What the background serves: content scripts' reports and scans, the extension pages' requests. */
export interface BackgroundProtocol {
  'claims-report': Exchange<ClaimsReport, void>;
  'scan-request': Exchange<ScanRequest, ScanAnswer>;
  'readable-request': Exchange<ReadableRequest, ReadableAnswer>;
  'related-lookup': Exchange<RelatedLookup, RelatedLookupResult>;
  'related-status': Exchange<RelatedStatusRequest, RelatedStatus>;
  'history-clear': Exchange<HistoryClear, RelatedStatus>;
  'pack-import': Exchange<PackImport, PackResult>;
  'pack-export': Exchange<PackExport, PackResult>;
  'pack-remove': Exchange<PackRemove, PackResult>;
  'reload-when-granted': Exchange<ReloadWhenGranted, void>;
}

/** What a tab's content script serves to the popup and the background. */
export interface ContentProtocol {
  'get-page-state': Exchange<GetPageState, PageState>;
  'reveal-claim': Exchange<RevealClaim, boolean>;
}

export type Protocol = BackgroundProtocol | ContentProtocol;

export type MessageOf<P, K extends keyof P> = P[K] extends Exchange<infer M, unknown> ? M : never;
export type AnswerOf<P, K extends keyof P> = P[K] extends Exchange<{ type: string }, infer A> ? A : never;

/**
 * Who sent a message, as the browser tells it (never as the message says): one of ClaimLens's content
 * scripts (it runs beside a web page, so what it hands over is the page's and is checked), or one of
 * ClaimLens's own pages and its background.
 */
export type Origin = 'content-script' | 'extension';
