// Another page: a reducer hook, an <ol role="feed"> of items with role="article" named by
// aria-label, and an observer made afresh after every page, only while the feed is idle.
import { useEffect, useRef } from 'react';
import { useFeed } from './use-feed.js';

export function App() {
  const { state, load } = useFeed();
  const sentinel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    load(undefined);
  }, [load]);

  const canLoad = state.phase === 'idle' && typeof state.next === 'string';
  useEffect(() => {
    const element = sentinel.current;
    if (!canLoad || !element) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) load(state.next);
    });
    io.observe(element);
    return () => io.disconnect();
  }, [canLoad, state.next, load]);

  let line: string;
  if (state.phase === 'loading') line = state.next === undefined ? 'Loading the feed' : 'Loading more posts';
  else if (state.phase === 'failed') line = 'Stopped.';
  else if (state.next === undefined) line = 'Loading the feed';
  else if (state.next === null) line = state.posts.length === 0 ? 'No posts to show.' : 'That is everything: you are all caught up!';
  else line = '';

  return (
    <div>
      <header>
        <h1>Posts</h1>
      </header>
      {state.posts.length > 0 ? (
        <ol role="feed" aria-label="Posts" style={{ listStyle: 'none', padding: 0 }}>
          {state.posts.map((post) => (
            <li key={post.id} role="article" aria-label={post.text} style={{ minHeight: '4rem' }}>
              <strong>{post.author}</strong>
              <div>{post.text}</div>
            </li>
          ))}
        </ol>
      ) : null}
      {state.phase === 'failed' ? (
        <div role="alert">
          The next posts did not load ({state.problem}){' '}
          <button onClick={() => load(state.next)}>Retry</button>
        </div>
      ) : null}
      <div role="status" aria-label="Feed status" ref={sentinel} style={{ minHeight: '1px' }}>
        {line}
      </div>
      {typeof state.next === 'string' && state.phase !== 'failed' ? (
        <button onClick={() => load(state.next)} disabled={state.phase === 'loading'}>
          Load more
        </button>
      ) : null}
    </div>
  );
}
