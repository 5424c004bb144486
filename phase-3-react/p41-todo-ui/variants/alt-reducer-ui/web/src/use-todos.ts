// The page's data: a reducer over the list, and requests that snapshot the list before an
// optimistic change and restore the snapshot when the server says no.
import { useCallback, useEffect, useReducer } from 'react';

export interface Item {
  id: number;
  title: string;
  done: boolean;
}

interface State {
  items: Item[];
  loaded: boolean;
  problem: string;
  busy: boolean;
}

type Action =
  | { type: 'loaded'; items: Item[] }
  | { type: 'replace'; items: Item[] }
  | { type: 'problem'; text: string }
  | { type: 'busy'; on: boolean };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, items: action.items, loaded: true };
    case 'replace':
      return { ...state, items: action.items };
    case 'problem':
      return { ...state, problem: action.text };
    case 'busy':
      return { ...state, busy: action.on };
  }
}

async function call(method: string, url: string, payload?: unknown): Promise<unknown> {
  const init: RequestInit = { method };
  if (payload !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(payload);
  }
  const res = await fetch(url, init);
  const text = await res.text();
  const data = text ? (JSON.parse(text) as { error?: { message?: string } }) : undefined;
  if (!res.ok) throw new Error(data?.error?.message ?? `HTTP ${res.status}`);
  return data;
}

const reason = (e: unknown) => (e instanceof TypeError ? 'You seem to be offline.' : e instanceof Error ? e.message : 'Failed.');

export function useTodos() {
  const [state, dispatch] = useReducer(reducer, { items: [], loaded: false, problem: '', busy: false });

  useEffect(() => {
    let live = true;
    call('GET', '/api/todos')
      .then((data) => live && dispatch({ type: 'loaded', items: (data as { items: Item[] }).items }))
      .catch((e: unknown) => {
        if (!live) return;
        dispatch({ type: 'loaded', items: [] });
        dispatch({ type: 'problem', text: `Loading failed: ${reason(e)}` });
      });
    return () => {
      live = false;
    };
  }, []);

  const optimistic = useCallback(
    async (next: Item[], send: () => Promise<unknown>) => {
      const snapshot = state.items;
      dispatch({ type: 'problem', text: '' });
      dispatch({ type: 'replace', items: next });
      try {
        await send();
      } catch (e) {
        dispatch({ type: 'replace', items: snapshot });
        dispatch({ type: 'problem', text: reason(e) });
      }
    },
    [state.items],
  );

  const create = async (title: string): Promise<boolean> => {
    dispatch({ type: 'busy', on: true });
    try {
      const made = (await call('POST', '/api/todos', { title })) as Item;
      dispatch({ type: 'replace', items: [...state.items, made] });
      dispatch({ type: 'problem', text: '' });
      return true;
    } catch (e) {
      dispatch({ type: 'problem', text: reason(e) });
      return false;
    } finally {
      dispatch({ type: 'busy', on: false });
    }
  };

  return {
    ...state,
    create,
    complain: (text: string) => dispatch({ type: 'problem', text }),
    toggle: (item: Item) => optimistic(state.items.map((i) => (i.id === item.id ? { ...i, done: !i.done } : i)), () => call('PATCH', `/api/todos/${item.id}`, { done: !item.done })),
    rename: (item: Item, title: string) => optimistic(state.items.map((i) => (i.id === item.id ? { ...i, title } : i)), () => call('PATCH', `/api/todos/${item.id}`, { title })),
    drop: (item: Item) => optimistic(state.items.filter((i) => i.id !== item.id), () => call('DELETE', `/api/todos/${item.id}`)),
  };
}
