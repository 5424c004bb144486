// A queue of one: tasks run one after another, in the order they were added, each starting only
// when the one before it has finished (or failed).
//
// Why it matters here: a change is "read the current list, make a new list, write it to disk,
// then keep it". If two requests did that at the same time, both would start from the same list
// and the second write would throw the first change away (a lost update), or two writes could
// finish in the wrong order and leave an old list on disk. Running the changes one at a time
// through a promise chain rules both out, without any lock.

export interface SerialQueue {
  /** Runs `task` after every task added before it has settled; resolves or rejects as it does. */
  run: <T>(task: () => Promise<T>) => Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  // The end of the chain: settles when the last task added so far has settled.
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // The next task waits for this one whatever its outcome: one failed write must not block
      // (or fail) every write after it.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
