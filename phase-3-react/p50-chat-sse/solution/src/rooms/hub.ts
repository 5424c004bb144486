// Who is listening to which room: one subscriber per open event stream. createApp builds one hub,
// so two apps in one process never deliver to each other's clients.

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
  /** Ends every stream: http.Server.close() waits for open connections, a stream never ends by itself. */
  closeAll(): void;
}

export function createHub(): Hub {
  const byRoom = new Map<number, Set<Subscriber>>();
  return {
    subscribe(roomId, subscriber) {
      let set = byRoom.get(roomId);
      if (!set) byRoom.set(roomId, (set = new Set()));
      set.add(subscriber);
      return () => {
        set.delete(subscriber);
        // An empty room's set goes too: a server up for months must not keep one per room ever opened.
        if (set.size === 0 && byRoom.get(roomId) === set) byRoom.delete(roomId);
      };
    },
    publish(roomId, chunk) {
      for (const subscriber of byRoom.get(roomId) ?? []) subscriber.write(chunk);
    },
    count(roomId) {
      return byRoom.get(roomId)?.size ?? 0;
    },
    closeAll() {
      const all = [...byRoom.values()].flatMap((set) => [...set]);
      byRoom.clear();
      for (const subscriber of all) subscriber.end();
    },
  };
}
