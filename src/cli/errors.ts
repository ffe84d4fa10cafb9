/** Input the scanner cannot read: a missing file, binary data, an empty page. Exit status 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Arguments the scanner does not understand. Exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
