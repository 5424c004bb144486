// A queue of one: tasks run one after another, in the order they were added, each starting only
// when the one before it has finished (or failed). Task 5 explains why the store needs it.

export interface SerialQueue {
  /** Runs `task` after every task added before it has settled; resolves or rejects as it does. */
  run: <T>(task: () => Promise<T>) => Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      // TODO (Task 5): this starts every task at once, so two changes can interleave. Keep the
      // end of a promise chain in a variable inside createSerialQueue and chain each task onto it;
      // a failed task must not stop the ones after it.
      return task();
    },
  };
}
