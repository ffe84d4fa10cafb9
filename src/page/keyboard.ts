/**
 * The page-level keys: Alt+Shift+. and Alt+Shift+, step to the next and previous claim, Escape closes the
 * card. Keys typed into a field or editable area are never taken, and only Escape reaches a page that
 * listens too (ClaimLens does not stop it). Keys a script dispatched are not the reader's and do nothing:
 * a page must not step the card open at its own claims, nor close it.
 */
export interface KeyHandlers {
  next(): void;
  previous(): void;
  /** Returns whether a card was open and got closed. */
  escape(): boolean;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select' || target.getAttribute('role') === 'textbox';
}

export function installKeys(handlers: KeyHandlers): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.defaultPrevented || event.isComposing) return;
    if (event.key === 'Escape') {
      handlers.escape();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    // Physical keys, so the shortcut is the same whatever Alt+Shift makes of "." on a layout.
    if (event.code !== 'Period' && event.code !== 'Comma') return;
    if (isEditable(event.composedPath()[0] ?? event.target)) return;
    event.preventDefault();
    if (event.code === 'Period') handlers.next();
    else handlers.previous();
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}
