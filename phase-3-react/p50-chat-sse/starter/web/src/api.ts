// The chat API as the page uses it: relative URLs (Vite's proxy in development, the same origin
// in production), JSON both ways, and errors turned into messages a person can read.

export interface Room {
  id: number;
  name: string;
  listeners: number;
}

export interface Message {
  id: number;
  roomId: number;
  author: string;
  text: string;
  createdAt: string;
}

export interface HistoryPage {
  items: Message[];
  nextBefore: number | null;
}

/** How many messages one history page holds (SPEC: the page shows the newest 20 first). */
export const PAGE_SIZE = 20;

/** A failed request, with the message the UI shows. */
export class ApiError extends Error {}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The API's errors carry a message meant for people: show it as it is.
    const message = (data as { error?: { message?: unknown } } | undefined)?.error?.message;
    throw new ApiError(typeof message === 'string' && message ? message : `The server answered ${response.status}.`);
  }
  return data as T;
}

export const api = {
  room: (roomId: number) => request<Room>('GET', `/api/rooms/${roomId}`),
  history: (roomId: number, before?: number) =>
    request<HistoryPage>('GET', `/api/rooms/${roomId}/messages?limit=${PAGE_SIZE}${before === undefined ? '' : `&before=${before}`}`),
  send: (roomId: number, author: string, text: string) => request<Message>('POST', `/api/rooms/${roomId}/messages`, { author, text }),
  /** TODO (Task 5): the room's EventSource, starting after lastEventId (SPEC.md, Task 5). */
  events: (roomId: number, lastEventId: number): EventSource => {
    void [roomId, lastEventId];
    throw new Error('Not implemented: api.events (Task 5)');
  },
};

/**
 * TODO (Task 5): adds messages to a list kept in id order, each id once: the same message can
 * arrive from the POST's answer, the stream, a replay and a history page.
 */
export function mergeMessages(list: readonly Message[], incoming: readonly Message[]): Message[] {
  void [list, incoming];
  throw new Error('Not implemented: mergeMessages (Task 5)');
}
