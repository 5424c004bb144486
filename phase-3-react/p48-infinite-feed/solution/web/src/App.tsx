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

  // A ref, not state, guards against a second request: the observer can fire twice before React
  // re-renders, and both callbacks would still see the old `loading`.
  const inFlight = useRef(false);
  /** Whether the status line is in view, as the observer last said. */
  const inView = useRef(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const mounted = useRef(true);

  const loadPage = useCallback(async (cursor: string | undefined) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchFeedPage(cursor);
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

  /** The next page, when there is one: the same cursor again after a failure (Retry). */
  const loadMore = useCallback(() => {
    if (next === null) return;
    void loadPage(next);
  }, [next, loadPage]);

  useEffect(() => {
    mounted.current = true;
    void loadPage(undefined);
    return () => {
      mounted.current = false;
    };
  }, [loadPage]);

  // The observer is made once; it reaches the current loadMore through a ref.
  const loadMoreRef = useRef(loadMore);
  loadMoreRef.current = loadMore;
  useEffect(() => {
    const target = statusRef.current;
    if (!target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        inView.current = entry.isIntersecting;
        if (entry.isIntersecting && !inFlight.current) loadMoreRef.current();
      },
      // Start loading a little before the status line is really on screen.
      { rootMargin: '0px 0px 200px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, []);

  // On a tall screen the status line may still be in view after a page arrived; an observer
  // reports changes only, so it would not fire again: keep going until it leaves the view.
  const firstDone = next !== undefined;
  useEffect(() => {
    if (firstDone && !loading && error === null && typeof next === 'string' && inView.current) loadMore();
  }, [firstDone, loading, error, next, loadMore]);

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
        <button type="button" onClick={loadMore}>
          Retry
        </button>
      )}
      {/* The sentinel: below the last post, always in the page, observed for "load more". */}
      <p role="status" aria-label="Feed status" ref={statusRef} className="feed-status">
        {status}
      </p>
      {error === null && !loading && typeof next === 'string' && (
        <button type="button" onClick={loadMore}>
          Load more
        </button>
      )}
    </main>
  );
}
