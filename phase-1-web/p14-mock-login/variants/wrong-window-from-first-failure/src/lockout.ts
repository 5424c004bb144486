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

interface Streak {
  failures: number;
  lastFailureAt: number;
  /** Set once the streak reaches maxFailures. */
  lockedUntil?: number;
}

export function createLockout(options: LockoutOptions): Lockout {
  const windowMs = options.lockoutSeconds * 1000;
  const streaks = new Map<string, Streak>();

  /** The streak of `username` that still counts, forgetting one whose time is over. */
  function current(username: string, at: number): Streak | undefined {
    const streak = streaks.get(username);
    if (!streak) return undefined;
    const lockOver = streak.lockedUntil !== undefined && at >= streak.lockedUntil;
    // Failures lockoutSeconds apart are not a guessing attack; the count starts again.
    const stale = streak.lockedUntil === undefined && at - streak.lastFailureAt >= windowMs;
    if (lockOver || stale) {
      streaks.delete(username);
      return undefined;
    }
    return streak;
  }

  return {
    retryAfterSeconds(username) {
      const at = options.now().getTime();
      const lockedUntil = current(username, at)?.lockedUntil;
      return lockedUntil === undefined ? undefined : Math.ceil((lockedUntil - at) / 1000);
    },
    recordFailure(username) {
      const at = options.now().getTime();
      const streak = current(username, at) ?? { failures: 0, lastFailureAt: at };
      streak.failures += 1;
      if (streak.failures >= options.maxFailures) streak.lockedUntil = at + windowMs;
      streaks.set(username, streak);
    },
    recordSuccess(username) {
      streaks.delete(username);
    },
    lockedUsernames() {
      const at = options.now().getTime();
      return [...streaks.keys()].filter((username) => current(username, at)?.lockedUntil !== undefined).sort();
    },
  };
}
