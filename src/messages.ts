/**
 * The typed messages between the parts of the extension. Which part serves each, and with what answer, is
 * tabled in messaging/protocol.ts; serving checks the sender and the message's shape (messaging/serve.ts).
 */
import type { Claim, DocumentInfo } from './core/types';
import type { HighlightNumbers } from './settings';
import type { RelatedFact } from './core/related/types';
import type { PackedClaims } from './messaging/packed-claims';

/**
 * How many of a page's claims a report carries, in page order. The background keeps a page's first 100
 * distinct figures in its history (background/history/budget.ts) and needs only the count for the badge, so
 * a page of 20,000 claims sends ten times that budget (room for repeated figures), not one message of
 * 20,000 claims that takes the page's thread over 60 ms to serialise.
 */
export const REPORTED_CLAIMS = 1000;

/** Content script → background: the claims now annotated on this tab (the badge shows their count). */
export interface ClaimsReport {
  type: 'claims-report';
  url: string;
  info: DocumentInfo;
  /** How many claims are annotated on the page. */
  count: number;
  /** The page's first claims, at most REPORTED_CLAIMS of them. */
  claims: Claim[];
}

/**
 * Content script → background (the engine host): find the claims in this text (the article, or a chunk a
 * live page added); the claims come back with offsets into it, and the
 * article's own related facts with them, packed (messaging/packed-claims.ts) and in parts: the first ask
 * brings part 0 and the total, and the page asks for each further part with the same scan id and text.
 * Answered with ScanAnswer. `scanId` lets the page tell a late answer to an old attempt from the one it
 * waits for.
 */
export interface ScanRequest {
  type: 'scan-request';
  scanId: string;
  text: string;
  info: DocumentInfo;
  /** Which numbers become claims: the key claims (the setting's default) or every number. */
  highlight: HighlightNumbers;
  /** Which part of the answer to send (0 when absent): claims from part × CLAIMS_PER_PART on. */
  part?: number;
}

export type ScanAnswer =
  | {
      ok: true;
      scanId: string;
      /** The part asked for: its claims and their related facts in the article (same text). */
      claims: PackedClaims;
      /** The engine's time for this text in the background, for the browser bench. */
      engineMs: number;
    }
  | { ok: false; scanId: string; error: string };

/* The page outline Readability reads in the background (src/page/article/outline.ts writes it). */

/** An attribute value longer than this is cut: Readability only looks for words in it. */
export const MAX_ATTRIBUTE_LENGTH = 1000;

/**
 * Readability's work grows with the page, and it is made in the background while the page waits for its
 * first highlight. Pages with more elements than this once machinery and landmarks are out are read by
 * ClaimLens's own one-walk scoring (and so is a page whose outline would exceed the bounds the background
 * accepts). Off the page a higher bound costs the page nothing, but ClaimLens's rules read such pages
 * better: with 4,000, bench:claims reads Readability's pick of the encyclopedia page at 82.4% recall
 * against 100% (bench:extract on the development pages: F1 0.965 with either).
 */
export const MAX_READABLE_ELEMENTS = 1500;
/** Text nodes and elements together: a page may split its text into any number of adjacent Text nodes. */
export const MAX_OUTLINE_NODES = 20_000;
/** Characters of text and attribute values together, in UTF-16 code units. */
export const MAX_OUTLINE_CHARACTERS = 2_000_000;

/**
 * One node of the outline, in document order. `parent` is the index of an earlier element of the outline
 * (-1 for the first, the page's root element). An element carries its lower-case tag and its read
 * attributes as name, value, name, value…; a Text node carries its text.
 */
export type OutlineNode =
  | { parent: number; tag: string; attributes: string[] }
  | { parent: number; text: string };

export interface PageOutline {
  nodes: OutlineNode[];
}

/**
 * Content script → background: read this outline of the page with mozilla/readability (the reading is one
 * task that cannot be sliced, so it is not made on the page's main thread). Answered with ReadableAnswer.
 */
export interface ReadableRequest {
  type: 'readable-request';
  outline: PageOutline;
}

export type ReadableAnswer =
  | {
      ok: true;
      /** The ordinals of the outline's Text nodes Readability keeps as the article, in order. */
      kept: number[];
      /** Readability's time in the background, for the browser bench. */
      readMs: number;
    }
  /** Refused (a malformed or oversized outline), or Readability found no article. */
  | { ok: false; error: string };

/** Popup → content script of the active tab: what is on this page? Answered with PageState. */
export interface GetPageState {
  type: 'get-page-state';
}

export interface PageState {
  host: string;
  active: boolean;
  info: DocumentInfo;
  claims: Claim[];
}

/**
 * Popup → background, sent just before it asks for access to web pages: reload this tab once the access
 * is granted, since the content script runs only on pages loaded after the grant. The background does it
 * because the popup may be closed by then (the browser's prompt takes the focus).
 */
export interface ReloadWhenGranted {
  type: 'reload-when-granted';
  tabId: number;
}

/** Popup → content script: scroll to a claim and open its card. */
export interface RevealClaim {
  type: 'reveal-claim';
  id: string;
}

/**
 * Content script or popup → background: related facts for these claims from the reader's history and fact
 * packs (the same-article facts are computed where the claims are). Answered with RelatedLookupResult.
 */
export interface RelatedLookup {
  type: 'related-lookup';
  url: string;
  info: DocumentInfo;
  claims: Claim[];
}

export interface RelatedLookupResult {
  /** Facts by claim id, newest first within each origin. */
  facts: Record<string, RelatedFact[]>;
  /** Why history or packs could not be consulted (shown in the options page); null when they were. */
  problem: string | null;
}

/** A fact pack as the options page lists it. */
export interface PackSummary {
  id: string;
  name: string;
  description: string | null;
  factCount: number;
  importedAt: number;
}

/** Options page → background: the state of the history and the fact packs. Answered with RelatedStatus. */
export interface RelatedStatusRequest {
  type: 'related-status';
}

export interface RelatedStatus {
  historyClaims: number;
  packs: PackSummary[];
  /** The last storage problem (full quota, blocked database), or null. */
  problem: string | null;
}

/** Options page → background: forget every claim in the history. Answered with RelatedStatus. */
export interface HistoryClear {
  type: 'history-clear';
}

/** Options page → background: import a fact pack given as JSON text. Answered with PackResult. */
export interface PackImport {
  type: 'pack-import';
  json: string;
}

/** Options page → background: a stored pack as JSON text (PackResult with `json`), or remove it. */
export interface PackExport {
  type: 'pack-export';
  id: string;
}

export interface PackRemove {
  type: 'pack-remove';
  id: string;
}

export type PackResult = { ok: true; pack: PackSummary | null; json?: string } | { ok: false; error: string };
