// The feed API as the page uses it: relative URLs (Vite's proxy in development, the same origin
// in production), and errors turned into messages a person can read.

export interface Post {
  id: number;
  author: string;
  text: string;
  createdAt: string;
}

export interface FeedPage {
  items: Post[];
  /** Send it back for the next page; null on the last one. Opaque: never build or read it. */
  nextCursor: string | null;
}

/** A failed request, with the message the UI shows. */
export class ApiError extends Error {}

/** How many posts the page asks for at a time (SPEC: limit=10). */
export const PAGE_SIZE = 10;

export async function fetchFeedPage(cursor: string | undefined, signal?: AbortSignal): Promise<FeedPage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  // URLSearchParams encodes the cursor: the page passes it back exactly as it came.
  if (cursor !== undefined) query.set('cursor', cursor);
  let response: Response;
  try {
    response = await fetch(`/api/feed?${query}`, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (data as { error?: { message?: unknown } } | undefined)?.error?.message;
    throw new ApiError(typeof message === 'string' && message ? message : `The server answered ${response.status}.`);
  }
  return data as FeedPage;
}
