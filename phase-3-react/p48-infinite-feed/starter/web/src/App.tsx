// The feed page. The DOM checks render this component on its own: everything the page does
// starts here. SPEC.md's accessibility contract names every element the checks look for.
import { fetchFeedPage } from './api.js';
import { PostCard } from './post-card.js';

export function App() {
  // TODO (Task 3): load the first page when the page opens; the status "Feed status" (always in
  // the page) for loading and no posts; the feed of articles; an alert when it fails.
  // TODO (Task 4): observe the status with an IntersectionObserver and load the next page, never
  // the same one twice; "Load more"; each post once.
  // TODO (Task 5): the end of the feed, and Retry.
  void [fetchFeedPage, PostCard];
  return (
    <main>
      <h1>Posts</h1>
    </main>
  );
}
