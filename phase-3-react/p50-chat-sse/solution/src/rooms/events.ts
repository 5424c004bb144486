// Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html): a response
// that stays open, written to in blocks of `field: value` lines, each block ending with a blank line.
import type { Request, Response } from 'express';
import type { Hub } from './hub.js';

/** How long a browser waits before it reconnects after the stream drops (the `retry:` field). */
export const RETRY_MS = 500;

/** One message as an event: its id becomes the client's Last-Event-ID once it has seen it. */
export function toEventChunk(message: { id: number }): string {
  // JSON.stringify never writes a raw newline, which would end the data: line early.
  return `id: ${message.id}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`;
}

/**
 * Starts the stream: headers, the retry delay, the messages the client missed, then live ones
 * through the hub until the client goes away.
 */
export function openEventStream(req: Request, res: Response, hub: Hub, roomId: number, missed: ReadonlyArray<{ id: number }>): void {
  res.status(200).set({
    'Content-Type': 'text/event-stream',
    // Proxies and browsers must not cache a stream. (Behind nginx, `X-Accel-Buffering: no` also
    // stops it from buffering the events.)
    'Cache-Control': 'no-cache',
  });
  res.flushHeaders();
  res.write(`retry: ${RETRY_MS}\n\n`);
  for (const message of missed) res.write(toEventChunk(message));
  const unsubscribe = hub.subscribe(roomId, {
    write: (chunk) => res.write(chunk),
    end: () => res.end(),
  });
  // The client closed the tab, lost the network or called EventSource.close(): forget it, or the
  // room would count listeners that are gone and write into dead sockets forever.
  res.on('close', unsubscribe);
  void req;
}
