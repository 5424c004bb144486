/**
 * The user asked for something impossible or mistyped an option: `main` prints the message and
 * returns exit code 2. Library functions throw it too, so every rule lives in one place.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    // Without this the error would print as "Error: ..." in stack traces.
    this.name = 'UsageError';
  }
}

/** A word list file that cannot be read or holds no usable list: `main` returns exit code 1. */
export class WordListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordListError';
  }
}
