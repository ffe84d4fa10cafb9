/**
 * The hidden test the article extraction uses in the browser: markup rules miss elements a stylesheet
 * hides (menus, modals, print-only copies), so ask the computed style.
 */
export function isHiddenByStyle(element: Element): boolean {
  // checkVisibility answers without building a computed-style object, and says "visible" for nearly every
  // element the extraction asks about; what it calls not visible (display: contents has no box of its own,
  // yet shows its children) is looked at in full.
  if (element.checkVisibility?.({ visibilityProperty: true })) return false;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}
