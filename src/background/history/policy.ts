import type { Browser } from '../../browser';

/** Whether a report may enter the history: the top frame of a tab in a normal (not private) window. */
export function mayRemember(sender: Pick<Browser.Runtime.MessageSender, 'tab' | 'frameId'>): boolean {
  if (!sender.tab || sender.tab.incognito) return false;
  return sender.frameId === undefined || sender.frameId === 0;
}
