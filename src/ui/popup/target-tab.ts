/**
 * Which tab the popup speaks for: the active tab of its window, or the tab named by `?tab=ID`, which is
 * how the popup is opened as an ordinary page (in a tab of its own, e.g. by the browser tests).
 */
import { activeTabId } from '../../messaging/extension-pages';

export interface TargetTab {
  id: number;
  /** True when the popup was pointed at a tab instead of being the toolbar popup. */
  pinned: boolean;
}

export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const named = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isInteger(named) && named >= 0) return { id: named, pinned: true };
  const id = await activeTabId();
  return id === null ? null : { id, pinned: false };
}
