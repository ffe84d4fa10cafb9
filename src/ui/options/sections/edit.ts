import type { Settings } from '../../../settings';

/** How a section changes the settings: a pure edit, saved (or reported as failed) by the page. */
export type EditSettings = (change: (settings: Settings) => Settings) => Promise<void>;
