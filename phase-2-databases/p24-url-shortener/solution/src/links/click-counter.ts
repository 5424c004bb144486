// Counting clicks with a *group commit*. The commit is the expensive part of a click: SQLite
// appends the changed pages to its write-ahead log and updates the log's index, which costs more
// than the lookup and the two writes together. Under load, many redirects arrive in the same
// turn of the event loop, so this counter collects their clicks and commits them together, in
// one transaction, just after that turn (setImmediate). Each redirect still answers only once
// its own click is committed: a crash of the app cannot lose the click of a redirect that was
// answered, and a click that cannot be written is still that redirect's 500.
import type { Click, LinkRepository } from './repository.js';

export interface ClickCounter {
  /** Resolves once the click is committed; rejects when it could not be written. */
  count: (click: Click) => Promise<void>;
  /** Commits the clicks waiting now (the app calls it before closing the database). */
  flush: () => void;
}

interface Waiting {
  click: Click;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createClickCounter(repo: LinkRepository): ClickCounter {
  let waiting: Waiting[] = [];

  /** A transaction per click: a click that fails then fails its own redirect, and no other. */
  const commitOneByOne = (batch: Waiting[]): void => {
    for (const { click, resolve, reject } of batch) {
      try {
        repo.countClicks([click]);
        resolve();
      } catch (error) {
        reject(error);
      }
    }
  };

  const flush = (): void => {
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    try {
      repo.countClicks(batch.map((entry) => entry.click));
    } catch {
      // The transaction rolled the whole batch back. Rather than fail every redirect in it for
      // one bad click, count them again one by one.
      commitOneByOne(batch);
      return;
    }
    for (const { resolve } of batch) resolve();
  };

  const count = (click: Click): Promise<void> =>
    new Promise((resolve, reject) => {
      waiting.push({ click, resolve, reject });
      // The first click of this turn schedules the commit; the next ones join it.
      if (waiting.length === 1) setImmediate(flush);
    });

  return { count, flush };
}
