/**
 * The typed messages between the parts of the extension. Each part checks `type` before trusting a
 * message: content scripts share a channel with every page script's extension messages.
 */
import type { Claim, DocumentInfo } from './core/types';

/** Content script → background: the claims now annotated on this tab (the badge shows their count). */
export interface ClaimsReport {
  type: 'claims-report';
  url: string;
  info: DocumentInfo;
  claims: Claim[];
}

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

/** Popup → content script: scroll to a claim and open its card. */
export interface RevealClaim {
  type: 'reveal-claim';
  id: string;
}

export type ContentMessage = GetPageState | RevealClaim;
export type BackgroundMessage = ClaimsReport;

export function isMessageOf<T extends { type: string }>(message: unknown, type: T['type']): message is T {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
