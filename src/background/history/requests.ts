/**
 * Issues many requests in one transaction. Each request's promise is marked as handled as soon as it
 * exists: when one fails (or issuing throws, as a full quota can), the transaction aborts and the other
 * requests reject too; that is expected, and the caller hears about the first failure only.
 */
export async function issueAll<T>(items: readonly T[], issue: (item: T) => Promise<unknown>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const item of items) {
    const request = issue(item);
    request.catch(() => undefined);
    pending.push(request);
  }
  await Promise.all(pending);
}
