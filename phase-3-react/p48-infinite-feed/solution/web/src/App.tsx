// The feed: the first page when the page opens, the next one whenever the status line below the
// last post scrolls into view (an IntersectionObserver) or "Load more" is pressed, until the
// API's nextCursor is null.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, fetchFeedPage, type Post } from './api.js';
import { PostCard } from './post-card.js';

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

/** Appends the posts not shown yet: a page that repeats a post (by id) adds it only once. */
function appendNew(shown: Post[], page: Post[]): Post[] {
  const seen = new Set(shown.map((p) => p.id));
  const fresh = page.filter((p) => !seen.has(p.id) && (seen.add(p.id), true));
  return fresh.length === 0 ? shown : [...shown, ...fresh];
}

export function App() {
  const [posts, setPosts] = useState<Post[]>([]);
  /** undefined until the first page arrived; then the API's nextCursor (null: the end). */
  const [next, setNext] = useState<string | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Refs, not state, decide what to ask for next: the observer can fire twice before React
  // re-renders, and both callbacks would still see the old state. `inFlight` is true while a page
  // is on its way; `cursorRef` is the page to ask for next (undefined: the first, null: none),
  // set the moment a page arrives, before inFlight is cleared.
  const inFlight = useRef(false);
  const cursorRef = useRef<string | null | undefined>(undefined);
  /** Whether the status line is in view, as the observer last said. */
  const inView = useRef(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const mounted = useRef(true);

  /** Asks for the next page unless one is on its way or the feed has ended. After a failure
   * cursorRef still holds the page that failed: asking again is Retry. */
  const loadMore = useCallback(async () => {
    const cursor = cursorRef.current;
    if (inFlight.current || cursor === null) return;
    inFlight.current = true;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchFeedPage(cursor);
      cursorRef.current = page.nextCursor;
      if (!mounted.current) return;
      setPosts((shown) => appendNew(shown, page.items));
      setNext(page.nextCursor);
    } catch (failure) {
      if (mounted.current) setError(messageOf(failure));
    } finally {
      inFlight.current = false;
      if (mounted.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void loadMore();
    return () => {
      mounted.current = false;
    };
  }, [loadMore]);

  // One observer for the page's life, on the status line below the last post.
  useEffect(() => {
    const target = statusRef.current;
    if (!target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        inView.current = entry.isIntersecting;
        if (entry.isIntersecting) void loadMore();
      },
      // Start loading a little before the status line is really on screen.
      { rootMargin: '0px 0px 200px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [loadMore]);

  // On a tall screen the status line may still be in view after a page arrived; an observer
  // reports changes only, so it would not fire again: keep going until it leaves the view.
  useEffect(() => {
    if (!loading && error === null && typeof next === 'string' && inView.current) void loadMore();
  }, [loading, error, next, loadMore]);

  let status = '';
  if (loading) status = next === undefined ? 'Loading posts…' : 'Loading more…';
  else if (error === null && next === undefined) status = 'Loading posts…';
  else if (next === null) status = posts.length === 0 ? 'No posts yet.' : "You're all caught up.";
  else if (error === null) status = `${posts.length} posts shown.`;

  return (
    <main>
      <h1 id="feed-heading">Posts</h1>
      {posts.length > 0 && (
        <div role="feed" aria-labelledby="feed-heading" aria-busy={loading}>
          {posts.map((post, i) => (
            <PostCard key={post.id} post={post} position={i + 1} total={next === null ? posts.length : -1} />
          ))}
        </div>
      )}
      {error !== null && (
        <div role="alert">
          <p>Could not load posts. {error}</p>
        </div>
      )}
      {error !== null && (
        <button type="button" onClick={() => void loadMore()}>
          Retry
        </button>
      )}
      {/* The sentinel: below the last post, always in the page, observed for "load more". */}
      <p role="status" aria-label="Feed status" ref={statusRef} className="feed-status">
        {status}
      </p>
      {error === null && !loading && typeof next === 'string' && (
        <button type="button" onClick={() => void loadMore()}>
          Load more
        </button>
      )}
    </main>
  );
}
