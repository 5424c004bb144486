/**
 * A problem the user can fix: a missing folder, a damaged journal, a move that failed. `main`
 * prints its message after "error: " and exits 1. Any other error is a bug and is left to crash.
 */
export class OrganizeError extends Error {
  constructor(message: string) {
    super(message);
    // Without this the error would print as "Error: ..." in stack traces.
    this.name = 'OrganizeError';
  }
}
