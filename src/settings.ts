/** The user's settings, kept in browser.storage.local under SETTINGS_KEY. */
export type HighlightStyle = 'underline' | 'background' | 'outline';
/** Which numbers are highlighted: the key claims a reader counts, or every number ClaimLens reads. */
export type HighlightNumbers = 'key' | 'every';

export interface Settings {
  /** ClaimLens on everywhere (the global switch). */
  enabled: boolean;
  /** Host names on which the user switched annotations off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  highlightNumbers: HighlightNumbers;
  /** Keep the claims seen on pages, to show them as related facts elsewhere. */
  historyEnabled: boolean;
  /** Days a seen claim is kept in the history. */
  historyRetentionDays: number;
  /** The card also says why ClaimLens read the claim so: the named rules that chose its source and made it a claim. */
  showReasons: boolean;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  highlightNumbers: 'key',
  historyEnabled: true,
  historyRetentionDays: 90,
  showReasons: false,
});

/** Reads stored settings leniently: unknown or mistyped fields fall back to the defaults. */
export function parseSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const styles: HighlightStyle[] = ['underline', 'background', 'outline'];
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(s.disabledSites)
      ? s.disabledSites.filter((x): x is string => typeof x === 'string')
      : [],
    highlightStyle: styles.includes(s.highlightStyle as HighlightStyle)
      ? (s.highlightStyle as HighlightStyle)
      : DEFAULT_SETTINGS.highlightStyle,
    highlightNumbers: s.highlightNumbers === 'every' ? 'every' : DEFAULT_SETTINGS.highlightNumbers,
    historyEnabled: typeof s.historyEnabled === 'boolean' ? s.historyEnabled : DEFAULT_SETTINGS.historyEnabled,
    historyRetentionDays:
      typeof s.historyRetentionDays === 'number' && Number.isFinite(s.historyRetentionDays) && s.historyRetentionDays > 0
        ? Math.round(s.historyRetentionDays)
        : DEFAULT_SETTINGS.historyRetentionDays,
    showReasons: typeof s.showReasons === 'boolean' ? s.showReasons : DEFAULT_SETTINGS.showReasons,
  };
}

/** Whether annotations show on a site, given the global and per-site switches. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
