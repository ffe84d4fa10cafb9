/**
 * The hidden test the article extraction uses in the browser: markup rules miss elements a stylesheet
 * hides (menus, modals, print-only copies), so ask the computed style.
 */
export function isHiddenByStyle(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}
