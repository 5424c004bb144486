// Long-lived connections for API checks: a server-sent event stream read event by event (with
// Last-Event-ID for reconnection checks), and a WebSocket read message by message. Both stay on
// loopback, and whatever a check leaves open is closed when it ends, so a server that keeps a
// stream open cannot hang the suite.
import { onTestFinished } from 'vitest';
import { ContractError } from './impl.js';
import { nodeFetch, type TestServer } from './http.js';

/** How long next() waits for one more event before it fails with a message (a hang guard, not a speed check). */
export const STREAM_WAIT_MS = 10_000;

export interface StreamEvent {
  /** The `event:` field; `message` when the server sent none. */
  event: string;
  data: string;
  /** The `id:` field, or undefined when the event had none. */
  id: string | undefined;
}

export interface EventStream {
  status: number;
  headers: Record<string, string>;
  /** Every event received so far, in order. */
  readonly events: StreamEvent[];
  /** The next event not yet taken by next() (waits for it); fails if the stream ends first. */
  next(what?: string, waitMs?: number): Promise<StreamEvent>;
  /** Closes the connection as a browser tab closing would. */
  close(): void;
  /** Resolves when the server ended the stream (or close() was called). */
  readonly ended: Promise<void>;
}

export interface EventStreamOptions {
  /** Sent as the `Last-Event-ID` header: the id of the last event a reconnecting client saw. */
  lastEventId?: string;
  headers?: Record<string, string>;
}

/** Items arriving over a connection, taken one by one by a check that waits for them. */
class Inbox<T> {
  readonly items: T[] = [];
  #taken = 0;
  #ended = false;
  #wake: () => void = () => undefined;

  push(item: T): void {
    this.items.push(item);
    this.#wake();
  }
  end(): void {
    this.#ended = true;
    this.#wake();
  }
  /** `where` names the connection, `endedAs` what ending is called, `noun` what the items are. */
  async next(where: string, what: string, waitMs: number, endedAs: string, noun: string): Promise<T> {
    const deadline = Date.now() + waitMs;
    while (this.#taken >= this.items.length) {
      if (this.#ended) throw new ContractError(`${where}: the ${endedAs} before ${what} arrived (${this.items.length} ${noun} in all).`);
      const left = deadline - Date.now();
      if (left <= 0) throw new ContractError(`${where}: ${what} did not arrive within ${waitMs / 1000} s (${this.items.length} ${noun} so far).`);
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
    }
    return this.items[this.#taken++]!;
  }
}

/**
 * Opens `GET path` as an event stream (`Accept: text/event-stream`). Resolves once the response
 * head arrived; events are parsed as they come (eventsource-parser, the WHATWG rules).
 */
export async function openEventStream(api: TestServer, path: string, options: EventStreamOptions = {}): Promise<EventStream> {
  const { createParser } = await import('eventsource-parser');
  const controller = new AbortController();
  onTestFinished(() => controller.abort());
  const headers: Record<string, string> = { accept: 'text/event-stream', ...options.headers };
  if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
  const response = await nodeFetch(new URL(path, api.url), { headers, signal: controller.signal });

  const inbox = new Inbox<StreamEvent>();
  let endStream!: () => void;
  const ended = new Promise<void>((resolve) => (endStream = resolve));
  const parser = createParser({
    onEvent: (message) => inbox.push({ event: message.event ?? 'message', data: message.data, id: message.id }),
  });
  void (async () => {
    try {
      if (!response.body) return;
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk, { stream: true }));
    } catch {
      // Aborted by close() or the check's end: the stream is simply over.
    } finally {
      inbox.end();
      endStream();
    }
  })();

  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    events: inbox.items,
    next: (what = 'the next event', waitMs = STREAM_WAIT_MS) => inbox.next(`GET ${path}`, what, waitMs, 'stream ended', 'events'),
    close: () => controller.abort(),
    ended,
  };
}

export interface SocketClient {
  /** Every message received so far (text frames as strings, JSON parsed where it parses). */
  readonly messages: unknown[];
  /** The next message not yet taken by next(); fails if the socket closes first. */
  next(what?: string, waitMs?: number): Promise<unknown>;
  /** Sends a value: strings as they are, anything else as JSON. */
  send(value: unknown): void;
  close(code?: number): void;
  /** Resolves with the close code when the socket closed. */
  readonly closed: Promise<number>;
}

/** Connects a WebSocket (the `ws` package) to `path` on the API; resolves once it is open. */
export async function openWebSocket(api: TestServer, path: string, options: { headers?: Record<string, string>; protocols?: string[] } = {}): Promise<SocketClient> {
  const { default: WebSocket } = await import('ws');
  const url = new URL(path, api.url);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(url, options.protocols, { headers: options.headers });
  onTestFinished(() => socket.terminate());
  const inbox = new Inbox<unknown>();
  let markClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (markClosed = resolve));
  socket.on('message', (data, isBinary) => {
    if (isBinary) return inbox.push(data);
    const text = data.toString();
    try {
      inbox.push(JSON.parse(text));
    } catch {
      inbox.push(text);
    }
  });
  socket.on('close', (code) => {
    inbox.end();
    markClosed(code);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', (error) => reject(new ContractError(`WebSocket ${path}: could not connect (${error.message}).`)));
    socket.once('unexpected-response', (_request, response) => reject(new ContractError(`WebSocket ${path}: the server answered ${response.statusCode} instead of switching protocols.`)));
  });
  return {
    messages: inbox.items,
    next: (what = 'the next message', waitMs = STREAM_WAIT_MS) => inbox.next(`WebSocket ${path}`, what, waitMs, 'socket closed', 'messages'),
    send: (value) => socket.send(typeof value === 'string' ? value : JSON.stringify(value)),
    close: (code) => socket.close(code),
    closed,
  };
}
