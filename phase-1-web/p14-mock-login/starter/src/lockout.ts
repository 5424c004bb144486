// Lockout: after too many wrong passwords in a row for one username, refuse every login for it
// for a while. Guessing a password then takes years instead of minutes. Counted per username,
// known or not: locking only real usernames would tell an attacker which ones exist.

export interface LockoutOptions {
  maxFailures: number;
  lockoutSeconds: number;
  now: () => Date;
}

export interface Lockout {
  /** Whole seconds until `username` may try again (at least 1), or undefined when it is not locked. */
  retryAfterSeconds: (username: string) => number | undefined;
  recordFailure: (username: string) => void;
  recordSuccess: (username: string) => void;
  /** The usernames locked right now, sorted. */
  lockedUsernames: () => string[];
}

// One username's run of failures; use it in createLockout.
interface Streak {
  failures: number;
  lastFailureAt: number;
  /** Set once the streak reaches maxFailures. */
  lockedUntil?: number;
}

export function createLockout(options: LockoutOptions): Lockout {
  // TODO (Task 6): keep a Map<string, Streak> here, inside the function (never at module level),
  // and return the four methods of Lockout. A lock ends lockoutSeconds after the failure that
  // reached maxFailures; failures lockoutSeconds apart start a new count; a success resets it.
  return {
    retryAfterSeconds: () => undefined,
    recordFailure: () => {},
    recordSuccess: () => {},
    lockedUsernames: () => {
      throw new Error(`Not implemented: lockedUsernames (Task 6) with maxFailures ${options.maxFailures}`);
    },
  };
}
