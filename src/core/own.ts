/**
 * Reads a lookup table by a word from a page or a pack: only the table's own entries count, so words like
 * "constructor" or "toString" never reach Object.prototype.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
