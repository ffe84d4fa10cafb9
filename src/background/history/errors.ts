/** Storage failures in words a reader can act on. */

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

export function isQuotaError(error: unknown): boolean {
  // Firefox has used NS_ERROR_DOM_QUOTA_REACHED for the same condition.
  return errorName(error) === 'QuotaExceededError' || errorName(error) === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export function describeStorageError(error: unknown, action: string): string {
  if (isQuotaError(error)) {
    return `The browser's storage for ClaimLens is full, so ${action}. Clear the history or shorten how long claims are kept.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `${action[0]?.toUpperCase() ?? ''}${action.slice(1)} because the history database failed (${detail || errorName(error) || 'unknown error'}).`;
}
