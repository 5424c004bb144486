// The room's state in one reducer, and the effects that feed it: history, the stream, sending.
import { useCallback, useEffect, useReducer } from 'react';

export interface ChatMessage {
  id: number;
  roomId: number;
  author: string;
  text: string;
  createdAt: string;
}

type Link = 'waiting' | 'live' | 'lost' | 'dead';

export interface ChatState {
  title: string | null;
  messages: ChatMessage[];
  loaded: boolean;
  older: number | null;
  link: Link;
  problem: string | null;
  busy: boolean;
}

type Action =
  | { type: 'opened'; title: string; page: { items: ChatMessage[]; nextBefore: number | null } }
  | { type: 'older'; page: { items: ChatMessage[]; nextBefore: number | null } }
  | { type: 'received'; messages: ChatMessage[] }
  | { type: 'link'; link: Link }
  | { type: 'problem'; problem: string | null }
  | { type: 'busy'; busy: boolean };

function add(list: ChatMessage[], more: ChatMessage[]): ChatMessage[] {
  const seen = new Set(list.map((m) => m.id));
  const fresh = more.filter((m) => !seen.has(m.id) && seen.add(m.id));
  return fresh.length === 0 ? list : [...list, ...fresh].sort((a, b) => a.id - b.id);
}

function reducer(state: ChatState, action: Action): ChatState {
  switch (action.type) {
    case 'opened':
      return { ...state, title: action.title, loaded: true, messages: add(state.messages, action.page.items), older: action.page.nextBefore };
    case 'older':
      return { ...state, messages: add(state.messages, action.page.items), older: action.page.nextBefore };
    case 'received':
      return { ...state, messages: add(state.messages, action.messages) };
    case 'link':
      return { ...state, link: action.link };
    case 'problem':
      return { ...state, problem: action.problem };
    case 'busy':
      return { ...state, busy: action.busy };
  }
}

/** fetch with JSON, throwing the API's message (or one of ours) on failure. */
async function call<T>(url: string, init?: { method: string; json: unknown }): Promise<T> {
  const response = await fetch(url, init ? { method: init.method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.json) } : undefined).catch(() => {
    throw new Error('The network is down.');
  });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `Failed with ${response.status}`);
  return body as T;
}

const PAGE = 20;

export function useChat(roomId: number) {
  const [state, dispatch] = useReducer(reducer, { title: null, messages: [], loaded: false, older: null, link: 'waiting', problem: null, busy: false });

  useEffect(() => {
    let live = true;
    let stream: EventSource | null = null;
    Promise.all([call<{ name: string }>(`/api/rooms/${roomId}`), call<{ items: ChatMessage[]; nextBefore: number | null }>(`/api/rooms/${roomId}/messages?limit=${PAGE}`)])
      .then(([room, page]) => {
        if (!live) return;
        dispatch({ type: 'opened', title: room.name, page });
        const newest = page.items.length ? page.items[page.items.length - 1]!.id : 0;
        stream = new EventSource(`/api/rooms/${roomId}/events?lastEventId=${newest}`);
        stream.addEventListener('open', () => dispatch({ type: 'link', link: 'live' }));
        stream.addEventListener('error', () => dispatch({ type: 'link', link: stream?.readyState === 2 ? 'dead' : 'lost' }));
        stream.addEventListener('message', (e) => dispatch({ type: 'received', messages: [JSON.parse((e as MessageEvent).data) as ChatMessage] }));
      })
      .catch((e: Error) => {
        if (!live) return;
        dispatch({ type: 'link', link: 'dead' });
        dispatch({ type: 'problem', problem: `Room unavailable: ${e.message}` });
      });
    return () => {
      live = false;
      stream?.close();
    };
  }, [roomId]);

  const loadOlder = useCallback(async () => {
    if (state.older === null) return;
    try {
      dispatch({ type: 'older', page: await call(`/api/rooms/${roomId}/messages?limit=${PAGE}&before=${state.older}`) });
    } catch (e) {
      dispatch({ type: 'problem', problem: (e as Error).message });
    }
  }, [roomId, state.older]);

  const send = useCallback(
    async (author: string, text: string): Promise<boolean> => {
      if (!author.trim() || !text.trim()) {
        dispatch({ type: 'problem', problem: 'Both your name and a message are needed.' });
        return false;
      }
      dispatch({ type: 'problem', problem: null });
      dispatch({ type: 'busy', busy: true });
      try {
        const message = await call<ChatMessage>(`/api/rooms/${roomId}/messages`, { method: 'POST', json: { author, text } });
        dispatch({ type: 'received', messages: [message] });
        return true;
      } catch (e) {
        dispatch({ type: 'problem', problem: (e as Error).message });
        return false;
      } finally {
        dispatch({ type: 'busy', busy: false });
      }
    },
    [roomId],
  );

  return { state, loadOlder, send };
}
