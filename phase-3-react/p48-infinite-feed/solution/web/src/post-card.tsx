// One post of the feed: an <article> named by its text (aria-labelledby), as the ARIA feed
// pattern asks, so a screen reader moving from post to post hears what each one says.
import type { Post } from './api.js';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function PostCard({ post, position, total }: { post: Post; position: number; total: number }) {
  const textId = `post-${post.id}-text`;
  return (
    <article aria-labelledby={textId} aria-posinset={position} aria-setsize={total}>
      {/* React escapes text: a post that says "<img onerror>" shows those characters. */}
      <p id={textId}>{post.text}</p>
      <footer>
        {post.author} · <time dateTime={post.createdAt}>{when.format(new Date(post.createdAt))}</time>
      </footer>
    </article>
  );
}
