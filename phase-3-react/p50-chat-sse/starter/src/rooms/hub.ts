// Who is listening to which room: one subscriber per open event stream (SPEC.md, Task 3).
// createApp builds one hub: nothing at module level, so two apps never share their clients.

export interface Subscriber {
  /** Writes one chunk of the event stream to this client. */
  write(chunk: string): void;
  /** Ends the client's stream (the app is closing). */
  end(): void;
}

export interface Hub {
  /** Adds a subscriber to a room; returns the function that removes it again. */
  subscribe(roomId: number, subscriber: Subscriber): () => void;
  /** Writes a chunk to every subscriber of the room. */
  publish(roomId: number, chunk: string): void;
  /** How many streams are open on the room. */
  count(roomId: number): number;
  /** Ends every stream. */
  closeAll(): void;
}

export function createHub(): Hub {
  return {
    subscribe(roomId, subscriber) {
      void [roomId, subscriber];
      throw new Error('Not implemented: hub.subscribe (Task 3)');
    },
    publish(roomId, chunk) {
      void [roomId, chunk];
      throw new Error('Not implemented: hub.publish (Task 3)');
    },
    // TODO (Task 3): the number of open streams on the room (0 is right until Task 3).
    count(roomId) {
      void roomId;
      return 0;
    },
    // TODO (Task 3): end every open stream, or the server never finishes closing.
    closeAll() {},
  };
}
