// The event stream written with res.writeHead and cleaned up on req's close.
import type { Request, Response } from 'express';
import type { Hub } from './hub.js';

export const RETRY_MS = 250;

export function toEventChunk(message: { id: number }): string {
  return ['id: ' + message.id, 'event: message', 'data: ' + JSON.stringify(message), '', ''].join('\n');
}

export function openEventStream(req: Request, res: Response, hub: Hub, roomId: number, missed: ReadonlyArray<{ id: number }>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  // A comment first, then the retry delay: both allowed before the first event.
  res.write(': welcome\n');
  res.write(`retry: ${RETRY_MS}\n\n` + missed.map(toEventChunk).join(''));
  const unsubscribe = hub.subscribe(roomId, { write: (chunk) => void res.write(chunk), end: () => void res.end() });
  req.on('close', unsubscribe);
}
