/**
 * Pure edits of the settings: each takes settings and returns new settings, never touching storage, so
 * the popup, the options page and the keyboard command all switch sites the same way.
 */
import type { HighlightNumbers, HighlightStyle, Settings } from '../settings';

/**
 * Host names compare case-insensitively. A trailing dot is kept: the page reads its own switch with
 * `location.hostname`, which keeps it, so "example.com." is a site of its own there too.
 */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase();
}

export function setSiteActive(settings: Settings, host: string, active: boolean): Settings {
  const site = normaliseHost(host);
  if (site === '') return settings;
  const others = settings.disabledSites.filter((s) => normaliseHost(s) !== site);
  return { ...settings, disabledSites: active ? others : [...others, site].sort() };
}

/** Switches a site off when it is on, and on when it is off; the global switch is left alone. */
export function toggleSite(settings: Settings, host: string): Settings {
  return setSiteActive(settings, host, isSiteSwitchedOff(settings, host));
}

export function isSiteSwitchedOff(settings: Settings, host: string): boolean {
  const site = normaliseHost(host);
  return settings.disabledSites.some((s) => normaliseHost(s) === site);
}

export function setEnabled(settings: Settings, enabled: boolean): Settings {
  return { ...settings, enabled };
}

export function setHighlightStyle(settings: Settings, highlightStyle: HighlightStyle): Settings {
  return { ...settings, highlightStyle };
}

export function setHighlightNumbers(settings: Settings, highlightNumbers: HighlightNumbers): Settings {
  return { ...settings, highlightNumbers };
}

export function setShowReasons(settings: Settings, showReasons: boolean): Settings {
  return { ...settings, showReasons };
}

export function setHistoryEnabled(settings: Settings, historyEnabled: boolean): Settings {
  return { ...settings, historyEnabled };
}

/** Days outside 1–3650 or not whole are brought into range, so a typo cannot wipe or bloat the history. */
export function setHistoryRetentionDays(settings: Settings, days: number): Settings {
  if (!Number.isFinite(days)) return settings;
  return { ...settings, historyRetentionDays: Math.min(3650, Math.max(1, Math.round(days))) };
}
