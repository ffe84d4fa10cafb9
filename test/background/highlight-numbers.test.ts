import { describe, expect, it } from 'vitest';
import { setHighlightNumbers } from '../../src/messaging/settings-edit';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings';

describe('which numbers are highlighted', () => {
  it('highlights the key claims unless every number was chosen', () => {
    expect(DEFAULT_SETTINGS.highlightNumbers).toBe('key');
    expect(parseSettings({}).highlightNumbers).toBe('key');
    expect(parseSettings({ highlightNumbers: 'every' }).highlightNumbers).toBe('every');
    expect(parseSettings({ highlightNumbers: 'all of them' }).highlightNumbers).toBe('key');
    expect(parseSettings({ highlightNumbers: ['every'] }).highlightNumbers).toBe('key');
  });

  it('sets the choice without touching the rest', () => {
    const every = setHighlightNumbers({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, 'every');
    expect(every.highlightNumbers).toBe('every');
    expect(every.disabledSites).toEqual(['a.example']);
  });
});
