// The feed's state as a reducer, and a hook that loads pages. Which cursors were asked for is a
// Set in a ref: a cursor already asked (or being asked) is never asked again unless it failed.
import { useCallback, useReducer, useRef } from 'react';

export interface FeedPost {
  id: number;
  author: string;
  text: string;
  createdAt: string;
}

export interface FeedState {
  posts: FeedPost[];
  /** undefined: the first page has not come; null: the end. */
  next: string | null | undefined;
  phase: 'idle' | 'loading' | 'failed';
  problem: string;
}

type Action = { type: 'start' } | { type: 'page'; items: FeedPost[]; next: string | null } | { type: 'fail'; problem: string };

function reducer(state: FeedState, action: Action): FeedState {
  switch (action.type) {
    case 'start':
      return { ...state, phase: 'loading', problem: '' };
    case 'page': {
      const known = new Set(state.posts.map((p) => p.id));
      const added: FeedPost[] = [];
      for (const item of action.items) {
        if (known.has(item.id)) continue;
        known.add(item.id);
        added.push(item);
      }
      return { posts: state.posts.concat(added), next: action.next, phase: 'idle', problem: '' };
    }
    case 'fail':
      return { ...state, phase: 'failed', problem: action.problem };
  }
}

async function getPage(cursor: string | undefined): Promise<{ items: FeedPost[]; nextCursor: string | null }> {
  const url = cursor === undefined ? '/api/feed?limit=10' : `/api/feed?limit=10&cursor=${encodeURIComponent(cursor)}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`The feed answered ${res.status}.`);
  return (await res.json()) as { items: FeedPost[]; nextCursor: string | null };
}

export function useFeed() {
  const [state, dispatch] = useReducer(reducer, { posts: [], next: undefined, phase: 'idle', problem: '' });
  const asked = useRef(new Set<string>());

  const load = useCallback((cursor: string | null | undefined) => {
    if (cursor === null) return;
    const key = cursor ?? '(first)';
    if (asked.current.has(key)) return;
    asked.current.add(key);
    dispatch({ type: 'start' });
    getPage(cursor).then(
      (page) => dispatch({ type: 'page', items: page.items, next: page.nextCursor }),
      (error: unknown) => {
        asked.current.delete(key);
        dispatch({ type: 'fail', problem: error instanceof Error ? error.message : 'No connection.' });
      },
    );
  }, []);

  return { state, load };
}
