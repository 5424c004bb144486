// One post of the feed (SPEC.md, Task 3): an article named by the post's text.
import type { Post } from './api.js';

export function PostCard({ post, position, total }: { post: Post; position: number; total: number }) {
  // TODO (Task 3): the accessible name, the author, and (optional) the time.
  void [position, total];
  return <article>{post.text}</article>;
}
