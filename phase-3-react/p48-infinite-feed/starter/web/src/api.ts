// The feed API as the page uses it: relative URLs (/api/...), and errors turned into messages a
// person can read (SPEC.md, Tasks 3 to 5).

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

/** A failed request, with the message the page shows. */
export class ApiError extends Error {}

/** How many posts the page asks for at a time (SPEC.md, Task 3). */
export const PAGE_SIZE = 10;

/** TODO (Tasks 3 and 4): GET /api/feed?limit=10, with the cursor when there is one. */
export async function fetchFeedPage(cursor: string | undefined, signal?: AbortSignal): Promise<FeedPage> {
  void signal;
  throw new ApiError(`Not implemented: fetchFeedPage(${cursor ?? 'first page'})`);
}
