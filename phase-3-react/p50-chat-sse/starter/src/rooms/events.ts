// Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html): a response
// that stays open, written to in blocks of `field: value` lines, each block ending with a blank
// line (SPEC.md, "Server-sent events in one paragraph", Tasks 3 and 4).
import type { Request, Response } from 'express';
import type { Hub } from './hub.js';

/** How long a browser waits before it reconnects after the stream drops (the `retry:` field). */
export const RETRY_MS = 500;

/** TODO (Task 3): one message as an event: id, event type, data. */
export function toEventChunk(message: { id: number }): string {
  void message;
  throw new Error('Not implemented: toEventChunk (Task 3)');
}

/**
 * TODO (Task 3): the headers, the retry field, then live messages through the hub until the
 * client goes away (and forget it then). TODO (Task 4): the missed messages before the live ones.
 */
export function openEventStream(req: Request, res: Response, hub: Hub, roomId: number, missed: ReadonlyArray<{ id: number }>): void {
  void [req, res, hub, roomId, missed];
  throw new Error('Not implemented: openEventStream (Task 3)');
}
