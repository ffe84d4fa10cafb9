import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, type Settings } from '../../src/settings';
import {
  isSiteSwitchedOff,
  normaliseHost,
  setEnabled,
  setHighlightStyle,
  setHistoryRetentionDays,
  setShowReasons,
  setSiteActive,
  toggleSite,
} from '../../src/messaging/settings-edit';

const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [] });

describe('switching a site', () => {
  it('switches a site off and back on', () => {
    const off = toggleSite(defaults(), 'news.example.com');
    expect(off.disabledSites).toEqual(['news.example.com']);
    expect(isActiveOn(off, 'news.example.com')).toBe(false);
    expect(isActiveOn(off, 'other.example.com')).toBe(true);
    const on = toggleSite(off, 'news.example.com');
    expect(on.disabledSites).toEqual([]);
    expect(isActiveOn(on, 'news.example.com')).toBe(true);
  });

  it('treats host names case-insensitively', () => {
    const off = setSiteActive(defaults(), ' News.Example.COM', false);
    expect(off.disabledSites).toEqual(['news.example.com']);
    expect(isActiveOn(off, 'news.example.com')).toBe(false);
    expect(isSiteSwitchedOff(off, 'NEWS.example.com')).toBe(true);
    expect(setSiteActive(off, 'NEWS.example.com', true).disabledSites).toEqual([]);
  });

  it('never lists a site twice, and leaves other sites and fields alone', () => {
    let s = setSiteActive(defaults(), 'b.example', false);
    s = setSiteActive(s, 'a.example', false);
    s = setSiteActive(s, 'b.example', false);
    expect(s.disabledSites).toEqual(['a.example', 'b.example']);
    expect(s.enabled).toBe(true);
    expect(s.highlightStyle).toBe(DEFAULT_SETTINGS.highlightStyle);
  });

  it('ignores an empty host', () => {
    const s = defaults();
    expect(setSiteActive(s, '  ', false)).toBe(s);
  });

  it('does not change the input settings', () => {
    const s = defaults();
    toggleSite(s, 'x.example');
    expect(s.disabledSites).toEqual([]);
  });

  it('toggling twice restores the list for any host and starting list', () => {
    const host = fc.domain();
    fc.assert(
      fc.property(fc.uniqueArray(host), host, (sites, site) => {
        const start = { ...defaults(), disabledSites: [...new Set(sites.map(normaliseHost))].sort() };
        const back = toggleSite(toggleSite(start, site), site);
        expect(back.disabledSites).toEqual(start.disabledSites);
      }),
    );
  });
});

describe('the global switch and other settings', () => {
  it('switches everything off without forgetting per-site choices', () => {
    const s = setEnabled(setSiteActive(defaults(), 'a.example', false), false);
    expect(s.enabled).toBe(false);
    expect(s.disabledSites).toEqual(['a.example']);
    expect(isActiveOn(s, 'b.example')).toBe(false);
    expect(isActiveOn(setEnabled(s, true), 'b.example')).toBe(true);
  });

  it('sets the highlight style', () => {
    expect(setHighlightStyle(defaults(), 'outline').highlightStyle).toBe('outline');
  });

  it('keeps the history retention whole and within 1–3650 days', () => {
    expect(setHistoryRetentionDays(defaults(), 30.4).historyRetentionDays).toBe(30);
    expect(setHistoryRetentionDays(defaults(), 0).historyRetentionDays).toBe(1);
    expect(setHistoryRetentionDays(defaults(), 1e9).historyRetentionDays).toBe(3650);
    expect(setHistoryRetentionDays(defaults(), Number.NaN).historyRetentionDays).toBe(
      DEFAULT_SETTINGS.historyRetentionDays,
    );
  });
});

describe('saying why in the card', () => {
  it('is off unless the reader switched it on, and a mistyped value is off', () => {
    expect(parseSettings({}).showReasons).toBe(false);
    expect(parseSettings({ showReasons: true }).showReasons).toBe(true);
    expect(parseSettings({ showReasons: 'yes' }).showReasons).toBe(false);
  });
  it('is switched without touching the rest', () => {
    const on = setShowReasons({ ...defaults(), disabledSites: ['a.example'] }, true);
    expect(on.showReasons).toBe(true);
    expect(on.disabledSites).toEqual(['a.example']);
  });
});
