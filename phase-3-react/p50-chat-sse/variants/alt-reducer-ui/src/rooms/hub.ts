// Another hub: one EventEmitter per app, one event name per room.
import { EventEmitter } from 'node:events';

export interface Subscriber {
  write(chunk: string): void;
  end(): void;
}

export interface Hub {
  subscribe(roomId: number, subscriber: Subscriber): () => void;
  publish(roomId: number, chunk: string): void;
  count(roomId: number): number;
  closeAll(): void;
}

export function createHub(): Hub {
  const emitter = new EventEmitter();
  // Many tabs on one room are normal here, not a leak.
  emitter.setMaxListeners(0);
  const ends = new Set<() => void>();
  const key = (roomId: number) => `room:${roomId}`;
  return {
    subscribe(roomId, subscriber) {
      const listener = (chunk: string) => subscriber.write(chunk);
      const end = () => subscriber.end();
      emitter.on(key(roomId), listener);
      ends.add(end);
      return () => {
        emitter.off(key(roomId), listener);
        ends.delete(end);
      };
    },
    publish(roomId, chunk) {
      emitter.emit(key(roomId), chunk);
    },
    count(roomId) {
      return emitter.listenerCount(key(roomId));
    },
    closeAll() {
      const all = [...ends];
      ends.clear();
      emitter.removeAllListeners();
      for (const end of all) end();
    },
  };
}
